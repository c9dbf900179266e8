package com.omniroute.console.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response of the application carries: no content-type sniffing, never
 * inside a frame (the old header for old browsers and CSP {@code frame-ancestors} for current
 * ones), and no referrer sent to other sites. One place for the values, set from the two places
 * that between them see every response (see {@link SecurityHeadersFilter}).
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void addTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
