package com.omniroute.routing.control;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the routing core starts from: the configuration plus the live interactions read back
 * from the database.
 */
public record RoutingConfiguration(
    List<MediaPolicy> mediaPolicies,
    List<CampaignSettings> campaigns,
    List<AgentSettings> agents,
    List<Membership> memberships,
    List<RestoredInteraction> interactions) {

  public RoutingConfiguration {
    mediaPolicies = List.copyOf(mediaPolicies);
    campaigns = List.copyOf(campaigns);
    agents = List.copyOf(agents);
    memberships = List.copyOf(memberships);
    interactions = List.copyOf(interactions);
  }

  /**
   * The same configuration with every list in a fixed order (media types by code, the rest by id),
   * so that two configurations read in different orders compare equal when they hold the same.
   */
  public RoutingConfiguration inIdOrder() {
    return new RoutingConfiguration(
        mediaPolicies.stream().sorted(Comparator.comparing(MediaPolicy::code)).toList(),
        campaigns.stream().sorted(Comparator.comparingLong(CampaignSettings::id)).toList(),
        agents.stream().sorted(Comparator.comparingLong(AgentSettings::id)).toList(),
        memberships.stream()
            .sorted(
                Comparator.comparingLong(Membership::campaignId)
                    .thenComparingLong(Membership::agentId))
            .toList(),
        interactions.stream().sorted(Comparator.comparingLong(RestoredInteraction::id)).toList());
  }
}
