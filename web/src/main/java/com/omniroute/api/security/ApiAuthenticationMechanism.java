package com.omniroute.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic authentication for the REST API: every request under {@code /api/} must carry valid
 * credentials of a stored user, and a refusal answers 401 in the API's error shape. Other paths
 * (the console) are left to the console's own login.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "Omniroute API";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return unauthorized(
          request, context, "Authentication is required: send HTTP Basic credentials");
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
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
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
