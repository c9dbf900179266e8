package com.omniroute.routing.control;

/**
 * Whether an agent can be offered work, as the routing core sees it. Same names as the domain's
 * {@code AgentState}, which the engine stores; the core keeps its own type so that it depends on
 * nothing in the persistence layer.
 */
public enum LiveAgentState {
  LOGGED_OUT,
  NOT_READY,
  READY
}
