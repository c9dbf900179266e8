package com.omniroute.routing.control;

import com.omniroute.campaign.entity.CampaignDefaults;

/**
 * What the routing core needs to know about a campaign. Seconds of {@code 0} switch a limit off; an
 * {@code acdLimit} of {@code 0} means no limit on the number waiting.
 *
 * @param open whether the schedule currently accepts arrivals (the EJB computes it from the
 *     schedule and time zone; the core only reacts to it)
 * @param chatTimeLimitSeconds only shown in the live view, never acted on
 * @param serviceLevelSeconds only carried for the statistics, never acted on
 */
public record CampaignSettings(
    long id,
    String name,
    String mediaType,
    boolean enabled,
    boolean open,
    int acdLimit,
    int maxInteractionsPerAgent,
    int offerTimeoutSeconds,
    int wrapUpSeconds,
    int dropoutSeconds,
    int serviceLevelSeconds,
    int chatTimeLimitSeconds) {

  public CampaignSettings {
    if (name == null || name.isBlank()) {
      throw RoutingException.validation("campaign " + id + " needs a name");
    }
    if (mediaType == null || mediaType.isBlank()) {
      throw RoutingException.validation("campaign " + name + " needs a media type");
    }
    requireNotNegative(name, "acdLimit", acdLimit);
    if (maxInteractionsPerAgent < 1) {
      throw RoutingException.validation(
          "maxInteractionsPerAgent of "
              + name
              + " must be at least 1, was "
              + maxInteractionsPerAgent);
    }
    requireNotNegative(name, "offerTimeoutSeconds", offerTimeoutSeconds);
    requireNotNegative(name, "wrapUpSeconds", wrapUpSeconds);
    requireNotNegative(name, "dropoutSeconds", dropoutSeconds);
    requireNotNegative(name, "serviceLevelSeconds", serviceLevelSeconds);
    requireNotNegative(name, "chatTimeLimitSeconds", chatTimeLimitSeconds);
  }

  /** A campaign with the defaults of a new campaign ({@link CampaignDefaults}), open. */
  public static CampaignSettings of(long id, String name, String mediaType) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        CampaignDefaults.ENABLED,
        true,
        CampaignDefaults.ACD_LIMIT,
        CampaignDefaults.MAX_INTERACTIONS_PER_AGENT,
        CampaignDefaults.OFFER_TIMEOUT_SECONDS,
        CampaignDefaults.WRAP_UP_SECONDS,
        CampaignDefaults.DROPOUT_SECONDS,
        CampaignDefaults.SERVICE_LEVEL_SECONDS,
        CampaignDefaults.CHAT_TIME_LIMIT_SECONDS);
  }

  public CampaignSettings withEnabled(boolean value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        value,
        open,
        acdLimit,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withOpen(boolean value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        value,
        acdLimit,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withAcdLimit(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        value,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withMaxInteractionsPerAgent(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        acdLimit,
        value,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withOfferTimeoutSeconds(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        acdLimit,
        maxInteractionsPerAgent,
        value,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withWrapUpSeconds(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        acdLimit,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        value,
        dropoutSeconds,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withDropoutSeconds(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        acdLimit,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        wrapUpSeconds,
        value,
        serviceLevelSeconds,
        chatTimeLimitSeconds);
  }

  public CampaignSettings withChatTimeLimitSeconds(int value) {
    return new CampaignSettings(
        id,
        name,
        mediaType,
        enabled,
        open,
        acdLimit,
        maxInteractionsPerAgent,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dropoutSeconds,
        serviceLevelSeconds,
        value);
  }

  private static void requireNotNegative(String campaign, String field, int value) {
    if (value < 0) {
      throw RoutingException.validation(
          field + " of " + campaign + " must not be negative, was " + value);
    }
  }
}
