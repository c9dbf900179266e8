package com.omniroute.member.control;

import java.io.Serializable;
import java.util.Collection;

/**
 * What a bulk add or remove did, for the sentence that confirms it ("3 agents added to 2
 * campaigns"): how many memberships began or ended, for how many distinct agents, in how many
 * distinct campaigns.
 */
public record BulkChange(int memberships, int agents, int campaigns) implements Serializable {

  public static BulkChange of(Collection<MembershipKey> changed) {
    return new BulkChange(
        changed.size(),
        (int) changed.stream().mapToLong(MembershipKey::agentId).distinct().count(),
        (int) changed.stream().mapToLong(MembershipKey::campaignId).distinct().count());
  }

  public boolean isEmpty() {
    return memberships == 0;
  }
}
