package com.omniroute.routing.control;

import com.omniroute.member.entity.CampaignMember;

/**
 * An agent's membership of a campaign; a lower penalty is served first. The range is the entity's
 * ({@link CampaignMember#MIN_PENALTY} to {@link CampaignMember#MAX_PENALTY}), which the services
 * check first; the core keeps it as its own invariant.
 */
public record Membership(long campaignId, long agentId, int penalty) {

  public Membership {
    if (penalty < CampaignMember.MIN_PENALTY || penalty > CampaignMember.MAX_PENALTY) {
      throw RoutingException.validation(
          "penalty must be between "
              + CampaignMember.MIN_PENALTY
              + " and "
              + CampaignMember.MAX_PENALTY
              + ", was "
              + penalty);
    }
  }
}
