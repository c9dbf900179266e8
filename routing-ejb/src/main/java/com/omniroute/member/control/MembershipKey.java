package com.omniroute.member.control;

import com.omniroute.member.entity.MembershipPenalty;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

  /** The penalty of each stored membership by its key, in the order read. */
  public static Map<MembershipKey, Integer> penalties(Collection<MembershipPenalty> stored) {
    Map<MembershipKey, Integer> penalties = new LinkedHashMap<>();
    for (MembershipPenalty row : stored) {
      penalties.put(new MembershipKey(row.campaignId(), row.agentId()), row.penalty());
    }
    return penalties;
  }
}
