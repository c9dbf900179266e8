package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignInput;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.campaign.entity.CampaignDefaults;
import java.io.Serializable;

/**
 * What the campaign form holds between requests: every field of {@code admin/campaigns/edit.xhtml}
 * ({@code #{editCampaignBacking.form.name}}, ...), with a new campaign's defaults, filled from a
 * stored campaign and read as the service's {@link CampaignInput}. The service decides what is
 * valid; this only carries what was typed.
 */
public class CampaignForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String mediaType;
  private Long securityGroupId;
  private boolean enabled = CampaignDefaults.ENABLED;
  private Integer serviceLevelSeconds = CampaignDefaults.SERVICE_LEVEL_SECONDS;
  private Integer dropoutSeconds = CampaignDefaults.DROPOUT_SECONDS;
  private Integer chatTimeLimitSeconds = CampaignDefaults.CHAT_TIME_LIMIT_SECONDS;
  private Integer acdLimit = CampaignDefaults.ACD_LIMIT;
  private Integer maxInteractionsPerAgent = CampaignDefaults.MAX_INTERACTIONS_PER_AGENT;
  private String schedule = CampaignDefaults.SCHEDULE;
  private String timeZone = CampaignDefaults.TIME_ZONE;

  /** The zone as saved, which the picker keeps among its choices even if it is an alias. */
  private String savedTimeZone;

  private Integer offerTimeoutSeconds = CampaignDefaults.OFFER_TIMEOUT_SECONDS;
  private Integer wrapUpSeconds = CampaignDefaults.WRAP_UP_SECONDS;

  /** The fields as the stored campaign has them. */
  void show(Campaign campaign) {
    name = campaign.getName();
    mediaType = campaign.getMediaType().getCode();
    securityGroupId = campaign.getSecurityGroup().getId();
    enabled = campaign.isEnabled();
    serviceLevelSeconds = campaign.getServiceLevelSeconds();
    dropoutSeconds = campaign.getDropoutSeconds();
    chatTimeLimitSeconds = campaign.getChatTimeLimitSeconds();
    acdLimit = campaign.getAcdLimit();
    maxInteractionsPerAgent = campaign.getMaxInteractionsPerAgent();
    schedule = campaign.getSchedule();
    timeZone = campaign.getTimeZone();
    savedTimeZone = timeZone;
    offerTimeoutSeconds = campaign.getOfferTimeoutSeconds();
    wrapUpSeconds = campaign.getWrapUpSeconds();
  }

  /** The fields as typed, for the service to create or update the campaign with. */
  CampaignInput input() {
    return new CampaignInput(
        name,
        mediaType,
        securityGroupId,
        enabled,
        serviceLevelSeconds,
        dropoutSeconds,
        chatTimeLimitSeconds,
        acdLimit,
        maxInteractionsPerAgent,
        schedule == null ? "" : schedule,
        timeZone,
        offerTimeoutSeconds,
        wrapUpSeconds);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public void setMediaType(String mediaType) {
    this.mediaType = mediaType;
  }

  public Long getSecurityGroupId() {
    return securityGroupId;
  }

  public void setSecurityGroupId(Long securityGroupId) {
    this.securityGroupId = securityGroupId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Integer getServiceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public void setServiceLevelSeconds(Integer serviceLevelSeconds) {
    this.serviceLevelSeconds = serviceLevelSeconds;
  }

  public Integer getDropoutSeconds() {
    return dropoutSeconds;
  }

  public void setDropoutSeconds(Integer dropoutSeconds) {
    this.dropoutSeconds = dropoutSeconds;
  }

  public Integer getChatTimeLimitSeconds() {
    return chatTimeLimitSeconds;
  }

  public void setChatTimeLimitSeconds(Integer chatTimeLimitSeconds) {
    this.chatTimeLimitSeconds = chatTimeLimitSeconds;
  }

  public Integer getAcdLimit() {
    return acdLimit;
  }

  public void setAcdLimit(Integer acdLimit) {
    this.acdLimit = acdLimit;
  }

  public Integer getMaxInteractionsPerAgent() {
    return maxInteractionsPerAgent;
  }

  public void setMaxInteractionsPerAgent(Integer maxInteractionsPerAgent) {
    this.maxInteractionsPerAgent = maxInteractionsPerAgent;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getSavedTimeZone() {
    return savedTimeZone;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getOfferTimeoutSeconds() {
    return offerTimeoutSeconds;
  }

  public void setOfferTimeoutSeconds(Integer offerTimeoutSeconds) {
    this.offerTimeoutSeconds = offerTimeoutSeconds;
  }

  public Integer getWrapUpSeconds() {
    return wrapUpSeconds;
  }

  public void setWrapUpSeconds(Integer wrapUpSeconds) {
    this.wrapUpSeconds = wrapUpSeconds;
  }
}
