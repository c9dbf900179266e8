package com.omniroute.console.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import software.xdev.chartjs.model.dataset.LineDataset;

/**
 * A line drawn against a y axis of its own. XDEV's line dataset has no {@code yAxisID} (its bar and
 * bubble datasets have), and the dashboard's and the reports' charts need two axes: percent and a
 * count.
 */
public class AxisLineDataset extends LineDataset {

  @JsonProperty("yAxisID")
  private String yAxisId;

  @JsonProperty("yAxisID")
  public String getYAxisId() {
    return yAxisId;
  }

  public AxisLineDataset onAxis(String axisId) {
    this.yAxisId = axisId;
    return this;
  }
}
