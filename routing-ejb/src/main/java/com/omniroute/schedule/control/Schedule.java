package com.omniroute.schedule.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A campaign's opening hours, parsed from the schedule text of docs/design.md section 5 and its
 * extensions (ranges crossing midnight, several ranges per group, dated exceptions); see {@code
 * docs/schedules.md} for the grammar and the decisions. Immutable and thread-safe.
 *
 * <p>The schedule itself has no zone: the same text is read in each campaign's IANA zone, passed to
 * every question, so that a 09:00 opening is 09:00 on the campaign's wall clock whatever the
 * daylight saving offset.
 *
 * <p>Two schedules are equal when their {@link #normalized()} texts are equal.
 */
public final class Schedule {

  /** How far {@link #nextTransition} looks before it answers that nothing changes any more. */
  public static final int HORIZON_DAYS = 400;

  /** The empty schedule: open at every instant. */
  public static final Schedule ALWAYS_OPEN = new Schedule(List.of(), Map.of());

  private static final List<DailyRange> ALL_DAY = List.of(DailyRange.ALL_DAY);

  private final List<WeeklyGroup> weekly;
  private final NavigableMap<LocalDate, List<DailyRange>> exceptions;
  private final Map<DayOfWeek, List<DailyRange>> byDay = new EnumMap<>(DayOfWeek.class);
  private final String normalized;

  Schedule(List<WeeklyGroup> weekly, Map<LocalDate, List<DailyRange>> exceptions) {
    this.weekly = List.copyOf(weekly);
    // Every day's ranges are kept sorted by start so that the instants of one day come in order
    // (the local-to-instant mapping never goes backwards), which is what lets nextTransition merge
    // ranges in a single pass.
    TreeMap<LocalDate, List<DailyRange>> sortedExceptions = new TreeMap<>();
    exceptions.forEach((date, ranges) -> sortedExceptions.put(date, byStart(ranges)));
    this.exceptions = Collections.unmodifiableNavigableMap(sortedExceptions);
    for (DayOfWeek day : DayOfWeek.values()) {
      byDay.put(day, new ArrayList<>());
    }
    for (WeeklyGroup group : this.weekly) {
      for (DayOfWeek day : group.days()) {
        byDay.get(day).addAll(group.ranges());
      }
    }
    byDay.replaceAll((day, ranges) -> byStart(ranges));
    this.normalized = normalize();
  }

  /**
   * Reads a schedule text. A {@code null} or blank text is the empty schedule, which is always
   * open.
   *
   * @throws ScheduleException with the group, position and reason of the first problem found
   */
  public static Schedule parse(String text) {
    return ScheduleParser.parse(text);
  }

  /**
   * The canonical text of this schedule, the form to store: lower-case days in week order, ranges
   * in start order, {@code hh:mm} times, no white space except {@code " & "} between groups, weekly
   * groups in the order written, then dated exceptions in date order. The empty schedule is {@code
   * ""}. Parsing the canonical text gives an equal schedule, so normalising is idempotent.
   */
  public String normalized() {
    return normalized;
  }

  /** Whether the schedule has no group at all, so that it is open at every instant. */
  public boolean isAlwaysOpen() {
    return weekly.isEmpty() && exceptions.isEmpty();
  }

  /** Whether the campaign accepts arrivals at that instant, reading the schedule in that zone. */
  public boolean isOpen(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    if (isAlwaysOpen()) {
      return true;
    }
    LocalDate today = LocalDate.ofInstant(at, zone);
    // A range is shorter than a day, so only yesterday's and today's ranges can hold the instant;
    // tomorrow's is there for a fall-back at midnight, where some of today's wall clock comes
    // again after tomorrow has started.
    for (LocalDate date = today.minusDays(1);
        !date.isAfter(today.plusDays(1));
        date = date.plusDays(1)) {
      for (DailyRange range : rangesStarting(date)) {
        if (!at.isBefore(range.startOn(date, zone)) && at.isBefore(range.endOn(date, zone))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first instant strictly after {@code after} at which the campaign opens or closes, for the
   * host to set its timer on. Empty when nothing changes within {@link #HORIZON_DAYS} days, which
   * is always the case for the empty schedule.
   */
  public Optional<Instant> nextTransition(Instant after, ZoneId zone) {
    return next(after, zone, Change.ANY);
  }

  /** The first instant strictly after {@code after} at which a closed campaign opens. */
  public Optional<Instant> nextOpening(Instant after, ZoneId zone) {
    return next(after, zone, Change.OPENING);
  }

  /** The first instant strictly after {@code after} at which an open campaign closes. */
  public Optional<Instant> nextClosing(Instant after, ZoneId zone) {
    return next(after, zone, Change.CLOSING);
  }

  private enum Change {
    ANY,
    OPENING,
    CLOSING
  }

  /**
   * Walks the openings in start order from the day before {@code after}, merging those that touch
   * or overlap (an opening ending at midnight and the next starting at midnight is no transition),
   * and answers the first boundary of a merged opening after {@code after}. The walk is by ranges,
   * never by minutes: a weekly schedule answers within about eight days of ranges.
   */
  private Optional<Instant> next(Instant after, ZoneId zone, Change wanted) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(zone, "zone");
    if (isAlwaysOpen()) {
      return Optional.empty();
    }
    LocalDate first = LocalDate.ofInstant(after, zone).minusDays(1);
    LocalDate last = first.plusDays(HORIZON_DAYS);
    // The end of the opening being merged; null before the first one.
    Instant openUntil = null;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (DailyRange range : rangesStarting(date)) {
        Instant start = range.startOn(date, zone);
        Instant end = range.endOn(date, zone);
        if (!start.isBefore(end)) {
          continue; // the whole range fell into a spring-forward gap: it never opens
        }
        if (openUntil != null && !start.isAfter(openUntil)) {
          if (end.isAfter(openUntil)) {
            openUntil = end;
          }
          continue;
        }
        // A range starting after the merged opening ended: that end is final, the start is new.
        if (openUntil != null && openUntil.isAfter(after) && wanted != Change.OPENING) {
          return Optional.of(openUntil);
        }
        if (start.isAfter(after) && wanted != Change.CLOSING) {
          return Optional.of(start);
        }
        openUntil = end;
      }
    }
    // The last end is final only if no range starting after the horizon can extend it.
    if (openUntil != null
        && openUntil.isAfter(after)
        && wanted != Change.OPENING
        && openUntil.isBefore(DailyRange.ALL_DAY.startOn(last.plusDays(1), zone))) {
      return Optional.of(openUntil);
    }
    return Optional.empty();
  }

  /**
   * The ranges that start on a local date: the date's exception if there is one (it replaces the
   * weekly hours of that date only, so yesterday's overnight range still runs until its end), else
   * the weekly ranges of its day, else, when the schedule has no weekly group at all, the whole
   * day.
   */
  private List<DailyRange> rangesStarting(LocalDate date) {
    List<DailyRange> exception = exceptions.get(date);
    if (exception != null) {
      return exception;
    }
    return weeklyRangesStarting(date.getDayOfWeek());
  }

  /**
   * The weekly ranges that start on that day of the week: those of the groups naming it, or the
   * whole day when the schedule has no weekly group. Dated exceptions are not looked at.
   */
  List<DailyRange> weeklyRangesStarting(DayOfWeek day) {
    return weekly.isEmpty() ? ALL_DAY : byDay.get(day);
  }

  /** The dated exceptions in date order, each with its ranges in start order (none: closed). */
  NavigableMap<LocalDate, List<DailyRange>> exceptions() {
    return exceptions;
  }

  private String normalize() {
    StringJoiner groups = new StringJoiner(" & ");
    for (WeeklyGroup group : weekly) {
      StringJoiner days = new StringJoiner(",");
      group.days().forEach(day -> days.add(ScheduleParser.dayName(day)));
      groups.add(days + ";" + rangesText(group.ranges()));
    }
    exceptions.forEach(
        (date, ranges) ->
            groups.add(date + ";" + (ranges.isEmpty() ? "closed" : rangesText(ranges))));
    return groups.toString();
  }

  private static String rangesText(List<DailyRange> ranges) {
    StringJoiner text = new StringJoiner(",");
    byStart(ranges).forEach(range -> text.add(range.text()));
    return text.toString();
  }

  private static List<DailyRange> byStart(List<DailyRange> ranges) {
    return ranges.stream().sorted(Comparator.comparingInt(DailyRange::start)).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schedule schedule && schedule.normalized.equals(normalized);
  }

  @Override
  public int hashCode() {
    return normalized.hashCode();
  }

  /** The normalised text. */
  @Override
  public String toString() {
    return normalized;
  }

  /** Days sharing the same ranges; days are kept in week order by the {@link EnumSet}. */
  record WeeklyGroup(Set<DayOfWeek> days, List<DailyRange> ranges) {
    WeeklyGroup {
      days = Collections.unmodifiableSet(EnumSet.copyOf(days));
      ranges = List.copyOf(ranges);
    }
  }
}
