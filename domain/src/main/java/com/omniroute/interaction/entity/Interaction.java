package com.omniroute.interaction.entity;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.common.entity.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One customer contact on one channel, from arrival to its end. See {@link InteractionState} for
 * the life cycle. The media type is copied from the campaign at arrival, so history stays true if
 * the campaign's channel is changed later.
 *
 * <p>Interactions are written only by the routing engine, which serialises every change, so they
 * carry no optimistic-lock version.
 */
@Entity
@Table(name = "interaction")
@NamedQuery(
    name = Interaction.FIND_IN_STATES,
    query = "SELECT i FROM Interaction i WHERE i.state IN :states ORDER BY i.queuedAt, i.id")
@NamedQuery(
    name = Interaction.DAY_TIMES_IN_GROUPS,
    query =
        "SELECT i.campaign.id, i.queuedAt, i.offeredAt, i.answeredAt, i.endedAt, i.state"
            + " FROM Interaction i WHERE i.campaign.securityGroup.id IN :groups"
            + " AND (i.queuedAt >= :since OR i.offeredAt >= :since OR i.answeredAt >= :since"
            + " OR i.endedAt >= :since OR i.state = :queued)")
@NamedQuery(
    name = Interaction.CHATS_OVER_LIMIT_IN_GROUPS,
    query =
        "SELECT i.campaign.id, COUNT(i) FROM Interaction i"
            + " WHERE i.campaign.securityGroup.id IN :groups AND i.state = :active"
            + " AND i.overChatTimeLimitAt IS NOT NULL GROUP BY i.campaign.id")
@NamedQuery(
    name = Interaction.WAITING_IN_CAMPAIGN,
    query =
        "SELECT i FROM Interaction i WHERE i.campaign.id = :campaign AND i.state = :queued"
            + " ORDER BY i.queuedAt, i.id")
@NamedQuery(
    name = Interaction.ENDED_BEFORE,
    query = "SELECT i.id FROM Interaction i WHERE i.endedAt < :before AND i.state IN :ended")
@NamedQuery(
    name = Interaction.DELETE_BY_IDS,
    query = "DELETE FROM Interaction i WHERE i.id IN :ids")
@NamedQuery(
    name = Interaction.COUNT_OF_CAMPAIGN,
    query = "SELECT COUNT(i) FROM Interaction i WHERE i.campaign = :campaign")
@NamedQuery(
    name = Interaction.COUNT_OF_AGENT,
    query = "SELECT COUNT(i) FROM Interaction i WHERE i.agent = :agent")
@NamedQuery(
    name = Interaction.DAY_TIMES_OF_CAMPAIGN,
    query =
        "SELECT i.queuedAt, i.offeredAt, i.answeredAt, i.endedAt, i.state"
            + " FROM Interaction i WHERE i.campaign = :campaign AND (i.queuedAt >= :day"
            + " OR i.offeredAt >= :day OR i.answeredAt >= :day OR i.endedAt >= :day)")
@NamedQuery(
    name = Interaction.COUNT_CHATS_OVER_LIMIT_OF_CAMPAIGN,
    query =
        "SELECT COUNT(i) FROM Interaction i WHERE i.campaign = :campaign"
            + " AND i.state = :active AND i.overChatTimeLimitAt IS NOT NULL")
