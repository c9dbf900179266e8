package com.omniroute.console.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response of the application carries: no content-type sniffing, never
 * inside a frame (the old header for old browsers and CSP {@code frame-ancestors} for current
 * ones), no plugins, no {@code <base>} or form posts elsewhere, and no referrer sent to other
 * sites; the API's answers are never stored by a cache. One place for the values, set from the two
 * places that between them see every response (see {@link SecurityHeadersFilter}).
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  /**
   * The content security policy of every answer. Scripts are restricted by a second policy that
   * PrimeFaces adds to each Faces page, {@code script-src 'self' 'nonce-...'} with a new nonce per
   * page (the {@code primefaces.CSP} parameter in web.xml); a browser enforces both.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** HSTS for answers given over TLS (docs/deploy.md, step 8). */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  public static void addTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
  }

  /** The headers of every request, and for the API's answers: never stored by a cache. */
  public static void addTo(HttpServletRequest request, HttpServletResponse response) {
    addTo(response);
    if (request.isSecure()) {
      // Over TLS only: browsers ignore it over plain HTTP, and it must not pin a server that
      // serves no HTTPS. A year, as browsers' preload lists expect; no includeSubDomains, since
      // other hosts of the domain are not this product's to decide.
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path.startsWith("/api/")
        || path.startsWith("/api-errors/")
        || (failed instanceof String uri && uri.startsWith(request.getContextPath() + "/api/"))) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
