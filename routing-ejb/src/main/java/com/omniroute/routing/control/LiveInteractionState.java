package com.omniroute.routing.control;

/**
 * Where an interaction is in its life, as the routing core sees it while the interaction is live in
 * memory. Same names as the domain's {@code InteractionState}, which the engine stores; the core
 * keeps its own type so that it depends on nothing in the persistence layer. The transitions are
 * drawn on the domain's enum.
 */
public enum LiveInteractionState {
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
