package com.omniroute.api.security;

import com.omniroute.console.security.SecurityHeaders;
import com.omniroute.security.boundary.AccountVersions;
import com.omniroute.security.control.LoginLimits;
import com.omniroute.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's one authentication mechanism (Jakarta Security allows one per application),
 * with two strategies chosen by path:
 *
 * <ul>
 *   <li>{@code /api/}: HTTP Basic on every request, stateless; a refusal answers 401 in the API's
 *       error shape.
 *   <li>everything else (the console): a form login. The login page's backing bean calls {@code
 *       SecurityContext.authenticate} with the typed credentials; on success the session id is
 *       changed, the caller is kept in the session and later requests are authenticated from it.
 *       Without a logged-in session, every page but the public ones redirects to the login page.
 *       The console is what the Faces servlet and the container's static files serve; a servlet of
 *       its own (the API's error page, a test harness) answers for itself.
 * </ul>
 *
 * Both go through the same identity store, so both respect the lock-out after repeated failures.
 */
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "Omniroute API";

  /** The console's login page, relative to the context path. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Paths that need no login: the login page, Faces resources, error pages, the API's contract. */
  private static final List<String> PUBLIC_PREFIXES =
      List.of(
          LOGIN_PAGE, "/jakarta.faces.resource/", "/errorpages/", "/openapi.yaml", "/api-errors/");

  /**
   * The longest Basic header that can hold a username and password the product accepts: their
   * longest UTF-8 forms in Base64, with room for the colon and the scheme.
   */
  private static final int MAX_BASIC_HEADER =
      "Basic ".length()
          + 4 * ((4 * (LoginLimits.MAX_USERNAME_LENGTH + LoginLimits.MAX_PASSWORD_LENGTH) + 3) / 3)
          + 8;

  /** The servlets that serve the console: its pages and its static files. */
  private static final Set<String> CONSOLE_SERVLETS = Set.of("Faces Servlet", "default");

  /**
   * The longest a console session lasts after its login, however busy: an open dashboard polls for
   * ever, and a session must still end some time (a working shift and a half).
   */
  static final Duration SESSION_LIFETIME = Duration.ofHours(12);

  /**
   * The caller of a console session: as the form login left it, with the account's version and
   * password digest then, against which every request checks the account as it is now, and the
   * instant of the login.
   */
  record ConsoleCaller(
      String name, Set<String> groups, int version, String password, Instant loggedIn)
      implements Serializable {

    static ConsoleCaller of(String name, AccountVersions.Stamp stamp, Instant loggedIn) {
      return new ConsoleCaller(
          name, roleNames(stamp.roles()), stamp.version(), stamp.password(), loggedIn);
    }

    boolean expiredAt(Instant now) {
      return !loggedIn.plus(SESSION_LIFETIME).isAfter(now);
    }
  }

  static final String SESSION_CALLER = ConsoleCaller.class.getName();

  @Inject private IdentityStoreHandler identityStores;

  @Inject private AccountVersions versions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // First, because a redirect to the login page or a 401 from here never reaches a filter.
    SecurityHeaders.addTo(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return basic(request, context);
    }
    return console(request, response, context, path);
  }

  private AuthenticationStatus console(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential typed) {
      CredentialValidationResult result =
          identityStores.validate(
              new ClientCredential(
                  typed.getCaller(), typed.getPassword(), request.getRemoteAddr()));
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // No sendError: the login page answers with its own message.
        return AuthenticationStatus.SEND_FAILURE;
      }
      // A new session id at login, so an id planted before login is worth nothing after it.
      HttpSession session = request.getSession(false);
      if (session != null) {
        request.changeSessionId();
      }
      String name = result.getCallerPrincipal().getName();
      Optional<AccountVersions.Stamp> stamp = versions.current(name);
      if (stamp.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      ConsoleCaller caller = ConsoleCaller.of(name, stamp.get(), Instant.now());
      request.getSession(true).setAttribute(SESSION_CALLER, caller);
      // No setRegisterSession: the container would cache the identity with the roles of the login
      // and keep them; the session's caller is checked against the account on every request.
      return context.notifyContainerAboutLogin(name, caller.groups());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof ConsoleCaller caller) {
      Optional<ConsoleCaller> current = current(caller);
      if (current.isPresent()) {
        if (!current.get().equals(caller)) {
          session.setAttribute(SESSION_CALLER, current.get());
        }
        return context.notifyContainerAboutLogin(current.get().name(), current.get().groups());
      }
      // The user is gone, their password changed or the session is too old: it ends here.
      session.invalidate();
    }
    if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith) || !isConsole(request)) {
      return context.doNothing();
    }
    return redirectToLogin(request, response, context);
  }

  /**
   * The session's caller as the account is now: with the roles it has now when they changed, or
   * empty when the user is gone, their password changed since the login, or the session has lasted
   * its {@link #SESSION_LIFETIME}.
   */
  private Optional<ConsoleCaller> current(ConsoleCaller caller) {
    if (caller.expiredAt(Instant.now())) {
      return Optional.empty();
    }
    Optional<AccountVersions.Stamp> stamp = versions.current(caller.name());
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    if (stamp.get().version() == caller.version()) {
      return Optional.of(caller);
    }
    if (!stamp.get().password().equals(caller.password())) {
      return Optional.empty();
    }
    return Optional.of(ConsoleCaller.of(caller.name(), stamp.get(), caller.loggedIn()));
  }

  private static Set<String> roleNames(Set<Role> roles) {
    return roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isConsole(HttpServletRequest request) {
    HttpServletMapping mapping = request.getHttpServletMapping();
    return mapping == null || CONSOLE_SERVLETS.contains(mapping.getServletName());
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request after the session ended: a 302 would be swallowed, Faces redirects itself.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return unauthorized(
          request, context, "Authentication is required: send HTTP Basic credentials");
    }
    if (header.length() > MAX_BASIC_HEADER) {
      // Too long to be anyone's credentials: refused before decoding, and never counted.
      return unauthorized(request, context, "Unknown user or wrong password");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(
          request, context, "The Authorization header is not valid Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return unauthorized(
          request, context, "The Authorization header is not valid Basic credentials");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new ClientCredential(
                decoded.substring(0, colon),
                new Password(decoded.substring(colon + 1)),
                request.getRemoteAddr()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(request, context, "Unknown user or wrong password");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpMessageContext context, String message) {
    request.setAttribute(UnauthorizedErrorPage.MESSAGE, message);
    context
        .getResponse()
        .setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    // The container answers 401 through the error page, which writes the API's error shape.
    return context.responseUnauthorized();
  }
}
