package com.omniroute.campaign.entity;

import com.omniroute.common.entity.AbstractEntity;
import com.omniroute.common.validation.TimeZoneId;
import com.omniroute.media.entity.MediaType;
import com.omniroute.security.entity.SecurityGroup;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A queue of one channel with its limits: where interactions arrive and which members serve them.
 *
 * <p>Seconds of {@code 0} switch a limit off: no dropout, no chat time limit, no offer timeout. An
 * {@link #getAcdLimit() ACD limit} of {@code 0} means no limit on the number waiting. A disabled
 * campaign keeps its configuration, members and history; it only refuses new interactions.
 */
@Entity
@Table(
    name = "campaign",
    uniqueConstraints = @UniqueConstraint(columnNames = {"security_group_id", "name"}))
@NamedQuery(
    name = Campaign.FIND_IN_GROUPS,
    query = "SELECT c FROM Campaign c WHERE c.securityGroup.id IN :groups ORDER BY c.name, c.id")
@NamedQuery(name = Campaign.FIND_ALL, query = "SELECT c FROM Campaign c ORDER BY c.id")
@NamedQuery(
    name = Campaign.COUNT_BEFORE_BY_NAME,
    query =
        "SELECT COUNT(c) FROM Campaign c WHERE c.securityGroup.id IN :groups"
            + " AND (c.name < :name OR (c.name = :name AND c.id < :id))")
@NamedQuery(
    name = Campaign.COUNT_PER_GROUP,
    query =
        "SELECT c.securityGroup.id, COUNT(c) FROM Campaign c WHERE c.securityGroup.id IN :groups"
            + " GROUP BY c.securityGroup.id")
@NamedQuery(name = Campaign.FIND_BY_IDS, query = "SELECT c FROM Campaign c WHERE c.id IN :ids")
@NamedQuery(
    name = Campaign.GROUPS_OF,
    query = "SELECT c.id, c.securityGroup.id FROM Campaign c WHERE c.id IN :ids")
@NamedQuery(
    name = Campaign.COUNT_NAMED_IN_GROUP,
    query =
        "SELECT COUNT(c) FROM Campaign c WHERE c.securityGroup = :group AND c.name = :name"
            + " AND (:id IS NULL OR c.id <> :id)")
public class Campaign extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  /** The campaigns of the given security group ids ({@code :groups}), by name. */
  public static final String FIND_IN_GROUPS = "Campaign.findInGroups";

  /**
   * How many campaigns of {@code :groups} come before the one named {@code :name} with id {@code
   * :id} in the order of {@link #FIND_IN_GROUPS} (by name, then id): its position in that list.
   */
  public static final String COUNT_BEFORE_BY_NAME = "Campaign.countBeforeByName";

  /** Every campaign, for the routing engine's own start-up load only. */
  public static final String FIND_ALL = "Campaign.findAll";

  /** {@code [security group id, number of campaigns]} for each of the groups {@code :groups}. */
  public static final String COUNT_PER_GROUP = "Campaign.countPerGroup";

  /**
   * How many campaigns of security group {@code :group} (an entity) are named {@code :name}, other
   * than the one with id {@code :id} (null for a new campaign): a name must be unique in its group.
   */
  public static final String COUNT_NAMED_IN_GROUP = "Campaign.countNamedInGroup";

  /*
   * The campaign list of the console, in parts, because its filters and order vary: LISTING_ROWS
   * or LISTING_COUNT, then LISTING_FROM, then the filters given, then an ORDER BY. Parameters:
   * :groups (security group ids), :name and :group (lower-case LIKE patterns, escape '!'),
   * :mediaType (a code) and :open (ids of open campaigns, never empty).
   */

  /** {@code [id, name, mediaType, securityGroupName, enabled, serviceLevelSeconds, acdLimit]}. */
  public static final String LISTING_ROWS =
      "SELECT c.id, c.name, c.mediaType.code, g.name, c.enabled, c.serviceLevelSeconds,"
          + " c.acdLimit, c.schedule, c.timeZone";

  public static final String LISTING_COUNT = "SELECT COUNT(c)";

  public static final String LISTING_FROM =
      " FROM Campaign c JOIN c.securityGroup g WHERE g.id IN :groups"
          + " AND LOWER(c.name) LIKE :name ESCAPE '!' AND LOWER(g.name) LIKE :group ESCAPE '!'";

  public static final String LISTING_OF_MEDIA_TYPE = " AND c.mediaType.code = :mediaType";

  public static final String LISTING_WITH_IDS = " AND c.id IN :ids";

  public static final String LISTING_OPEN = " AND c.id IN :open";

  public static final String LISTING_CLOSED = " AND c.id NOT IN :open";

  /** The campaigns with the given ids ({@code :ids}), in no order. */
  public static final String FIND_BY_IDS = "Campaign.findByIds";

  /**
   * {@code [id, securityGroupId]} of the campaigns with the given ids, to check who may see them.
   */
  public static final String GROUPS_OF = "Campaign.groupsOf";

  @NotBlank(message = "{omniroute.name.required}")
  @Size(max = 100, message = "{omniroute.name.size}")
  @Column(nullable = false, length = 100)
  private String name;

  @NotNull(message = "{omniroute.mediaType.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "media_type", nullable = false)
  private MediaType mediaType;

  @NotNull(message = "{omniroute.securityGroup.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "security_group_id", nullable = false)
  private SecurityGroup securityGroup;

  @Column(nullable = false)
  private boolean enabled = CampaignDefaults.ENABLED;

  @PositiveOrZero(message = "{omniroute.seconds.notNegative}")
  @Column(name = "service_level_seconds", nullable = false)
  private int serviceLevelSeconds = CampaignDefaults.SERVICE_LEVEL_SECONDS;

  @PositiveOrZero(message = "{omniroute.seconds.notNegative}")
  @Column(name = "dropout_seconds", nullable = false)
  private int dropoutSeconds = CampaignDefaults.DROPOUT_SECONDS;

  @PositiveOrZero(message = "{omniroute.seconds.notNegative}")
  @Column(name = "chat_time_limit_seconds", nullable = false)
  private int chatTimeLimitSeconds = CampaignDefaults.CHAT_TIME_LIMIT_SECONDS;

  @PositiveOrZero(message = "{omniroute.acdLimit.notNegative}")
  @Column(name = "acd_limit", nullable = false)
  private int acdLimit = CampaignDefaults.ACD_LIMIT;

  @Min(value = 1, message = "{omniroute.maxInteractionsPerAgent.range}")
  @Max(value = 100, message = "{omniroute.maxInteractionsPerAgent.range}")
  @Column(name = "max_interactions_per_agent", nullable = false)
  private int maxInteractionsPerAgent = CampaignDefaults.MAX_INTERACTIONS_PER_AGENT;

  @NotNull
  @Size(max = 1000, message = "{omniroute.schedule.size}")
  @Column(nullable = false, length = 1000)
  private String schedule = CampaignDefaults.SCHEDULE;

  @NotNull(message = "{omniroute.timeZone.required}")
  @TimeZoneId
  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone = CampaignDefaults.TIME_ZONE;

  @PositiveOrZero(message = "{omniroute.seconds.notNegative}")
  @Column(name = "offer_timeout_seconds", nullable = false)
  private int offerTimeoutSeconds = CampaignDefaults.OFFER_TIMEOUT_SECONDS;

  @PositiveOrZero(message = "{omniroute.seconds.notNegative}")
  @Column(name = "wrap_up_seconds", nullable = false)
  private int wrapUpSeconds = CampaignDefaults.WRAP_UP_SECONDS;

  @Version private int version;

  protected Campaign() {}

  public Campaign(String name, MediaType mediaType, SecurityGroup securityGroup) {
    this.name = name;
    this.mediaType = mediaType;
    this.securityGroup = securityGroup;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public MediaType getMediaType() {
    return mediaType;
  }

  public void setMediaType(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  public SecurityGroup getSecurityGroup() {
    return securityGroup;
  }

  public void setSecurityGroup(SecurityGroup securityGroup) {
    this.securityGroup = securityGroup;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getServiceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public void setServiceLevelSeconds(int serviceLevelSeconds) {
    this.serviceLevelSeconds = serviceLevelSeconds;
  }

  public int getDropoutSeconds() {
    return dropoutSeconds;
  }

  public void setDropoutSeconds(int dropoutSeconds) {
    this.dropoutSeconds = dropoutSeconds;
  }

  public int getChatTimeLimitSeconds() {
    return chatTimeLimitSeconds;
  }

  public void setChatTimeLimitSeconds(int chatTimeLimitSeconds) {
    this.chatTimeLimitSeconds = chatTimeLimitSeconds;
  }

  public int getAcdLimit() {
    return acdLimit;
  }

  public void setAcdLimit(int acdLimit) {
    this.acdLimit = acdLimit;
  }

  public int getMaxInteractionsPerAgent() {
    return maxInteractionsPerAgent;
  }

  public void setMaxInteractionsPerAgent(int maxInteractionsPerAgent) {
    this.maxInteractionsPerAgent = maxInteractionsPerAgent;
  }

  /** The schedule text of docs/design.md section 5; empty means always open. */
  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public int getOfferTimeoutSeconds() {
    return offerTimeoutSeconds;
  }

  public void setOfferTimeoutSeconds(int offerTimeoutSeconds) {
    this.offerTimeoutSeconds = offerTimeoutSeconds;
  }

  public int getWrapUpSeconds() {
    return wrapUpSeconds;
  }

  public void setWrapUpSeconds(int wrapUpSeconds) {
    this.wrapUpSeconds = wrapUpSeconds;
  }

  public int getVersion() {
    return version;
  }
}
