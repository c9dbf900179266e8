package com.omniroute.routing.control;

import java.time.Instant;

/**
 * A live interaction read back from the database after a start or crash, to rebuild the queues.
 * QUEUED and OFFERED ones go back to the queue with their original queue time (an offer cannot
 * survive a restart: the agent's desktop lost it); ACTIVE and WRAP_UP ones return to their agent.
 *
 * @param mediaType the media type copied at arrival; {@code null} takes the campaign's
 * @param agentId required for ACTIVE and WRAP_UP
 * @param answeredAt when it became ACTIVE; may be {@code null}
 * @param finishedAt when wrap-up started; required for WRAP_UP
 */
public record RestoredInteraction(
    long id,
    long campaignId,
    String mediaType,
    int priority,
    LiveInteractionState state,
    Instant queuedAt,
    Long agentId,
    boolean forced,
    boolean onHold,
    Instant offeredAt,
    Instant answeredAt,
    Instant finishedAt) {

  /** A waiting interaction. */
  public static RestoredInteraction queued(
      long id, long campaignId, int priority, Instant queuedAt) {
    return new RestoredInteraction(
        id,
        campaignId,
        null,
        priority,
        LiveInteractionState.QUEUED,
        queuedAt,
        null,
        false,
        false,
        null,
        null,
        null);
  }
}
