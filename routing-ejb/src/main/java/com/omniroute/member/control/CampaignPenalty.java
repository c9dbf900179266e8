package com.omniroute.member.control;

import java.io.Serializable;

/**
 * An agent's membership of one campaign, as a list shows it: the campaign and the penalty there. A
 * class with getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record
 * components.
 */
public final class CampaignPenalty implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long campaignId;
  private final String campaignName;
  private final int penalty;

  public CampaignPenalty(long campaignId, String campaignName, int penalty) {
    this.campaignId = campaignId;
    this.campaignName = campaignName;
    this.penalty = penalty;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getCampaignName() {
    return campaignName;
  }

  public int getPenalty() {
    return penalty;
  }
}
