package com.omniroute.campaign.boundary;

/**
 * What an administrator sends to create or change a campaign. On creation a null field takes the
 * default of a new campaign; on a change a null field keeps its current value.
 */
public record CampaignInput(
    String name,
    String mediaType,
    Long securityGroupId,
    Boolean enabled,
    Integer serviceLevelSeconds,
    Integer dropoutSeconds,
    Integer chatTimeLimitSeconds,
    Integer acdLimit,
    Integer maxInteractionsPerAgent,
    String schedule,
    String timeZone,
    Integer offerTimeoutSeconds,
    Integer wrapUpSeconds) {}
