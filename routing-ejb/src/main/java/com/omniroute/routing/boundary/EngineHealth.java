package com.omniroute.routing.boundary;

import com.omniroute.platform.boundary.DatabaseFailures;
import com.omniroute.platform.boundary.ServiceException;
import java.time.Instant;

/**
 * Whether the routing engine can store events now. It cannot while the database is unreachable (a
 * commit group or a rebuild failed, and no rebuild has succeeded since), and it must rebuild first
 * when a configuration change it had applied rolled back (stale).
 */
final class EngineHealth {

  private volatile Instant unavailableSince;
  private volatile boolean stale;

  boolean available() {
    return unavailableSince == null;
  }

  boolean stale() {
    return stale;
  }

  /** Since when the engine is unavailable, or null. */
  Instant since() {
    return unavailableSince;
  }

  void markStale() {
    stale = true;
  }

  /** Refuses at once while unavailable: a caller never waits for a database that is not there. */
  void requireAvailable() {
    if (!available()) {
      throw unavailable();
    }
  }

  ServiceException unavailable() {
    return ServiceException.unavailable(
        "Routing cannot store anything now: its database is unreachable since "
            + unavailableSince
            + ". Nothing was changed; try again.",
        DatabaseFailures.RETRY_AFTER_SECONDS);
  }

  /** A rebuild failed. True if the engine was available until now. */
  boolean failed() {
    if (unavailableSince != null) {
      return false;
    }
    unavailableSince = Instant.now();
    return true;
  }

  /** A rebuild succeeded. True if the engine was unavailable or stale until now. */
  boolean recovered() {
    boolean was = unavailableSince != null || stale;
    unavailableSince = null;
    stale = false;
    return was;
  }
}
