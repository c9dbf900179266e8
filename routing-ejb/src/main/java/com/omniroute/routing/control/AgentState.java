package com.omniroute.routing.control;

/**
 * Whether an agent can be offered work, as the routing core sees it. Mirrors the domain's agent
 * state by name; the core keeps its own type so that it depends on nothing in the persistence
 * layer.
 */
public enum AgentState {
  LOGGED_OUT,
  NOT_READY,
  READY
}
