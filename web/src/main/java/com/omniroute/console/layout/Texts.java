package com.omniroute.console.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The console's message bundle in the view's language, for texts made in Java (Faces messages). */
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
