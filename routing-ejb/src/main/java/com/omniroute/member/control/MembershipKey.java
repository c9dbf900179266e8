package com.omniroute.member.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** One (campaign, agent) pair: a membership that exists or that a bulk change is about. */
public record MembershipKey(long campaignId, long agentId) implements Serializable {

  /** Every pair of one of the campaigns with one of the agents, campaign by campaign. */
  public static Set<MembershipKey> allOf(Collection<Long> campaignIds, Collection<Long> agentIds) {
    Set<MembershipKey> pairs = new LinkedHashSet<>();
    for (long campaignId : campaignIds) {
      for (long agentId : agentIds) {
        pairs.add(new MembershipKey(campaignId, agentId));
      }
    }
    return pairs;
  }
}
