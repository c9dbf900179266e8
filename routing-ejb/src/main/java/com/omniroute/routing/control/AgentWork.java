package com.omniroute.routing.control;

import java.time.Instant;
import java.util.List;

/**
 * An agent's load as the API's {@code GET /agents/{id}/work} shows it.
 *
 * @param used sum of the shares of the interactions in hand; above 100 only through an override
 * @param spare {@code 100 - used}, negative during an override
 * @param idleSince when the agent last became READY or last had an interaction leave its hands
 */
public record AgentWork(
    long agentId,
    String name,
    LiveAgentState state,
    int used,
    int spare,
    Instant idleSince,
    List<InteractionView> interactions) {

  public AgentWork {
    interactions = List.copyOf(interactions);
  }
}
