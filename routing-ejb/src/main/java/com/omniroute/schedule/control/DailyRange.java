package com.omniroute.schedule.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * One opening that starts on a local date: from {@code start} to {@code end}, both minutes of the
 * day. An end at or before the start means the opening runs into the next day, so every range is
 * shorter than a day except the internal {@link #ALL_DAY} (start equals end), which the parser
 * never produces because the schedule text refuses start equal to end. An end of {@link
 * #MINUTES_PER_DAY} is the midnight that ends the start's day ({@code 24:00} in the text), so
 * {@code 00:00-24:00} is a whole day the schedule text can say.
 */
record DailyRange(int start, int end) {

  static final int MINUTES_PER_DAY = 24 * 60;

  /** A whole local day: used for days that a schedule with no weekly group leaves open. */
  static final DailyRange ALL_DAY = new DailyRange(0, 0);

  /** The end in minutes from the start of the day the range starts on, so it is always > start. */
  int endOffset() {
    return end > start ? end : end + MINUTES_PER_DAY;
  }

  boolean crossesMidnight() {
    return end <= start;
  }

  /** Whether two ranges starting on the same day share a minute. */
  boolean overlaps(DailyRange other) {
    return start < other.endOffset() && other.start < endOffset();
  }

  Instant startOn(LocalDate date, ZoneId zone) {
    return instant(date.atTime(LocalTime.ofSecondOfDay(start * 60L)), zone);
  }

  Instant endOn(LocalDate date, ZoneId zone) {
    int offset = endOffset();
    LocalDate endDate = date.plusDays(offset / MINUTES_PER_DAY);
    return instant(endDate.atTime(LocalTime.ofSecondOfDay(offset % MINUTES_PER_DAY * 60L)), zone);
  }

  String text() {
    return time(start) + "-" + time(end);
  }

  static String time(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  /**
   * The instant a local wall-clock time means in the zone. A time inside a spring-forward gap does
   * not exist, so it means the first instant after the gap (the transition itself); this is not
   * what {@code ZonedDateTime.of} does (it shifts by the gap's length, turning 02:30 into 03:30),
   * and opening at 03:30 would lose half an hour the administrator expected to be open. A time that
   * happens twice on a fall-back day means its first occurrence (the earlier offset), like {@code
   * ZonedDateTime.of}.
   */
  static Instant instant(LocalDateTime local, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    return local.toInstant(offsets.get(0));
  }
}
