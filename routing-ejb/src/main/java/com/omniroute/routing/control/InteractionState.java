package com.omniroute.routing.control;

/**
 * Where an interaction is in its life, as the routing core sees it (same names as the domain's
 * interaction state).
 *
 * <pre>
 * QUEUED -> OFFERED -> ACTIVE -> WRAP_UP -> COMPLETED
 *   ^          |
 *   +----------+   offer rejected, timed out or withdrawn (keeps its original queue time)
 * QUEUED -> ACTIVE     override offer, accepted automatically
 * QUEUED or OFFERED -> ABANDONED   customer left, or the dropout time passed while waiting
 * (arrival) -> REJECTED   refused at the door
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

  /** Whether an interaction in this state occupies capacity of the agent holding it. */
  public boolean isHeld() {
    return this == OFFERED || this == ACTIVE || this == WRAP_UP;
  }
}
