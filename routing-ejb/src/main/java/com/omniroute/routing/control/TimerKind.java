package com.omniroute.routing.control;

/** The timers the routing core asks its host to schedule, one per interaction and kind at most. */
public enum TimerKind {
  /** Call {@link RoutingCore#offerTimedOut(long)} when an offer has not been answered in time. */
  OFFER_TIMEOUT,
  /** Call {@link RoutingCore#wrapUpEnded(long)} when the wrap-up time is over. */
  WRAP_UP_END,
  /** Call {@link RoutingCore#dropoutReached(long)} when a waiting interaction reaches dropout. */
  DROPOUT
}
