package com.omniroute.console.login;

import com.omniroute.console.layout.Texts;
import com.omniroute.security.boundary.LoginAttempts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Backs {@code login.xhtml}: hands the typed credentials to the application's authentication
 * mechanism. A refusal never says whether the username exists.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityContext securityContext;

  @Inject private LoginAttempts attempts;

  @Inject private Texts texts;

  private String username;
  private String password;
  private boolean loggedOut;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (showLockOut(faces)) {
      return null;
    }
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS:
        return landingPage() + "?faces-redirect=true";
      case SEND_CONTINUE:
        faces.responseComplete();
        return null;
      default:
        if (!showLockOut(faces)) {
          faces.addMessage(null, texts.error("login.failed"));
        }
        return null;
    }
  }

  /**
   * Where a user starts: an agent who has no other role at the agent desktop, a supervisor who is
   * not also an administrator at the dashboard, their working screens; everyone else at the start
   * page.
   */
  private String landingPage() {
    boolean administrator =
        securityContext.isCallerInRole("admin") || securityContext.isCallerInRole("superadmin");
    boolean supervisor = securityContext.isCallerInRole("supervisor");
    if (securityContext.isCallerInRole("agent") && !supervisor && !administrator) {
      return "/agent/desk";
    }
    return supervisor && !administrator ? "/live/dashboard" : "/index";
  }

  private boolean showLockOut(FacesContext faces) {
    String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    Optional<Duration> locked = attempts.lockedFor(username, address);
    locked.ifPresent(
        left ->
            faces.addMessage(null, texts.error("login.lockedOut", (left.toSeconds() + 59) / 60)));
    return locked.isPresent();
  }

  /** Shows the message after a logout; the logout redirected here with {@code ?loggedOut=true}. */
  public void showLogoutMessage() {
    if (loggedOut) {
      FacesContext.getCurrentInstance().addMessage(null, texts.info("login.loggedOut"));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isLoggedOut() {
    return loggedOut;
  }

  public void setLoggedOut(boolean loggedOut) {
    this.loggedOut = loggedOut;
  }
}
