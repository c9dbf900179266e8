package com.omniroute.retention.boundary;

import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Deletes ended interactions (COMPLETED, ABANDONED, REJECTED) whose end is older than a cut-off, a
 * batch at a time, each batch in a transaction of its own: a purge of a year's rows never holds one
 * long transaction or its locks, and one interrupted half-way has deleted whole batches only. Live
 * interactions are never touched, however old.
 *
 * <p>The report aggregates receive an interaction's figures in the transaction that ends it (and
 * the migration that introduced them backfilled the older ones), so what is purged here is already
 * counted there.
 *
 * <p>Not for clients: the daily timer ({@link InteractionRetention}) and the superadmin's {@link
 * RetentionService} call it.
 */
@Stateless
@PermitAll
public class InteractionPurge {

  private static final Logger LOG = Logger.getLogger(InteractionPurge.class.getName());

  /** Rows deleted per transaction. */
  public static final int BATCH_SIZE = 1_000;

  /** The states an interaction never leaves: only these are purged. */
  static final Set<InteractionState> ENDED =
      EnumSet.complementOf(EnumSet.copyOf(InteractionState.LIVE));

  /** Progress is logged every this many batches, and at the end. */
  private static final int LOG_EVERY = 10;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /** Purges every ended interaction whose end is before {@code endedBefore}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RetentionRun purge(int days, Instant endedBefore) {
    InteractionPurge self = context.getBusinessObject(InteractionPurge.class);
    long purged = 0;
    int batches = 0;
    int deleted;
    do {
      deleted = self.batch(endedBefore);
      purged += deleted;
      if (deleted > 0) {
        batches++;
        if (batches % LOG_EVERY == 0) {
          long sofar = purged;
          int done = batches;
          LOG.info(
              () ->
                  String.format(
                      "Retention: %d interaction(s) ended before %s purged so far (%d batches)",
                      sofar, endedBefore, done));
        }
      }
    } while (deleted == BATCH_SIZE);
    RetentionRun run = new RetentionRun(days, endedBefore, purged, batches);
    LOG.info(
        () ->
            String.format(
                "Retention: purged %d interaction(s) ended before %s (kept %d days) in %d batch(es)",
                run.purged(), endedBefore, days, run.batches()));
    return run;
  }

  /** One batch, in its own transaction: at most {@link #BATCH_SIZE} rows. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int batch(Instant endedBefore) {
    List<Long> ids =
        em.createNamedQuery(Interaction.ENDED_BEFORE, Long.class)
            .setParameter("before", endedBefore)
            .setParameter("ended", ENDED)
            .setMaxResults(BATCH_SIZE)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(Interaction.DELETE_BY_IDS).setParameter("ids", ids).executeUpdate();
  }
}
