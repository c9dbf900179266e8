package com.omniroute.routing.control;

import java.util.List;

/** A consistent copy of the whole live state, for tests, diagnostics and the live console. */
public record RoutingSnapshot(
    List<InteractionView> interactions, List<AgentWork> agents, List<QueueStatus> queues) {

  public RoutingSnapshot {
    interactions = List.copyOf(interactions);
    agents = List.copyOf(agents);
    queues = List.copyOf(queues);
  }
}
