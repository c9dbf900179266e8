package com.omniroute.member.control;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An agent with its memberships of some campaigns: of the campaigns selected on the members screen,
 * or of the voice campaigns in a search. A class with getters for Expression Language 5, which does
 * not read records.
 */
public final class AgentMemberships implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long agentId;
  private final String name;
  private final String login;
  private final List<CampaignPenalty> campaigns;

  /**
   * @param campaigns its memberships, in the order to show them
   */
  public AgentMemberships(
      long agentId, String name, String login, List<CampaignPenalty> campaigns) {
    this.agentId = agentId;
    this.name = name;
    this.login = login;
    this.campaigns = List.copyOf(campaigns);
  }

  public long getAgentId() {
    return agentId;
  }

  public String getName() {
    return name;
  }

  public String getLogin() {
    return login;
  }

  public List<CampaignPenalty> getCampaigns() {
    return campaigns;
  }

  /** In how many of the campaigns it is a member. */
  public int getCount() {
    return campaigns.size();
  }

  /** The campaign names, in order, separated by commas; empty without memberships. */
  public String getCampaignNames() {
    return campaigns.stream()
        .map(CampaignPenalty::getCampaignName)
        .collect(Collectors.joining(", "));
  }

  /** Whether its penalty is the same in every one of the campaigns (true without any). */
  public boolean isPenaltyUniform() {
    return campaigns.stream().mapToInt(CampaignPenalty::getPenalty).distinct().count() <= 1;
  }

  /**
   * Its penalty: the one number when it is the same everywhere, else lowest to highest ({@code
   * 5–20}); empty without memberships. Digits and a dash read the same in every language.
   */
  public String getPenaltyRange() {
    if (campaigns.isEmpty()) {
      return "";
    }
    int lowest = campaigns.stream().mapToInt(CampaignPenalty::getPenalty).min().orElseThrow();
    int highest = campaigns.stream().mapToInt(CampaignPenalty::getPenalty).max().orElseThrow();
    return lowest == highest ? Integer.toString(lowest) : lowest + "–" + highest;
  }

  /**
   * Each campaign with its penalty ({@code Sales 5, Support 20}), for a member whose penalties
   * differ.
   */
  public String getPenaltyByCampaign() {
    return campaigns.stream()
        .map(c -> c.getCampaignName() + " " + c.getPenalty())
        .collect(Collectors.joining(", "));
  }

  /** Its penalty where it is the same everywhere; {@code null} when it differs or is absent. */
  public Integer getUniformPenalty() {
    return campaigns.isEmpty() || !isPenaltyUniform() ? null : campaigns.get(0).getPenalty();
  }
}
