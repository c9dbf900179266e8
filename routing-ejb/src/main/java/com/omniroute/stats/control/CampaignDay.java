package com.omniroute.stats.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The statistics of docs/design.md section 6 for one campaign day, computed from that day's
 * interactions.
 *
 * <p>Service level = interactions answered within the service level time / (answered + abandoned
 * after waiting longer than the service level time), as a percentage; none ({@code null}) while
 * neither has happened yet today: a campaign without traffic has not met its service level, nor
 * missed it, and a wallboard that shows 100 % for it hides an idle or broken channel.
 */
public final class CampaignDay {

  /** One interaction's times, as far as the day's statistics need them. */
  public record Times(
      Instant queuedAt, Instant offeredAt, Instant answeredAt, Instant endedAt, String state) {}

  /**
   * The day's figures.
   *
   * @param serviceLevelPercent {@code null} while {@code serviceLevelMeasured} is 0
   * @param serviceLevelAnswered the answered interactions that count as within the service level
   * @param serviceLevelMeasured the interactions the service level is measured over: the answered
   *     ones and those abandoned after waiting longer than the service level time
   */
  public record Figures(
      long offered,
      long answered,
      long abandoned,
      long rejected,
      Double serviceLevelPercent,
      long serviceLevelAnswered,
      long serviceLevelMeasured) {}

  private CampaignDay() {}

  /**
   * @param dayStart the start of the campaign day, in the campaign's time zone
   * @param serviceLevelSeconds the campaign's service level time
   */
  public static Figures figures(
      List<Times> interactions, Instant dayStart, int serviceLevelSeconds) {
    Duration serviceLevel = Duration.ofSeconds(serviceLevelSeconds);
    long offered = 0;
    long answered = 0;
    long answeredInTime = 0;
    long abandoned = 0;
    long abandonedLate = 0;
    long rejected = 0;
    for (Times t : interactions) {
      if (today(t.offeredAt(), dayStart)) {
        offered++;
      }
      if (today(t.answeredAt(), dayStart)) {
        answered++;
        if (Duration.between(t.queuedAt(), t.answeredAt()).compareTo(serviceLevel) <= 0) {
          answeredInTime++;
        }
      }
      if ("ABANDONED".equals(t.state()) && today(t.endedAt(), dayStart)) {
        abandoned++;
        if (Duration.between(t.queuedAt(), t.endedAt()).compareTo(serviceLevel) > 0) {
          abandonedLate++;
        }
      }
      if ("REJECTED".equals(t.state()) && today(t.queuedAt(), dayStart)) {
        rejected++;
      }
    }
    long measured = answered + abandonedLate;
    return new Figures(
        offered,
        answered,
        abandoned,
        rejected,
        percent(answeredInTime, measured),
        answeredInTime,
        measured);
  }

  /**
   * The service level of counts, also of counts summed over several campaigns (never an average of
   * their percentages): {@code null} when nothing counts.
   */
  public static Double percent(long answeredInTime, long measured) {
    return measured == 0 ? null : 100.0 * answeredInTime / measured;
  }

  private static boolean today(Instant at, Instant dayStart) {
    return at != null && !at.isBefore(dayStart);
  }
}
