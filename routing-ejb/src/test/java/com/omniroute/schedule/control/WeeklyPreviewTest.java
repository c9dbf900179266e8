package com.omniroute.schedule.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ordinary week of a schedule, day by day, as the campaign form draws it. */
class WeeklyPreviewTest {

  /** Each day's open stretches as text, for days with any. */
  private static Map<DayOfWeek, List<String>> week(String schedule) {
    WeeklyPreview preview = WeeklyPreview.of(Schedule.parse(schedule));
    Map<DayOfWeek, List<String>> open = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> stretches =
          preview.openOn(day).stream().map(WeeklyPreview.Opening::text).toList();
      if (!stretches.isEmpty()) {
        open.put(day, stretches);
      }
    }
    return open;
  }

  @Test
  void aFridayNightRangeIsFridayEveningAndSaturdayMorning() {
    assertThat(week("fri;22:00-06:00"))
        .containsExactly(
            Map.entry(FRIDAY, List.of("22:00-24:00")), Map.entry(SATURDAY, List.of("00:00-06:00")));
  }

  @Test
  void anEmptyScheduleIsOpenAllDayEveryDay() {
    WeeklyPreview preview = WeeklyPreview.of(Schedule.parse(""));

    assertThat(preview.isAlwaysOpen()).isTrue();
    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(preview.openOn(day))
          .singleElement()
          .satisfies(o -> assertThat(o.isWholeDay()).isTrue());
    }
  }

  @Test
  void theDesignsExampleIsWeekdaysAndSaturdayMorning() {
    Map<DayOfWeek, List<String>> week = week("mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-12:00");

    assertThat(week.keySet())
        .containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
    assertThat(week.get(WEDNESDAY)).containsExactly("09:00-18:00");
    assertThat(week.get(SATURDAY)).containsExactly("09:00-12:00");
  }

  @Test
  void sundayNightRunsIntoMonday() {
    assertThat(week("sun;22:00-02:00"))
        .containsExactly(
            Map.entry(MONDAY, List.of("00:00-02:00")), Map.entry(SUNDAY, List.of("22:00-24:00")));
  }

  @Test
  void aRangeEndingAtMidnightStaysOnItsDay() {
    assertThat(week("mon;18:00-00:00")).containsExactly(Map.entry(MONDAY, List.of("18:00-24:00")));
  }

  @Test
  void rangesThatTouchOrOverlapAreOneStretchAndABreakStaysABreak() {
    assertThat(week("mon;09:00-14:00 & mon,tue;12:00-18:00"))
        .containsEntry(MONDAY, List.of("09:00-18:00"))
        .containsEntry(TUESDAY, List.of("12:00-18:00"));
    assertThat(week("mon;22:00-02:00 & tue;02:00-04:00"))
        .containsEntry(TUESDAY, List.of("00:00-04:00"));
    assertThat(week("mon,tue;09:00-13:00,15:00-19:00"))
        .containsEntry(MONDAY, List.of("09:00-13:00", "15:00-19:00"));
    assertThat(WeeklyPreview.of(Schedule.parse("wed;00:00-12:00,12:00-00:00")).openOn(WEDNESDAY))
        .singleElement()
        .satisfies(o -> assertThat(o.isWholeDay()).isTrue());
  }

  @Test
  void datedExceptionsAreListedApartFromTheOrdinaryWeek() {
    WeeklyPreview preview =
        WeeklyPreview.of(
            Schedule.parse("mon;09:00-18:00 & 2026-12-31;20:00-02:00 & 2026-12-25;closed"));

    assertThat(preview.openOn(MONDAY)).hasSize(1);
    assertThat(preview.openOn(THURSDAY)).isEmpty();
    assertThat(preview.exceptions())
        .containsExactly(
            Map.entry(LocalDate.of(2026, 12, 25), List.of()),
            Map.entry(LocalDate.of(2026, 12, 31), List.of("20:00-02:00")));
  }

  @Test
  void onlyExceptionsLeaveTheOrdinaryWeekOpenButTheScheduleIsNotEmpty() {
    WeeklyPreview preview = WeeklyPreview.of(Schedule.parse("2026-12-25;closed"));

    assertThat(preview.isAlwaysOpen()).isFalse();
    assertThat(preview.openOn(FRIDAY))
        .singleElement()
        .satisfies(o -> assertThat(o.isWholeDay()).isTrue());
  }

  @Test
  void anOpeningIsAStretchOfOneDay() {
    assertThatThrownBy(() -> new WeeklyPreview.Opening(600, 600))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeeklyPreview.Opening(0, 1441))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
