package com.omniroute.retention.boundary;

import com.omniroute.retention.control.RetentionDays;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs retention once a day: ended interactions older than the configured number of days ({@link
 * RetentionDays}, default 400) are purged by {@link InteractionPurge}. One purge at a time; a
 * second request while one runs is answered with nothing done rather than queued.
 *
 * <p>Cluster note: every node would fire this timer. Two purges at once are harmless (the second
 * finds the rows gone) but wasteful; when the application runs on several nodes, this timer belongs
 * on the elected singleton node (docs/running.md#retention).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InteractionRetention {

  private static final Logger LOG = Logger.getLogger(InteractionRetention.class.getName());

  @Inject private InteractionPurge purge;

  private final AtomicBoolean running = new AtomicBoolean();

  // Non-persistent: a night missed while the server was down is made up by the next one (the
  // purge takes everything older than the limit), and no timer store is needed.
  @Schedule(hour = "3", minute = "15", persistent = false, info = "interaction retention")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily() {
    try {
      runNow();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Retention failed; the next run tries again", e);
    }
  }

  /**
   * Purges now with the configured setting.
   *
   * @return what was purged; empty when the setting is refused (logged) or a purge is running
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<RetentionRun> runNow() {
    RetentionDays.Result setting = RetentionDays.fromSystem();
    if (setting.days().isEmpty()) {
      LOG.severe(() -> "Retention skipped: " + setting.problem());
      return Optional.empty();
    }
    if (!running.compareAndSet(false, true)) {
      LOG.info("Retention already running; this request does nothing");
      return Optional.empty();
    }
    try {
      int days = setting.days().get().days();
      return Optional.of(purge.purge(days, Instant.now().minus(Duration.ofDays(days))));
    } finally {
      running.set(false);
    }
  }

  /** The setting in force, or the sentence saying why it is refused. */
  public RetentionDays.Result setting() {
    return RetentionDays.fromSystem();
  }
}
