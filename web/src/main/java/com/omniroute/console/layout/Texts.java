package com.omniroute.console.layout;

import com.omniroute.platform.boundary.MessageKey;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.schedule.control.ScheduleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The console's message bundle in the view's language, for texts made in Java (Faces messages), and
 * as {@code texts} in pages for the messages of number fields.
 */
@Named
@RequestScoped
public class Texts {

  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  /**
   * A channel's name (a media type code such as {@code VOICE}) in the view's language; a code
   * without a name of its own (one an administrator added) is shown as it is.
   */
  public String channel(String code) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return code != null && bundle.containsKey("channel." + code)
        ? bundle.getString("channel." + code)
        : code;
  }

  /** A number field's message naming the field and its range: "Dropout: ... 0 or more". */
  public String atLeast(String field, long minimum) {
    return text("numberField.atLeast", field, minimum);
  }

  /** A number field's message naming the field and its range: "... from 1 to 100". */
  public String between(String field, long minimum, long maximum) {
    return text("numberField.between", field, minimum, maximum);
  }

  /** A sentence a service or the core gave as a key and arguments. */
  public String text(MessageKey key) {
    return Refusals.text(FacesContext.getCurrentInstance(), key);
  }

  /** A service's refusal: its sentence in the view's language when it has a key. */
  public String refusal(ServiceException refusal) {
    return Refusals.sentence(FacesContext.getCurrentInstance(), refusal);
  }

  /** A schedule the parser refused, with where and why, in the view's language. */
  public String schedule(ScheduleException refused) {
    return text(
        MessageKey.of(
            refused.group() > 0 ? "schedule.at" : "schedule.atPosition",
            refused.group(),
            refused.position(),
            new MessageKey(
                "schedule.error." + refused.code(),
                refused.arguments().stream().map(Serializable.class::cast).toList())));
  }

  public FacesMessage error(String key, Object... arguments) {
    String text = text(key, arguments);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }

  public FacesMessage info(String key, Object... arguments) {
    String text = text(key, arguments);
    return new FacesMessage(FacesMessage.SEVERITY_INFO, text, null);
  }

  public FacesMessage warn(String key, Object... arguments) {
    String text = text(key, arguments);
    return new FacesMessage(FacesMessage.SEVERITY_WARN, text, null);
  }
}
