package com.omniroute.report.boundary;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A report as CSV (RFC 4180): a header of the JSON field names, then one line per row; decimal
 * points whatever the language, empty cells for figures not measured. The agents' not-ready time is
 * one column {@code notReadySeconds} with the total, then one {@code notReadySeconds.REASON} column
 * per reason that occurs.
 */
public final class ReportCsv {

  private final List<String> header;
  private final List<List<Object>> lines;

  private ReportCsv(List<String> header, List<List<Object>> lines) {
    this.header = header;
    this.lines = lines;
  }

  public static ReportCsv campaigns(List<CampaignReportRow> rows) {
    List<List<Object>> lines = new ArrayList<>(rows.size());
    for (CampaignReportRow r : rows) {
      lines.add(
          List.of(
              r.campaignId(),
              r.intervalStart(),
              r.offered(),
              r.answered(),
              r.answeredWithinServiceLevel(),
              r.abandoned(),
              r.rejected(),
              cell(r.serviceLevelPercent()),
              cell(r.averageSpeedOfAnswerSeconds()),
              cell(r.averageHandleSeconds()),
              r.longestWaitSeconds(),
              r.overflowed(),
              r.callbacks()));
    }
    return new ReportCsv(
        List.of(
            "campaignId",
            "intervalStart",
            "offered",
            "answered",
            "answeredWithinServiceLevel",
            "abandoned",
            "rejected",
            "serviceLevelPercent",
            "averageSpeedOfAnswerSeconds",
            "averageHandleSeconds",
            "longestWaitSeconds",
            "overflowed",
            "callbacks"),
        lines);
  }

  public static ReportCsv agents(List<AgentReportRow> rows) {
    TreeSet<String> reasons = new TreeSet<>();
    rows.forEach(r -> reasons.addAll(r.notReadySeconds().keySet()));
    List<List<Object>> lines = new ArrayList<>(rows.size());
    for (AgentReportRow r : rows) {
      List<Object> line =
          new ArrayList<>(
              List.of(
                  r.agentId(),
                  r.intervalStart(),
                  r.offered(),
                  r.answered(),
                  r.rejected(),
                  r.missed(),
                  r.handleSeconds(),
                  r.readySeconds(),
                  total(r.notReadySeconds())));
      reasons.forEach(reason -> line.add(cell(r.notReadySeconds().get(reason))));
      line.add(cell(r.occupancyPercent()));
      lines.add(line);
    }
    List<String> header =
        new ArrayList<>(
            List.of(
                "agentId",
                "intervalStart",
                "offered",
                "answered",
                "rejected",
                "missed",
                "handleSeconds",
                "readySeconds",
                "notReadySeconds"));
    reasons.forEach(reason -> header.add("notReadySeconds." + reason));
    header.add("occupancyPercent");
    return new ReportCsv(header, lines);
  }

  public void writeTo(Writer out) throws IOException {
    writeLine(out, new ArrayList<>(header));
    for (List<Object> line : lines) {
      writeLine(out, line);
    }
  }

  private static void writeLine(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(text(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String text(Object cell) {
    String text;
    if (cell instanceof Double d) {
      text = String.format(Locale.ROOT, "%.1f", d);
    } else if (cell instanceof OffsetDateTime start) {
      text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start);
    } else {
      text = String.valueOf(cell);
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static Object cell(Double value) {
    return value == null ? "" : value;
  }

  private static double total(Map<String, Double> byReason) {
    return byReason.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
