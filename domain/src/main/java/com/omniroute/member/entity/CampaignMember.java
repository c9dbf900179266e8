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
@NamedQuery(
    name = CampaignMember.OF_AGENTS_IN,
    query =
        "SELECT NEW com.omniroute.member.entity.MembershipSummary(m.agent.id, c.id, c.name,"
            + " m.penalty) FROM CampaignMember m JOIN m.campaign c"
            + " WHERE c.id IN :campaigns AND m.agent.id IN :agents"
            + " ORDER BY c.name, c.id")
@NamedQuery(
    name = CampaignMember.OF_AGENTS_IN_MEDIA,
    query =
        "SELECT NEW com.omniroute.member.entity.MembershipSummary(m.agent.id, c.id, c.name,"
            + " m.penalty) FROM CampaignMember m JOIN m.campaign c"
            + " WHERE m.agent.id IN :agents AND c.mediaType.code = :mediaType"
            + " AND c.securityGroup.id IN :groups"
            + " ORDER BY c.name, c.id")
@NamedQuery(
    name = CampaignMember.PENALTIES_OF_AGENTS_IN,
    query =
        "SELECT NEW com.omniroute.member.entity.MembershipPenalty(m.campaign.id, m.agent.id,"
            + " m.penalty) FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns AND m.agent.id IN :agents")
@NamedQuery(
    name = CampaignMember.HIGHEST_PENALTY_IN,
    query = "SELECT MAX(m.penalty) FROM CampaignMember m WHERE m.campaign.id IN :campaigns")
@NamedQuery(
    name = CampaignMember.DELETE_AGENTS_FROM,
    query =
        "DELETE FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns AND m.agent.id IN :agents")
@NamedQuery(
    name = CampaignMember.SET_PENALTY_IN,
    query =
        "UPDATE CampaignMember m SET m.penalty = :penalty, m.version = m.version + 1"
            + " WHERE m.campaign.id IN :campaigns AND m.agent.id = :agent")
@NamedQuery(
    name = CampaignMember.AGENT_STATES_IN_GROUPS,
    query =
        "SELECT m.campaign.id, m.agent.state, COUNT(m) FROM CampaignMember m"
            + " WHERE m.campaign.securityGroup.id IN :groups GROUP BY m.campaign.id, m.agent.state")
@NamedQuery(
    name = CampaignMember.BUSY_IN_GROUPS,
    query =
        "SELECT m.campaign.id, COUNT(DISTINCT m.agent.id) FROM CampaignMember m, Interaction i"
            + " WHERE i.agent = m.agent AND m.agent.state = :state AND i.state IN :held"
            + " AND m.campaign.securityGroup.id IN :groups GROUP BY m.campaign.id")
@NamedQuery(
    name = CampaignMember.AGENTS_WITHOUT_LOGIN_IN,
    query =
        "SELECT DISTINCT m.agent.id FROM CampaignMember m WHERE m.campaign.id IN :campaigns"
            + " AND NOT EXISTS (SELECT u FROM UserAccount u WHERE u.agent = m.agent)"
            + " ORDER BY m.agent.id")
@NamedQuery(
    name = CampaignMember.DELETE_OF_CAMPAIGN,
    query = "DELETE FROM CampaignMember m WHERE m.campaign = :campaign")
@NamedQuery(
    name = CampaignMember.DELETE_OF_AGENT,
    query = "DELETE FROM CampaignMember m WHERE m.agent = :agent")
public class CampaignMember extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_CAMPAIGN = "CampaignMember.findByCampaign";
  public static final String FIND_ONE = "CampaignMember.findOne";

  /**
   * {@code [campaignId, agentState, count]}: the members of the campaigns of {@code :groups} by
   * their agent's state.
   */
  public static final String AGENT_STATES_IN_GROUPS = "CampaignMember.agentStatesInGroups";

  /**
   * {@code [campaignId, count]}: the members of the campaigns of {@code :groups} in agent state
   * {@code :state} that hold an interaction in one of the {@code :held} states.
   */
  public static final String BUSY_IN_GROUPS = "CampaignMember.busyInGroups";

  /**
   * The ids of the agents that are members of any of {@code :campaigns} and that no user is linked
   * to: the agents the traffic simulator may play, leaving every human's agent alone.
   */
  public static final String AGENTS_WITHOUT_LOGIN_IN = "CampaignMember.agentsWithoutLoginIn";

  /**
   * The memberships of {@code :agents} in {@code :campaigns}, as {@link MembershipSummary}s, by
   * campaign name.
   */
  public static final String OF_AGENTS_IN = "CampaignMember.ofAgentsIn";

  /**
   * The memberships of {@code :agents} in the campaigns of one media type ({@code :mediaType}) and
   * of the given security groups ({@code :groups}), shaped as {@link #OF_AGENTS_IN}'s.
   */
  public static final String OF_AGENTS_IN_MEDIA = "CampaignMember.ofAgentsInMedia";

  /** The {@link MembershipPenalty}s of {@code :agents} in {@code :campaigns}. */
  public static final String PENALTIES_OF_AGENTS_IN = "CampaignMember.penaltiesOfAgentsIn";

  /** The highest penalty of any member of {@code :campaigns}; {@code null} when none has one. */
  public static final String HIGHEST_PENALTY_IN = "CampaignMember.highestPenaltyIn";

  /** Ends the memberships of {@code :agents} in {@code :campaigns}, in one statement. */
  public static final String DELETE_AGENTS_FROM = "CampaignMember.deleteAgentsFrom";

  /** Sets {@code :penalty} for {@code :agent} in those of {@code :campaigns} it is a member of. */
  public static final String SET_PENALTY_IN = "CampaignMember.setPenaltyIn";

  /** Every membership, for the routing engine's own start-up load only. */
  public static final String FIND_ALL = "CampaignMember.findAll";

  /** Deletes every membership of campaign {@code :campaign} (an entity), as it is deleted. */
  public static final String DELETE_OF_CAMPAIGN = "CampaignMember.deleteOfCampaign";

  /** Deletes every membership of agent {@code :agent} (an entity), as it is deleted. */
  public static final String DELETE_OF_AGENT = "CampaignMember.deleteOfAgent";

  public static final int MIN_PENALTY = 0;
  public static final int MAX_PENALTY = 100;

  /**
   * The penalty the console proposes for agents added to campaigns that have no members yet: the
   * lowest, which is also what queue systems such as Asterisk give a member by default. Campaigns
   * with members get the highest penalty among them instead, so that a new agent never goes ahead
   * of those already there. The REST API has no default: it requires the penalty.
   */
  public static final int DEFAULT_PENALTY = MIN_PENALTY;

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
