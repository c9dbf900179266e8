package com.omniroute.routing.control;

import java.time.Instant;
import java.util.Comparator;

/**
 * The core's mutable record of one live interaction. The fields the queue orders by (priority,
 * queue time, id) never change, so an interaction can sit in sorted sets safely.
 */
final class TrackedInteraction {

  /** Order inside one campaign's queue: higher priority, then oldest, then lowest id. */
  static final Comparator<TrackedInteraction> WAITING_ORDER =
      (x, y) -> {
        int byPriority = Integer.compare(y.priority, x.priority);
        if (byPriority != 0) {
          return byPriority;
        }
        int byAge = x.queuedAt.compareTo(y.queuedAt);
        return byAge != 0 ? byAge : Long.compare(x.id, y.id);
      };

  /** Oldest first, for "longest waiting" regardless of priority. */
  static final Comparator<TrackedInteraction> AGE_ORDER =
      (x, y) -> {
        int byAge = x.queuedAt.compareTo(y.queuedAt);
        return byAge != 0 ? byAge : Long.compare(x.id, y.id);
      };

  final long id;
  final TrackedCampaign campaign;
  final String mediaType;
  final int priority;
  final Instant queuedAt;

  LiveInteractionState state = LiveInteractionState.QUEUED;
  TrackedAgent agent;
  boolean forced;
  boolean onHold;
  Instant offeredAt;
  Instant answeredAt;
  Instant finishedAt;
  Instant offerDeadline;
  Instant wrapUpDeadline;
  Instant dropoutDeadline;

  /** Whether a dropout timer was requested and not cancelled since. */
  boolean dropoutTimer;

  String reason;

  TrackedInteraction(
      long id, TrackedCampaign campaign, String mediaType, int priority, Instant queuedAt) {
    this.id = id;
    this.campaign = campaign;
    this.mediaType = mediaType;
    this.priority = priority;
    this.queuedAt = queuedAt;
  }
}
