package com.omniroute.stats.boundary;

import com.omniroute.stats.control.DayChart;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the supervisor dashboard shows at one instant: the campaigns the caller sees, and the chart
 * of the chosen campaign (or of all of them together) over its day.
 *
 * @param chartZone the time zone the chart's day and bucket times are read in
 */
public record LiveOverview(
    Instant at, List<CampaignLive> campaigns, String chartZone, List<DayChart.Point> chart)
    implements Serializable {

  public LiveOverview {
    campaigns = List.copyOf(campaigns);
    chart = List.copyOf(chart);
  }
}
