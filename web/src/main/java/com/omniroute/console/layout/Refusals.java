package com.omniroute.console.layout;

import com.omniroute.platform.boundary.MessageKey;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * How a console form shows a service's refusal: each violation next to the field it names (the
 * component whose id is the service's field name), and a sentence above the form. A refusal or
 * violation that carries a {@link MessageKey} is said with the console's bundle in the view's
 * language, a violation of Bean Validation with the domain's {@code ValidationMessages} in that
 * language; the others (rare) in the service's English.
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
      String message =
          refusal
              .key(violation)
              .map(k -> text(faces, k))
              .or(() -> refusal.constraint(violation).map(c -> inLanguage(faces, c)))
              .orElse(violation.message());
      faces.addMessage(
          form + ":" + component, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
    faces.addMessage(
        null,
        refusal.violations().isEmpty()
            ? new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(faces, refusal), null)
            : summary);
  }

  /**
   * A Bean Validation message of a service (interpolated there in the server's language) again in
   * the view's language, from the domain's {@code ValidationMessages}.
   */
  private static String inLanguage(FacesContext faces, ConstraintViolation<?> violation) {
    MessageInterpolator interpolator =
        CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
    MessageInterpolator.Context context =
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new ValidationException("No " + type.getName() + " here");
          }
        };
    try {
      return interpolator.interpolate(
          violation.getMessageTemplate(), context, faces.getViewRoot().getLocale());
    } catch (RuntimeException e) {
      // An interpolator that needs more than the descriptor: the service's own words.
      return violation.getMessage();
    }
  }

  /** The refusal's sentence in the view's language if it has a key, else the service's English. */
  public static String sentence(FacesContext faces, ServiceException refusal) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    // A key the bundles lack (a new kind of refusal not yet translated) falls back to the English.
    return refusal
        .key()
        .filter(k -> bundle.containsKey(k.key()))
        .map(k -> text(faces, k))
        .orElse(refusal.getMessage());
  }

  /**
   * A key of the console's bundle with its arguments, in the view's language; an argument that is
   * itself a key is said first, a month by its name.
   */
  public static String text(FacesContext faces, MessageKey key) {
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    Object[] arguments =
        key.arguments().stream()
            .map(
                a -> {
                  if (a instanceof MessageKey inner) {
                    return text(faces, inner);
                  }
                  if (a instanceof Month month) {
                    return month.getDisplayName(TextStyle.FULL, locale);
                  }
                  return a;
                })
            .toArray();
    return new MessageFormat(bundle.getString(key.key()), locale).format(arguments);
  }

  /**
   * Answers the page with HTTP 404. An unknown id and one outside the caller's security groups both
   * get here, and the page must read the same for both.
   */
  public static void notFound(FacesContext faces) {
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }
}
