package com.omniroute.campaign.entity;

/**
 * The settings a new campaign starts with, written once: the entity, the routing core's {@code
 * CampaignSettings.of} and the console's new-campaign form read them from here. {@code
 * docs/openapi.yaml} cannot refer to Java, so {@code OpenApiDocumentTest} checks its {@code
 * default:} values against these.
 */
public final class CampaignDefaults {

  public static final boolean ENABLED = true;
  public static final int SERVICE_LEVEL_SECONDS = 20;

  /** {@code 0}: never dropped out. */
  public static final int DROPOUT_SECONDS = 0;

  /** {@code 0}: no chat time limit. */
  public static final int CHAT_TIME_LIMIT_SECONDS = 0;

  /** {@code 0}: no limit on the number waiting. */
  public static final int ACD_LIMIT = 0;

  public static final int MAX_INTERACTIONS_PER_AGENT = 4;

  /** Empty: always open. */
  public static final String SCHEDULE = "";

  public static final String TIME_ZONE = "UTC";
  public static final int OFFER_TIMEOUT_SECONDS = 20;
  public static final int WRAP_UP_SECONDS = 10;

  private CampaignDefaults() {}
}