public class Interaction extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  /**
   * Ids of the interactions in one of the {@code :ended} states whose end is before {@code
   * :before}: what retention purges, a batch at a time.
   */
  public static final String ENDED_BEFORE = "Interaction.endedBefore";

  /** Deletes the interactions with the ids {@code :ids}. */
  public static final String DELETE_BY_IDS = "Interaction.deleteByIds";

  /** Interactions in the given states ({@code :states}), oldest first. */
  public static final String FIND_IN_STATES = "Interaction.findInStates";

  /**
   * {@code [campaignId, queuedAt, offeredAt, answeredAt, endedAt, state]} of the interactions of
   * the campaigns of {@code :groups} with any time at or after {@code :since}, or still {@code
   * :queued}: what the dashboard's figures and chart are computed from.
   */
  public static final String DAY_TIMES_IN_GROUPS = "Interaction.dayTimesInGroups";

  /**
   * {@code [campaignId, count]} of the {@code :active} interactions over their chat time limit, in
   * the campaigns of {@code :groups}.
   */
  public static final String CHATS_OVER_LIMIT_IN_GROUPS = "Interaction.chatsOverLimitInGroups";

  /** The {@code :queued} interactions of campaign {@code :campaign} (an id), oldest first. */
  public static final String WAITING_IN_CAMPAIGN = "Interaction.waitingInCampaign";

  /** How many interactions campaign {@code :campaign} (an entity) has in its history. */
  public static final String COUNT_OF_CAMPAIGN = "Interaction.countOfCampaign";

  /** How many interactions agent {@code :agent} (an entity) has held. */
  public static final String COUNT_OF_AGENT = "Interaction.countOfAgent";

  /**
   * {@code [queuedAt, offeredAt, answeredAt, endedAt, state]} of the interactions of campaign
   * {@code :campaign} (an entity) with any time at or after {@code :day}: what one campaign's
   * statistics of the day are computed from.
   */
  public static final String DAY_TIMES_OF_CAMPAIGN = "Interaction.dayTimesOfCampaign";

  /**
   * How many {@code :active} interactions of campaign {@code :campaign} (an entity) are over their
   * chat time limit.
   */
  public static final String COUNT_CHATS_OVER_LIMIT_OF_CAMPAIGN =
      "Interaction.countChatsOverLimitOfCampaign";

  public static final int MIN_PRIORITY = 0;
  public static final int MAX_PRIORITY = 9;

  @NotNull(message = "{omniroute.campaign.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @NotNull
  @Column(name = "media_type", nullable = false, length = 32)
  private String mediaType;

  @NotBlank(message = "{omniroute.customer.required}")
  @Size(max = 255, message = "{omniroute.customer.size}")
  @Column(nullable = false, length = 255)
  private String customer;

  @Size(max = 500, message = "{omniroute.subject.size}")
  @Column(length = 500)
  private String subject;

  @Min(value = MIN_PRIORITY, message = "{omniroute.priority.range}")
  @Max(value = MAX_PRIORITY, message = "{omniroute.priority.range}")
  @Column(nullable = false)
  private int priority;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InteractionState state = InteractionState.QUEUED;

  @ManyToOne
  @JoinColumn(name = "agent_id")
  private Agent agent;

  /** Offered by override: the agent cannot reject it. */
  @Column(nullable = false)
  private boolean forced;

  /** Put on hold by an override offer; resumes when that ends. */
  @Column(name = "on_hold", nullable = false)
  private boolean onHold;

  @Size(max = 500)
  @Column(length = 500)
  private String reason;

  @NotNull
  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** When the agent finished and wrap-up began. */
  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** When it passed its campaign's chat time limit while active; null if it has not. */
  @Column(name = "over_chat_time_limit_at")
  private Instant overChatTimeLimitAt;

  protected Interaction() {}

  public Interaction(Campaign campaign, String customer, Instant queuedAt) {
    this.campaign = campaign;
    this.mediaType = campaign.getMediaType().getCode();
    this.customer = customer;
    this.queuedAt = queuedAt;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getCustomer() {
    return customer;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  /** 0 (default) to 9; a higher priority is served before a lower one of the same precedence. */
  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }

  public InteractionState getState() {
    return state;
  }

  public void setState(InteractionState state) {
    this.state = state;
  }

  public Agent getAgent() {
    return agent;
  }

  public void setAgent(Agent agent) {
    this.agent = agent;
  }

  public boolean isForced() {
    return forced;
  }

  public void setForced(boolean forced) {
    this.forced = forced;
  }

  public boolean isOnHold() {
    return onHold;
  }

  public void setOnHold(boolean onHold) {
    this.onHold = onHold;
  }

  /** Why it was refused at the door or left the queue; why its agent was chosen when offered. */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Instant getQueuedAt() {
    return queuedAt;
  }

  public Instant getOfferedAt() {
    return offeredAt;
  }

  public void setOfferedAt(Instant offeredAt) {
    this.offeredAt = offeredAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public void setAnsweredAt(Instant answeredAt) {
    this.answeredAt = answeredAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(Instant endedAt) {
    this.endedAt = endedAt;
  }

  public Instant getOverChatTimeLimitAt() {
    return overChatTimeLimitAt;
  }

  public void setOverChatTimeLimitAt(Instant overChatTimeLimitAt) {
    this.overChatTimeLimitAt = overChatTimeLimitAt;
  }
}
