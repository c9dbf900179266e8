package com.omniroute.member.entity;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.common.entity.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An agent's membership of a campaign, with its penalty: 0 (most skilled, served first) to 100. */
@Entity
@Table(
    name = "campaign_member",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "agent_id"}))
@NamedQuery(
    name = CampaignMember.FIND_BY_CAMPAIGN,
    query =
        "SELECT m FROM CampaignMember m WHERE m.campaign = :campaign"
            + " ORDER BY m.agent.name, m.agent.id")
@NamedQuery(
    name = CampaignMember.FIND_ONE,
    query = "SELECT m FROM CampaignMember m WHERE m.campaign = :campaign AND m.agent = :agent")
@NamedQuery(name = CampaignMember.FIND_ALL, query = "SELECT m FROM CampaignMember m")
public class CampaignMember extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_CAMPAIGN = "CampaignMember.findByCampaign";
  public static final String FIND_ONE = "CampaignMember.findOne";

  /** Every membership, for the routing engine's own start-up load only. */
  public static final String FIND_ALL = "CampaignMember.findAll";

  public static final int MIN_PENALTY = 0;
  public static final int MAX_PENALTY = 100;

  @NotNull(message = "{omniroute.campaign.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @NotNull(message = "{omniroute.agent.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "agent_id", nullable = false)
  private Agent agent;

  @Min(value = MIN_PENALTY, message = "{omniroute.penalty.range}")
  @Max(value = MAX_PENALTY, message = "{omniroute.penalty.range}")
  @Column(nullable = false)
  private int penalty;

  @Version private int version;

  protected CampaignMember() {}

  public CampaignMember(Campaign campaign, Agent agent, int penalty) {
    this.campaign = campaign;
    this.agent = agent;
    this.penalty = penalty;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Agent getAgent() {
    return agent;
  }

  public int getPenalty() {
    return penalty;
  }

  public void setPenalty(int penalty) {
    this.penalty = penalty;
  }

  public int getVersion() {
    return version;
  }
}
