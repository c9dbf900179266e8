package com.omniroute.routing.control;

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
}
