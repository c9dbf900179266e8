package com.omniroute.campaign.control;

/**
 * What the campaign list sorts by. Each value is a fixed JPQL path of the listing query ({@code c}
 * the campaign, {@code g} its security group), never text from a request, and name and id break
 * ties so that paging is stable. {@link #OPEN} is no column: whether a campaign is open now is the
 * routing engine's, so the service lists the closed and the open campaigns as two slices.
 */
public enum CampaignSort {
  NAME("c.name"),
  CHANNEL("c.mediaType.code"),
  SECURITY_GROUP("g.name"),
  ENABLED("c.enabled"),
  OPEN(null),
  SERVICE_LEVEL("c.serviceLevelSeconds"),
  ACD_LIMIT("c.acdLimit");

  private final String path;

  CampaignSort(String path) {
    this.path = path;
  }

  /** The ORDER BY clause; for {@link #OPEN}, the order inside each slice (by name). */
  public String orderBy(boolean descending) {
    String direction = descending ? " DESC" : "";
    if (this == NAME || this == OPEN) {
      return " ORDER BY c.name" + (this == NAME ? direction : "") + ", c.id";
    }
    return " ORDER BY " + path + direction + ", c.name, c.id";
  }
}
