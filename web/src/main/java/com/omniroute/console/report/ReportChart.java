package com.omniroute.console.report;

import com.omniroute.console.layout.Texts;
import com.omniroute.console.live.AxisLineDataset;
import com.omniroute.report.boundary.AgentReportRow;
import com.omniroute.report.boundary.CampaignReportRow;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The Reports page's chart as a Chart.js configuration: one point per interval, the rows of an
 * interval added up, counts and minutes on the left axis and percentages (service level, occupancy;
 * only for one campaign or agent, where they are that one's) on the right.
 */
final class ReportChart {

  private static final String COUNT = "count";
  private static final String PERCENT = "percent";

  private final Texts texts;
  private final DateTimeFormatter label;
  private final LineData data = new LineData();

  private ReportChart(Texts texts, boolean byDay) {
    this.texts = texts;
    this.label = DateTimeFormatter.ofPattern(byDay ? "yyyy-MM-dd" : "MM-dd HH:mm");
  }

  /** Offered, answered and abandoned; the service level when the rows are of one campaign. */
  static String campaigns(
      Texts texts,
      List<CampaignReportRow> rows,
      boolean byDay,
      boolean oneCampaign,
      String timeZone) {
    ReportChart chart = new ReportChart(texts, byDay);
    Map<LocalDateTime, List<CampaignReportRow>> byStart =
        chart.intervals(rows, CampaignReportRow::intervalStart);
    chart.line("reports.chart.offered", "rgb(60, 110, 180)", COUNT, byStart, r -> r.offered());
    chart.line("reports.chart.answered", "rgb(40, 140, 90)", COUNT, byStart, r -> r.answered());
    chart.line("reports.chart.abandoned", "rgb(200, 90, 40)", COUNT, byStart, r -> r.abandoned());
    if (oneCampaign) {
      chart.line(
          "reports.chart.serviceLevel",
          "rgb(120, 70, 160)",
          PERCENT,
          byStart,
          r -> r.serviceLevelPercent() == null ? Double.NaN : r.serviceLevelPercent());
    }
    return chart.json("reports.chart.campaignsTitle", timeZone);
  }

  /** Handling, ready and not-ready minutes; the occupancy when the rows are of one agent. */
  static String agents(
      Texts texts, List<AgentReportRow> rows, boolean byDay, boolean oneAgent, String timeZone) {
    ReportChart chart = new ReportChart(texts, byDay);
    Map<LocalDateTime, List<AgentReportRow>> byStart =
        chart.intervals(rows, AgentReportRow::intervalStart);
    chart.line(
        "reports.chart.handleMinutes",
        "rgb(40, 140, 90)",
        COUNT,
        byStart,
        r -> r.handleSeconds() / 60);
    chart.line(
        "reports.chart.readyMinutes",
        "rgb(60, 110, 180)",
        COUNT,
        byStart,
        r -> r.readySeconds() / 60);
    chart.line(
        "reports.chart.notReadyMinutes",
        "rgb(200, 90, 40)",
        COUNT,
        byStart,
        r -> r.notReadySeconds().values().stream().mapToDouble(Double::doubleValue).sum() / 60);
    if (oneAgent) {
      chart.line(
          "reports.chart.occupancy",
          "rgb(120, 70, 160)",
          PERCENT,
          byStart,
          r -> r.occupancyPercent() == null ? Double.NaN : r.occupancyPercent());
    }
    return chart.json("reports.chart.agentsTitle", timeZone);
  }

  /* The rows by their interval's start, in time order; each start is a label of the x axis. */
  private <R> Map<LocalDateTime, List<R>> intervals(
      List<R> rows, Function<R, OffsetDateTime> start) {
    Map<LocalDateTime, List<R>> byStart = new TreeMap<>();
    rows.forEach(
        r ->
            byStart
                .computeIfAbsent(start.apply(r).toLocalDateTime(), k -> new ArrayList<>())
                .add(r));
    byStart.keySet().forEach(k -> data.addLabel(label.format(k)));
    return byStart;
  }

  /* One line: the rows of each interval added up (a single row's value for percentages). */
  private <R> void line(
      String labelKey,
      String colour,
      String axis,
      Map<LocalDateTime, List<R>> byStart,
      ToDoubleFunction<R> value) {
    List<Object> points =
        byStart.values().stream()
            .map(
                rows -> {
                  double sum = rows.stream().mapToDouble(value).sum();
                  return (Object) (Double.isNaN(sum) ? null : Math.round(sum * 10) / 10.0);
                })
            .toList();
    data.addDataset(
        (AxisLineDataset)
            new AxisLineDataset()
                .onAxis(axis)
                .setLabel(texts.text(labelKey))
                .setBorderColor(colour)
                .setBackgroundColor(colour.replace("rgb", "rgba").replace(")", ", 0.2)"))
                .setSpanGaps(true)
                .setDataUnchecked(points));
  }

  private String json(String titleKey, String timeZone) {
    LineOptions options =
        new LineOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setPlugins(
                new Plugins()
                    .setTitle(new Title().setDisplay(true).setText(texts.text(titleKey, timeZone))))
            .setScales(
                new Scales()
                    .addScale(
                        COUNT, new LinearScaleOptions().setPosition("left").setBeginAtZero(true))
                    .addScale(
                        PERCENT,
                        new LinearScaleOptions().setPosition("right").setMin(0).setMax(100)));
    return new LineChart(data, options).toJson();
  }
}
