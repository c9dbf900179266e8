package com.omniroute.routing.boundary;

/**
 * A change to the routing configuration, fired by the services when they change campaigns, agents,
 * members or the capacity model. The engine observes it after the change has committed and reads
 * the new state from the database.
 */
public sealed interface ConfigurationChange {

  record CampaignChanged(long campaignId) implements ConfigurationChange {}

  record AgentChanged(long agentId) implements ConfigurationChange {}

  record MembershipChanged(long campaignId, long agentId) implements ConfigurationChange {}

  record MediaPolicyChanged(String code) implements ConfigurationChange {}
}
