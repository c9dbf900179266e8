package com.omniroute.platform.boundary;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that is away from one that refused a statement: the first is worth a retry (503,
 * {@code Retry-After}), the second is a conflict with stored data.
 */
public final class DatabaseFailures {

  /** What the API tells a caller to wait before it tries again while the database is away. */
  public static final int RETRY_AFTER_SECONDS = 2;

  private DatabaseFailures() {}

  /**
   * Whether the failure, or anything that caused it, says that no connection to the database could
   * be had or kept (among its causes and what they suppressed): a connection-class SQL state
   * ({@code 08...}), a JDBC connection exception, or the connection pool's refusal to hand out a
   * connection.
   */
  public static boolean unreachable(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      // A commit that lost its connection reports it as suppressed by the transaction manager's
      // HeuristicMixedException, not as its cause.
      for (Throwable suppressed : t.getSuppressed()) {
        if (unreachable(suppressed)) {
          return true;
        }
      }
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException e
          && e.getSQLState() != null
          && e.getSQLState().startsWith("08")) {
        return true;
      }
      if (t.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
