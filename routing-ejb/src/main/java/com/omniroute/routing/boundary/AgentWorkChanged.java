package com.omniroute.routing.boundary;

import java.util.Set;

/**
 * The work of these agents changed in a committed routing event: an offer made, accepted, rejected
 * or timed out, an interaction finished or ended its wrap-up, an override, a state change, whoever
 * caused it. Fired asynchronously ({@code @ObservesAsync}) after the commit, so observers (the
 * agent desktop's push) run outside the engine's lock and can neither slow nor fail the event.
 */
public record AgentWorkChanged(Set<Long> agentIds) {

  public AgentWorkChanged {
    agentIds = Set.copyOf(agentIds);
  }
}
