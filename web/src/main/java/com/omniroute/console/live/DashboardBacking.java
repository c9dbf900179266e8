package com.omniroute.console.live;

import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.control.Explanation;
import com.omniroute.stats.boundary.CampaignLive;
import com.omniroute.stats.boundary.LiveOverview;
import com.omniroute.stats.boundary.LiveService;
import com.omniroute.stats.boundary.WaitingInteraction;
import com.omniroute.stats.control.CampaignDay;
import com.omniroute.stats.control.DayChart;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * Backs {@code live/dashboard.xhtml}: the campaigns of the user's security groups with their live
 * figures, the chart of the chosen campaign (or all), and the waiting interactions of one campaign
 * with why each still waits. The server's push ({@link DashboardTicker}) calls {@link #refresh}
 * through the page every two seconds; what the user chose (the charted campaign, the open waiting
 * list) lives here and survives every refresh.
 *
 * <p>Campaigns that need a supervisor come first and are highlighted: those with interactions
 * waiting, and those whose service level today is below {@link #SERVICE_LEVEL_GOAL_PERCENT}; the
 * others follow by name. A totals row sums the counts, takes the longest of the longest waits and
 * computes the service level from the summed counts (never an average of percentages).
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter BUCKET_TIME = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * Below this service level a campaign is shown as missing it: the 80 % of the common "80/20"
   * goal, as campaigns have no goal of their own yet.
   */
  public static final double SERVICE_LEVEL_GOAL_PERCENT = 80;

  /** Those needing attention first, then by name (the service's order) */
  private static final Comparator<CampaignLive> ATTENTION_FIRST =
      Comparator.comparing((CampaignLive c) -> !needsAttention(c));

  @Inject private LiveService live;

  @Inject private Texts texts;

  private Long chartCampaignId;
  private LiveOverview overview;
  private Long waitingCampaignId;
  private String waitingCampaignName;
  private List<WaitingInteraction> waiting = List.of();

  @PostConstruct
  void load() {
    overview = live.overview(null);
  }

  /** The push's refresh: new figures and chart, and the waiting list if it is open. */
  public void refresh() {
    try {
      overview = live.overview(chartCampaignId);
    } catch (ServiceException e) {
      // The charted campaign was deleted or left the user's groups: chart all of them instead.
      chartCampaignId = null;
      overview = live.overview(null);
    }
    if (waitingCampaignId != null) {
      loadWaiting();
    }
  }

  /** The user chose another campaign to chart. */
  public void chartCampaignChanged() {
    refresh();
  }

  /** Opens the waiting interactions of a campaign, with the core's explanation of each. */
  public void showWaiting(long campaignId) {
    waitingCampaignId = campaignId;
    waitingCampaignName =
        overview.campaigns().stream()
            .filter(c -> c.id() == campaignId)
            .map(CampaignLive::name)
            .findFirst()
            .orElse("");
    loadWaiting();
  }

  /** The waiting list's dialog was closed: stop refreshing it. */
  public void closeWaiting() {
    waitingCampaignId = null;
    waiting = List.of();
  }

  private void loadWaiting() {
    try {
      waiting = live.waiting(waitingCampaignId);
    } catch (ServiceException e) {
      closeWaiting();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN, texts.text("dashboard.waitingGone"), null));
    }
  }

  /** The table's rows: those needing attention first, then by name. */
  public List<CampaignLive> getCampaigns() {
    return overview.campaigns().stream().sorted(ATTENTION_FIRST).toList();
  }

  /** The campaigns by name, for the chart's chooser: its order does not move with the figures. */
  public List<CampaignLive> getCampaignsByName() {
    return overview.campaigns();
  }

  /** Interactions wait, or the day's service level is below the goal. */
  public static boolean needsAttention(CampaignLive campaign) {
    return campaign.waiting() > 0 || missesServiceLevel(campaign);
  }

  public static boolean missesServiceLevel(CampaignLive campaign) {
    return campaign.serviceLevelPercent() != null
        && campaign.serviceLevelPercent() < SERVICE_LEVEL_GOAL_PERCENT;
  }

  /** The row's style: highlighted when the campaign needs attention. */
  public String rowClass(CampaignLive campaign) {
    return needsAttention(campaign) ? "dashboard-attention" : "";
  }

  /** The service level cell's style: marked when below the goal. */
  public String serviceLevelClass(CampaignLive campaign) {
    return missesServiceLevel(campaign) ? "dashboard-sl-missed" : "";
  }

  /**
   * The totals row of every campaign shown: sums, the longest of the longest waits, and the service
   * level of the summed counts. Members in several campaigns count in each of them.
   */
  public CampaignLive getTotals() {
    return totals(overview.campaigns(), texts.text("dashboard.total"));
  }

  static CampaignLive totals(List<CampaignLive> all, String name) {
    long answeredInTime = all.stream().mapToLong(CampaignLive::serviceLevelAnswered).sum();
    long measured = all.stream().mapToLong(CampaignLive::serviceLevelMeasured).sum();
    return new CampaignLive(
        0,
        name,
        "",
        "",
        true,
        all.stream().anyMatch(CampaignLive::open),
        all.stream().mapToLong(CampaignLive::waiting).sum(),
        all.stream().mapToLong(CampaignLive::longestWaitSeconds).max().orElse(0),
        CampaignDay.percent(answeredInTime, measured),
        answeredInTime,
        measured,
        all.stream().mapToLong(CampaignLive::answered).sum(),
        all.stream().mapToLong(CampaignLive::abandoned).sum(),
        all.stream().mapToLong(CampaignLive::chatsOverTimeLimit).sum(),
        all.stream().mapToLong(CampaignLive::ready).sum(),
        all.stream().mapToLong(CampaignLive::readyBusy).sum(),
        all.stream().mapToLong(CampaignLive::notReady).sum(),
        all.stream().mapToLong(CampaignLive::loggedOut).sum());
  }

  public Long getChartCampaignId() {
    return chartCampaignId;
  }

  public void setChartCampaignId(Long chartCampaignId) {
    this.chartCampaignId = chartCampaignId;
  }

  public List<WaitingInteraction> getWaiting() {
    return waiting;
  }

  public String getWaitingCampaignName() {
    return waitingCampaignName;
  }

  /**
   * Why an interaction still waits, in the view's language: each phrase of the core's explanation
   * from the bundle ({@code whyWaiting.<code>}), a channel argument by its name.
   */
  public String explain(Explanation explanation) {
    return explanation.clauses().stream()
        .map(
            clause ->
                clause.stream()
                    .map(
                        phrase ->
                            texts.text(
                                "whyWaiting." + phrase.code(),
                                phrase.arguments().stream()
                                    .map(
                                        a ->
                                            a instanceof Explanation.Channel channel
                                                ? texts.channel(channel.code())
                                                : a)
                                    .toArray()))
                    .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  /** A wait as minutes and seconds ({@code 1:05}), or hours too past an hour. */
  public String duration(long seconds) {
    long hours = seconds / 3600;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, seconds % 3600 / 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The chart's Chart.js configuration for {@code p:chart}: two lines over the day's buckets. */
  public String getChart() {
    ZoneId zone = ZoneId.of(overview.chartZone());
    List<DayChart.Point> points = overview.chart();
    LineData data = new LineData();
    points.forEach(p -> data.addLabel(BUCKET_TIME.format(p.start().atZone(zone))));
    data.addDataset(
        (AxisLineDataset)
            new AxisLineDataset()
                .onAxis("serviceLevel")
                .setLabel(texts.text("dashboard.chart.serviceLevel"))
                .setBorderColor("rgb(40, 140, 90)")
                .setBackgroundColor("rgba(40, 140, 90, 0.2)")
                .setSpanGaps(true)
                .setDataUnchecked(
                    points.stream().map(p -> (Object) p.serviceLevelPercent()).toList()));
    data.addDataset(
        (AxisLineDataset)
            new AxisLineDataset()
                .onAxis("waiting")
                .setLabel(texts.text("dashboard.chart.waiting"))
                .setBorderColor("rgb(200, 90, 40)")
                .setBackgroundColor("rgba(200, 90, 40, 0.2)")
                .setStepped(true)
                .setDataUnchecked(points.stream().map(p -> (Object) p.waitingAtEnd()).toList()));
    LineOptions options =
        new LineOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            // Redrawn at every push: an animation would replay every two seconds.
            .setAnimation(false)
            .setPlugins(
                new Plugins()
                    .setTitle(
                        new Title()
                            .setDisplay(true)
                            .setText(texts.text("dashboard.chart.title", overview.chartZone()))))
            .setScales(
                new Scales()
                    .addScale(
                        "serviceLevel",
                        new LinearScaleOptions().setPosition("left").setMin(0).setMax(100))
                    .addScale(
                        "waiting",
                        new LinearScaleOptions()
                            .setPosition("right")
                            .setBeginAtZero(true)
                            .setSuggestedMax(5)));
    return new LineChart(data, options).toJson();
  }
}
