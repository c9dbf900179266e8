package com.omniroute.console.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the {@link SecurityHeaders} on every response that reaches a servlet, set before the chain
 * runs so that they are there however the response ends. Two things happen outside this filter:
 *
 * <ul>
 *   <li>The authentication mechanism runs before any filter, and its own answers (the redirect to
 *       the login page, the API's 401) never reach one, so it sets the headers itself first.
 *   <li>When a request fails with an exception, the container resets the whole response, headers
 *       included, before it forwards to the error page; the filter also runs on that error dispatch
 *       to put them back.
 * </ul>
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.addTo(request, response);
    chain.doFilter(request, response);
  }
}
