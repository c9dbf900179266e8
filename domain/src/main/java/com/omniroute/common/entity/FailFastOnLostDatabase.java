package com.omniroute.common.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes a read that finds the database unreachable fail at once. By default EclipseLink retries
 * such a read three times, five seconds apart: while the database is away every request that reads
 * waited fifteen seconds before its error, and the routing engine's rebuild held its writer turn as
 * long. The application answers such failures itself (503 with {@code Retry-After}; the engine
 * retries its rebuild every second), and the connection pool validates connections on checkout, so
 * a retry here only delays the answer.
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
