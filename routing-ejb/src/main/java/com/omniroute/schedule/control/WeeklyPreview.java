package com.omniroute.schedule.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule's ordinary week as a person reads it: for each day of the week, the stretches of that
 * day's wall clock during which the campaign is open. A range that crosses midnight is shown on
 * both days it touches ({@code fri;22:00-06:00} is Friday 22:00-24:00 and Saturday 00:00-06:00, and
 * Sunday night runs into Monday), and ranges that touch or overlap are shown as one stretch.
 *
 * <p>Dated exceptions replace the hours of their own date only, so they are not part of the
 * ordinary week; they are listed apart. The wall clock is the campaign's time zone, so a daylight
 * saving change (a lost or repeated hour on one night) is not drawn either: see {@code
 * docs/schedules.md}.
 */
public final class WeeklyPreview {

  /**
   * One open stretch within one day, in minutes of that day.
   *
   * @param start the first open minute, 0 to 1439
   * @param end the first closed minute after it, 1 to 1440 (1440: open until midnight)
   */
  public record Opening(int start, int end) {

    public Opening {
      if (start < 0 || end > DailyRange.MINUTES_PER_DAY || start >= end) {
        throw new IllegalArgumentException("not a stretch of one day: " + start + "-" + end);
      }
    }

    public boolean isWholeDay() {
      return start == 0 && end == DailyRange.MINUTES_PER_DAY;
    }

    /** {@code hh:mm-hh:mm}, with {@code 24:00} for an opening that lasts until midnight. */
    public String text() {
      return DailyRange.time(start)
          + "-"
          + (end == DailyRange.MINUTES_PER_DAY ? "24:00" : DailyRange.time(end));
    }
  }

  private final boolean alwaysOpen;
  private final Map<DayOfWeek, List<Opening>> week = new EnumMap<>(DayOfWeek.class);
  private final Map<LocalDate, List<String>> exceptions = new LinkedHashMap<>();

  private WeeklyPreview(Schedule schedule) {
    alwaysOpen = schedule.isAlwaysOpen();
    Map<DayOfWeek, List<Opening>> pieces = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      pieces.put(day, new ArrayList<>());
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      for (DailyRange range : schedule.weeklyRangesStarting(day)) {
        if (!range.crossesMidnight()) {
          pieces.get(day).add(new Opening(range.start(), range.end()));
          continue;
        }
        pieces.get(day).add(new Opening(range.start(), DailyRange.MINUTES_PER_DAY));
        if (range.end() > 0) {
          pieces.get(day.plus(1)).add(new Opening(0, range.end()));
        }
      }
    }
    pieces.forEach((day, openings) -> week.put(day, merged(openings)));
    schedule
        .exceptions()
        .forEach(
            (date, ranges) -> exceptions.put(date, ranges.stream().map(DailyRange::text).toList()));
  }

  /** The ordinary week of a parsed schedule. */
  public static WeeklyPreview of(Schedule schedule) {
    return new WeeklyPreview(schedule);
  }

  /** Whether the schedule is empty, so open at every instant of every day. */
  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  /** The open stretches of that day in an ordinary week, in time order; none: closed all day. */
  public List<Opening> openOn(DayOfWeek day) {
    return week.get(day);
  }

  /**
   * The dated exceptions in date order, each with its ranges as written in normalised form (a range
   * may cross into the next date); an empty list means closed on that date.
   */
  public Map<LocalDate, List<String>> exceptions() {
    return Collections.unmodifiableMap(exceptions);
  }

  private static List<Opening> merged(List<Opening> openings) {
    List<Opening> sorted =
        openings.stream().sorted(Comparator.comparingInt(Opening::start)).toList();
    List<Opening> merged = new ArrayList<>();
    for (Opening next : sorted) {
      Opening last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && next.start() <= last.end()) {
        merged.set(merged.size() - 1, new Opening(last.start(), Math.max(last.end(), next.end())));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }
}
