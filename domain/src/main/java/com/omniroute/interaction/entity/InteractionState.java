package com.omniroute.interaction.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an interaction is in its life.
 *
 * <pre>
 * QUEUED -> OFFERED -> ACTIVE -> WRAP_UP -> COMPLETED
 *   ^          |
 *   +----------+   offer rejected or timed out (keeps its original queue time)
 * QUEUED -> ABANDONED   customer left, or the dropout time passed
 * (arrival) -> REJECTED refused at the door: disabled, closed, or ACD limit reached
 * </pre>
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
