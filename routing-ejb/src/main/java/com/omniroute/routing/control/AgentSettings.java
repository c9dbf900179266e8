package com.omniroute.routing.control;

/** An agent as the routing core needs it: who, and whether it may be offered work. */
public record AgentSettings(long id, String name, LiveAgentState state) {

  public AgentSettings {
    if (name == null || name.isBlank()) {
      throw RoutingException.validation("agent " + id + " needs a name");
    }
    if (state == null) {
      throw RoutingException.validation("agent " + name + " needs a state");
    }
  }
}
