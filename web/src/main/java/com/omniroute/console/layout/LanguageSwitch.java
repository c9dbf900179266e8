package com.omniroute.console.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The console's language: first the best match of the browser's Accept-Language among the supported
 * ones, then whatever the user picks in the layout's switch. Session-scoped because the choice must
 * hold for every page of the session.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final List<String> LANGUAGES = List.of("en", "es", "pt");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromBrowser();
    }
    return locale;
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Switches and reloads the current page in the new language. */
  public String change(String language) {
    if (LANGUAGES.contains(language)) {
      locale = Locale.forLanguageTag(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }

  private static Locale fromBrowser() {
    Iterator<Locale> wanted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
    while (wanted.hasNext()) {
      String language = wanted.next().getLanguage();
      if (LANGUAGES.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.ENGLISH;
  }
}
