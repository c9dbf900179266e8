package com.omniroute.campaign.boundary;

import java.io.Serializable;

/**
 * What the campaign list is narrowed to; {@code null} (or blank) leaves a part out.
 *
 * @param name part of the name, in any case
 * @param mediaType one media type code, exactly
 * @param securityGroup part of the security group's name, in any case
 * @param open only the campaigns open now ({@code true}) or closed now ({@code false})
 */
public record CampaignFilter(String name, String mediaType, String securityGroup, Boolean open)
    implements Serializable {

  public static final CampaignFilter NONE = new CampaignFilter(null, null, null, null);
}
