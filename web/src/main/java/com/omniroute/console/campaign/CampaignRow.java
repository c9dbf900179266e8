package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignListing;
import com.omniroute.console.layout.Texts;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One line of a campaign list, with the open/closed indicator already in the view's language. A
 * class with getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record
 * components.
 */
public final class CampaignRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String channel;
  private final String securityGroup;
  private final boolean enabled;
  private final boolean open;
  private final String status;
  private final int serviceLevelSeconds;
  private final int acdLimit;

  private CampaignRow(CampaignListing campaign, String status) {
    this.id = campaign.id();
    this.name = campaign.name();
    this.channel = campaign.mediaType();
    this.securityGroup = campaign.securityGroup();
    this.enabled = campaign.enabled();
    this.open = campaign.open();
    this.status = status;
    this.serviceLevelSeconds = campaign.serviceLevelSeconds();
    this.acdLimit = campaign.acdLimit();
  }

  /**
   * The row, saying "Open now", "Disabled" (whatever its schedule says), or when it next opens in
   * the campaign's own time zone.
   */
  public static CampaignRow of(CampaignListing campaign, Texts texts, Locale locale) {
    String status =
        campaign.enabled()
            ? OutlookText.of(
                texts,
                campaign.open(),
                campaign.nextOpening(),
                ZoneId.of(campaign.timeZone()),
                locale)
            : texts.text("campaigns.disabledNow");
    return new CampaignRow(campaign, status);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getChannel() {
    return channel;
  }

  public String getSecurityGroup() {
    return securityGroup;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isOpen() {
    return open;
  }

  public String getStatus() {
    return status;
  }

  public int getServiceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public int getAcdLimit() {
    return acdLimit;
  }
}
