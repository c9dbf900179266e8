package com.omniroute.console.layout;

import com.omniroute.api.security.RoutingAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Backs {@code WEB-INF/templates/layout.xhtml}: who is logged in, what the menu shows them, and the
 * logout. Request-scoped: it holds nothing between requests.
 */
@Named
@RequestScoped
public class LayoutBacking {

  /**
   * Whether someone logged in. The servlet's remote user, not {@code SecurityContext}: the server
   * gives an anonymous visitor a principal too (named "anonymous").
   */
  public boolean isLoggedIn() {
    return getUserName() != null;
  }

  public String getUserName() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  /**
   * Whether the campaign and agent screens are for them: an admin of their groups, or a superadmin.
   */
  public boolean isAdministrator() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("admin") || external.isUserInRole("superadmin");
  }

  /** Whether the capacity model editor and the users and security groups screens are for them. */
  public boolean isSuperadmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("superadmin");
  }

  /** Whether the agent desktop is for them: a user with the agent role. */
  public boolean isAgentUser() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("agent");
  }

  /**
   * Whether the live operations pages, the supervisor dashboard and the traffic simulator, are for
   * them: a supervisor, an admin or a superadmin.
   */
  public boolean isLiveOperationsUser() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("supervisor")
        || external.isUserInRole("admin")
        || external.isUserInRole("superadmin");
  }

  /** Ends the session and returns to the login page, which says so. */
  public String logout() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return RoutingAuthenticationMechanism.LOGIN_PAGE.replace(".xhtml", "")
        + "?faces-redirect=true&loggedOut=true";
  }
}
