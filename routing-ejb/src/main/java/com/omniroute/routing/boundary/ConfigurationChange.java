package com.omniroute.routing.boundary;

import java.util.Set;

/**
 * A change to the routing configuration, fired by the services when they change campaigns, agents,
 * members or the capacity model. The engine observes it after the change has committed and reads
 * the new state from the database.
 */
public sealed interface ConfigurationChange {

  record CampaignChanged(long campaignId) implements ConfigurationChange {}

  record AgentChanged(long agentId) implements ConfigurationChange {}

  record MembershipChanged(long campaignId, long agentId) implements ConfigurationChange {}

  /**
   * The memberships of these agents in these campaigns changed in one transaction (a bulk add,
   * remove or penalty change): one event, so that the engine reads them in one query and routes
   * once.
   */
  record MembershipsChanged(Set<Long> campaignIds, Set<Long> agentIds)
      implements ConfigurationChange {

    public MembershipsChanged {
      campaignIds = Set.copyOf(campaignIds);
      agentIds = Set.copyOf(agentIds);
    }
  }

  record MediaPolicyChanged(String code) implements ConfigurationChange {}
}
