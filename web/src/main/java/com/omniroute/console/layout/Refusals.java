package com.omniroute.console.layout;

import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * How a console form shows a service's refusal: each violation next to the field it names (the
 * component whose id is the service's field name), and a sentence above the form.
 */
public final class Refusals {

  private Refusals() {}

  /**
   * Shows the refusal and marks the request as failed, so the form keeps what was typed.
   *
   * @param form the form's id
   * @param componentOf the refused fields whose component has another id than the field's name
   * @param summary the sentence above the form when fields are named; without named fields the
   *     refusal's own sentence (a duplicate name, a state that forbids the change) is shown
   */
  public static void show(
      FacesContext faces,
      String form,
      ServiceException refusal,
      Map<String, String> componentOf,
      FacesMessage summary) {
    faces.validationFailed();
    for (Violation violation : refusal.violations()) {
      String component = componentOf.getOrDefault(violation.field(), violation.field());
      faces.addMessage(
          form + ":" + component,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(), null));
    }
    faces.addMessage(
        null,
        refusal.violations().isEmpty()
            ? new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null)
            : summary);
  }

  /**
   * Answers the page with HTTP 404. An unknown id and one outside the caller's security groups both
   * get here, and the page must read the same for both.
   */
  public static void notFound(FacesContext faces) {
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }
}
