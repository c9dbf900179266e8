package com.omniroute.campaign.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the campaign list: what the list shows of a campaign, with whether it is open now
 * and, when closed, when its schedule next opens it ({@code null}: never).
 */
public record CampaignListing(
    long id,
    String name,
    String mediaType,
    String securityGroup,
    boolean enabled,
    int serviceLevelSeconds,
    int acdLimit,
    boolean open,
    Instant nextOpening,
    String timeZone)
    implements Serializable {}
