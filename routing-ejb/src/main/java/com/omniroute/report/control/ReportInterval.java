package com.omniroute.report.control;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The length of a report row: 15 minutes, an hour or a day of the report's time zone, each with the
 * longest range one report may cover, so that one answer stays a size a server and a browser handle
 * (31 days of 15 minutes for 100 campaigns is 297,600 rows; docs/reports.md).
 */
public enum ReportInterval {
  QUARTER_HOUR("15m", Duration.ofDays(31)),
  HOUR("hour", Duration.ofDays(92)),
  DAY("day", Duration.ofDays(400));

  private final String code;
  private final Duration longestRange;

  ReportInterval(String code, Duration longestRange) {
    this.code = code;
    this.longestRange = longestRange;
  }

  /** How the API and the console name it: {@code 15m}, {@code hour}, {@code day}. */
  public String code() {
    return code;
  }

  /** Its length in seconds where the zone's offset does not change. */
  public long seconds() {
    return switch (this) {
      case QUARTER_HOUR -> 900;
      case HOUR -> 3600;
      case DAY -> 86_400;
    };
  }

  /** The longest {@code to - from} a report of this interval may cover. */
  public Duration longestRange() {
    return longestRange;
  }

  public static Optional<ReportInterval> of(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }

  /**
   * The start of the row that holds the local time. Every real zone offset is a multiple of 15
   * minutes, so a 15-minute UTC interval falls within exactly one row.
   */
  public ZonedDateTime rowStart(ZonedDateTime local) {
    return switch (this) {
      case QUARTER_HOUR ->
          local.truncatedTo(ChronoUnit.MINUTES).withMinute(local.getMinute() / 15 * 15);
      case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
      case DAY -> local.toLocalDate().atStartOfDay(local.getZone());
    };
  }
}
