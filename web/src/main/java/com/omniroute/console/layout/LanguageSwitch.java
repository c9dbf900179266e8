package com.omniroute.console.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's language: whatever the user picked in the layout's switch, else the best match of
 * the browser's Accept-Language among the supported ones. Session-scoped because the choice must
 * hold for every page of the session; the pick is also kept in a cookie, so that it outlives the
 * session: the login page after a logout (or a timeout) speaks the language the user chose.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final List<String> LANGUAGES = List.of("en", "es", "pt");

  /** The cookie that remembers the picked language: a language code, nothing about the user. */
  static final String COOKIE = "omniroute-language";

  private static final int A_YEAR_IN_SECONDS = 365 * 24 * 3600;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = pickedOrFromBrowser();
    }
    return locale;
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Switches and reloads the current page in the new language. */
  public String change(String language) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (LANGUAGES.contains(language)) {
      locale = Locale.forLanguageTag(language);
      remember(faces.getExternalContext(), language);
    }
    faces.getViewRoot().setLocale(getLocale());
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }

  private static void remember(ExternalContext external, String language) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("maxAge", A_YEAR_IN_SECONDS);
    properties.put("path", external.getRequestContextPath() + "/");
    properties.put("httpOnly", true);
    properties.put("secure", ((HttpServletRequest) external.getRequest()).isSecure());
    external.addResponseCookie(COOKIE, language, properties);
  }

  private static Locale pickedOrFromBrowser() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRequestCookieMap().get(COOKIE) instanceof Cookie picked
        && LANGUAGES.contains(picked.getValue())) {
      return Locale.forLanguageTag(picked.getValue());
    }
    Iterator<Locale> wanted = external.getRequestLocales();
    while (wanted.hasNext()) {
      String language = wanted.next().getLanguage();
      if (LANGUAGES.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.ENGLISH;
  }
}
