package com.omniroute.console.report;

import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.report.boundary.AgentReportRow;
import com.omniroute.report.boundary.CampaignReportRow;
import com.omniroute.report.boundary.ReportCsv;
import com.omniroute.report.boundary.ReportService;
import com.omniroute.report.control.ReportInterval;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code reports/reports.xhtml}: the user picks campaigns or agents, one or all of their
 * groups, a range of days in a time zone and the interval; the page charts the report's totals per
 * interval, tables its rows and downloads them as the API's CSV (docs/reports.md).
 *
 * <p>The days are read in the chosen time zone, which defaults to the campaign's when one campaign
 * is chosen; agent rows follow that zone, campaign rows each campaign's own.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the report is about. */
  public enum Kind {
    CAMPAIGNS,
    AGENTS
  }

  @Inject private ReportService reports;

  @Inject private Texts texts;

  private Kind kind = Kind.CAMPAIGNS;
  private Long campaignId;
  private Long agentId;
  private LocalDate from;
  private LocalDate to;
  private String interval = ReportInterval.HOUR.code();
  private String timeZone = "UTC";
  private List<ReportService.Subject> campaigns = List.of();
  private List<ReportService.Subject> agents = List.of();
  private List<CampaignReportRow> campaignRows = List.of();
  private List<AgentReportRow> agentRows = List.of();
  private boolean shown;

  @PostConstruct
  void load() {
    campaigns = reports.campaignChoices();
    agents = reports.agentChoices();
    to = LocalDate.now(ZoneOffset.UTC);
    from = to.minusDays(6);
  }

  /** A campaign was chosen: its time zone becomes the report's. */
  public void campaignChanged() {
    campaigns.stream()
        .filter(c -> c.id() == (campaignId == null ? -1 : campaignId))
        .findFirst()
        .ifPresent(c -> timeZone = c.timeZone());
  }

  /** Reads the report for the chosen parameters; refusals are shown by the fields. */
  public void show() {
    shown = false;
    ReportService.Request request = request();
    if (request == null) {
      return;
    }
    try {
      if (kind == Kind.CAMPAIGNS) {
        campaignRows = reports.campaigns(request);
      } else {
        agentRows = reports.agents(request);
      }
      shown = true;
    } catch (ServiceException e) {
      refused(e);
    }
  }

  /** The report as CSV, as the API gives it for {@code Accept: text/csv}. */
  public StreamedContent getCsv() {
    ReportService.Request request = request();
    if (request == null) {
      return null;
    }
    ReportCsv table;
    try {
      table =
          kind == Kind.CAMPAIGNS
              ? ReportCsv.campaigns(reports.campaigns(request))
              : ReportCsv.agents(reports.agents(request));
    } catch (ServiceException e) {
      refused(e);
      return null;
    }
    StringWriter text = new StringWriter();
    try {
      table.writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    String name =
        (kind == Kind.CAMPAIGNS ? "campaigns" : "agents") + "-" + from + "-" + to + ".csv";
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /* The request for the API's service, or null (with messages) when the form is incomplete. */
  private ReportService.Request request() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
    } catch (DateTimeException e) {
      faces.addMessage("reportForm:timeZone", texts.error("reports.error.timeZone", timeZone));
      return null;
    }
    if (from == null || to == null) {
      faces.addMessage(
          from == null ? "reportForm:from" : "reportForm:to", texts.error("reports.error.dates"));
      return null;
    }
    if (to.isBefore(from)) {
      faces.addMessage("reportForm:to", texts.error("reports.error.toBeforeFrom"));
      return null;
    }
    ReportInterval chosen = ReportInterval.of(interval).orElse(ReportInterval.HOUR);
    LocalDateTime start = from.atStartOfDay();
    LocalDateTime end = to.plusDays(1).atStartOfDay();
    if (Duration.between(start, end).compareTo(chosen.longestRange()) > 0) {
      faces.addMessage(
          "reportForm:to", texts.error("reports.error.tooLong", chosen.longestRange().toDays()));
      return null;
    }
    return new ReportService.Request(
        start.atZone(zone).toInstant().toString(),
        end.atZone(zone).toInstant().toString(),
        chosen.code(),
        kind == Kind.CAMPAIGNS ? campaignId : agentId,
        zone.getId());
  }

  private void refused(ServiceException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e.violations().isEmpty()) {
      faces.addMessage(null, texts.error("reports.error.refused", e.getMessage()));
    }
    for (Violation v : e.violations()) {
      faces.addMessage(null, texts.error("reports.error.refused", v.message()));
    }
  }

  /** The chart's Chart.js configuration: the totals of all rows per interval. */
  public String getChart() {
    boolean byDay = ReportInterval.DAY.code().equals(interval);
    return kind == Kind.CAMPAIGNS
        ? ReportChart.campaigns(texts, campaignRows, byDay, campaignId != null, timeZone)
        : ReportChart.agents(texts, agentRows, byDay, agentId != null, timeZone);
  }

  /** A duration in seconds as {@code h:mm:ss} or {@code m:ss}, for the table. */
  public String duration(Double seconds) {
    if (seconds == null) {
      return "";
    }
    long whole = Math.round(seconds);
    long hours = whole / 3600;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, whole % 3600 / 60, whole % 60)
        : String.format("%d:%02d", whole / 60, whole % 60);
  }

  /** Not-ready time of all reasons, for the table. */
  public double notReadyTotal(AgentReportRow row) {
    return row.notReadySeconds().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** An interval start as the table shows it: local date and time with the offset. */
  public String start(java.time.OffsetDateTime start) {
    return start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"));
  }

  /** The name of a campaign or agent of the table's rows. */
  public String campaignName(long id) {
    return campaigns.stream()
        .filter(c -> c.id() == id)
        .map(ReportService.Subject::name)
        .findFirst()
        .orElse(String.valueOf(id));
  }

  public String agentName(long id) {
    return agents.stream()
        .filter(a -> a.id() == id)
        .map(ReportService.Subject::name)
        .findFirst()
        .orElse(String.valueOf(id));
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public ReportInterval[] getIntervals() {
    return ReportInterval.values();
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public boolean isCampaignReport() {
    return kind == Kind.CAMPAIGNS;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public Long getAgentId() {
    return agentId;
  }

  public void setAgentId(Long agentId) {
    this.agentId = agentId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public List<ReportService.Subject> getCampaigns() {
    return campaigns;
  }

  public List<ReportService.Subject> getAgents() {
    return agents;
  }

  public List<CampaignReportRow> getCampaignRows() {
    return campaignRows;
  }

  public List<AgentReportRow> getAgentRows() {
    return agentRows;
  }

  public boolean isShown() {
    return shown;
  }
}
