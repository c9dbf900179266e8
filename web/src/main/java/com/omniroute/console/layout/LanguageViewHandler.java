package com.omniroute.console.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the console's language ({@link LanguageSwitch}) from the start. The layout's
 * {@code f:view locale} only applies once the page is rendered; before that, a view action on a GET
 * (the login page's "You have logged out.", a not-found message) spoke the browser's language
 * instead of the one the user picked.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LanguageSwitch.class).get().getLocale();
  }
}
