package com.omniroute.console.layout;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What a form does once a save or delete went through: it says so on the page it goes back to. The
 * message is kept in the flash, because going back is a redirect (so that a reload does not post
 * the form again).
 */
public final class Outcomes {

  private Outcomes() {}

  /**
   * Adds {@code done} for the next page and returns {@code outcome}, a {@code ?faces-redirect=true}
   * navigation.
   */
  public static String backTo(String outcome, FacesContext faces, FacesMessage done) {
    faces.addMessage(null, done);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return outcome;
  }
}
