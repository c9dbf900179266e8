package com.omniroute.interaction.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an interaction is in its life.
 *
 * <pre>
 * QUEUED -> OFFERED -> ACTIVE -> WRAP_UP -> COMPLETED
 *   ^          |          |                    ^
 *   |          |          +--------------------+   finished, campaign without wrap-up
 *   +----------+   offer rejected, timed out (ring-no-answer), withdrawn by a logout or an
 *                  override, or lost in a restart: back in its place (original queue time)
 * QUEUED -> ACTIVE      override: the offer is accepted at once; the agent's active work goes
 *                       on hold and its pending offers are withdrawn
 * QUEUED -> ABANDONED   customer left, or the dropout time passed while waiting
 * OFFERED -> ABANDONED  customer left during the offer: the offer is withdrawn
 * (arrival) -> REJECTED refused at the door: disabled, closed, or ACD limit reached
 * </pre>
 *
 * <p>The routing core keeps its own copy of these names ({@code LiveInteractionState}) and makes
 * these transitions; the routing engine stores them here.
 */
public enum InteractionState {
  QUEUED,
  OFFERED,
  ACTIVE,
  WRAP_UP,
  COMPLETED,
  ABANDONED,
  REJECTED;

  /** States the routing engine holds in memory and rebuilds after a restart. */
  public static final Set<InteractionState> LIVE = EnumSet.of(QUEUED, OFFERED, ACTIVE, WRAP_UP);

  /** States in which the interaction occupies capacity of the agent holding it. */
  public static final Set<InteractionState> HELD = EnumSet.of(OFFERED, ACTIVE, WRAP_UP);

  public boolean isFinal() {
    return !LIVE.contains(this);
  }
}
