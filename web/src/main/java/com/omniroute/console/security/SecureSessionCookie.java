package com.omniroute.console.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Marks the console's session cookie {@code Secure} on a server that serves it over TLS, so that a
 * browser never sends it over plain HTTP. The server says so with the system property {@value
 * #PROPERTY} (set by {@code tls.cli}, docs/deploy.md step 8) or the environment variable {@value
 * #VARIABLE}; without either the cookie stays as it is, since the built server for trying the
 * product serves plain HTTP only and a Secure cookie would never come back to it.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());

  static final String PROPERTY = "routing.tls";
  static final String VARIABLE = "ROUTING_TLS";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String setting = System.getProperty(PROPERTY, System.getenv(VARIABLE));
    if (Boolean.parseBoolean(setting)) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("Served over TLS: the session cookie is Secure");
    }
  }
}
