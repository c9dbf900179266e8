package com.omniroute.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every accepted form of the schedule text and every refusal, with the exact message. */
class ScheduleParserTest {

  @Test
  void theDesignExampleIsAcceptedAndAlreadyNormal() {
    String design = "mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-12:00";

    assertThat(Schedule.parse(design).normalized()).isEqualTo(design);
  }

  @Test
  void theDocumentationFormWithASpaceAfterEachColonIsAccepted() {
    assertThat(Schedule.parse("mon, tue, wed, thu, fri; 09: 00-18: 00").normalized())
        .isEqualTo("mon,tue,wed,thu,fri;09:00-18:00");
  }

  @Test
  void whiteSpaceAroundEveryTokenIsIgnored() {
    String spaced = "  mon ,\ttue ;\n 09 : 00 - 18 : 00  &sat\u00a0;09:00-12:00 ";

    assertThat(Schedule.parse(spaced).normalized())
        .isEqualTo("mon,tue;09:00-18:00 & sat;09:00-12:00");
  }

  @Test
  void daysAreReadInAnyCaseAndWrittenLowerCaseInWeekOrder() {
    assertThat(Schedule.parse("SUN,Fri,mon;09:00-18:00").normalized())
        .isEqualTo("mon,fri,sun;09:00-18:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void anEmptyScheduleIsAlwaysOpen(String text) {
    Schedule schedule = Schedule.parse(text);

    assertThat(schedule.isAlwaysOpen()).isTrue();
    assertThat(schedule.normalized()).isEmpty();
    assertThat(schedule).isEqualTo(Schedule.ALWAYS_OPEN);
  }

  @Test
  void noScheduleAtAllIsAlwaysOpen() {
    assertThat(Schedule.parse(null)).isEqualTo(Schedule.ALWAYS_OPEN);
  }

  @Test
  void aRangeEndingBeforeItsStartCrossesMidnight() {
    assertThat(Schedule.parse("fri ; 22:00 - 06:00").normalized()).isEqualTo("fri;22:00-06:00");
    assertThat(Schedule.parse("mon;18:00-00:00").normalized()).isEqualTo("mon;18:00-00:00");
  }

  @Test
  void aGroupMayHaveSeveralRangesWrittenInStartOrder() {
    assertThat(Schedule.parse("mon;14:00-18:00, 09:00-12:00").normalized())
        .isEqualTo("mon;09:00-12:00,14:00-18:00");
  }

  @Test
  void rangesThatTouchDoNotOverlap() {
    assertThat(Schedule.parse("mon;09:00-12:00,12:00-18:00").normalized())
        .isEqualTo("mon;09:00-12:00,12:00-18:00");
  }

  @Test
  void theSameDayMayAppearInSeveralGroupsWhichAreKeptInTheOrderWritten() {
    assertThat(Schedule.parse("sat;14:00-18:00 & mon,sat;09:00-12:00").normalized())
        .isEqualTo("sat;14:00-18:00 & mon,sat;09:00-12:00");
  }

  @Test
  void datedExceptionsAreAcceptedAndWrittenAfterTheWeeklyGroupsInDateOrder() {
    String text = "2026-12-25; Closed & mon,tue;09:00-18:00 & 2026-12-24 ; 09:00-13:00";

    assertThat(Schedule.parse(text).normalized())
        .isEqualTo("mon,tue;09:00-18:00 & 2026-12-24;09:00-13:00 & 2026-12-25;closed");
  }

  @Test
  void anExceptionMayHaveSeveralRangesAndCrossMidnight() {
    assertThat(Schedule.parse("2026-12-31;20:00-02:00,10:00-14:00").normalized())
        .isEqualTo("2026-12-31;10:00-14:00,20:00-02:00");
  }

  @Test
  void theTwentyNinthOfFebruaryIsADateInALeapYear() {
    assertThat(Schedule.parse("2028-02-29;closed").normalized()).isEqualTo("2028-02-29;closed");
  }

  @Test
  void schedulesWithTheSameNormalFormAreEqual() {
    Schedule written = Schedule.parse("Tue , mon ; 09: 00-18: 00");
    Schedule normal = Schedule.parse("mon,tue;09:00-18:00");

    assertThat(written).isEqualTo(normal).hasSameHashCodeAs(normal);
    assertThat(written.toString()).isEqualTo("mon,tue;09:00-18:00");
    assertThat(written).isNotEqualTo(Schedule.parse("mon,tue;09:00-17:00"));
  }

  @Test
  void twentyFourHundredEndsTheDayAsTheWeeklyPreviewWritesIt() {
    Schedule evening = Schedule.parse("mon;09:00-24:00");
    Schedule wholeDay = Schedule.parse("tue;00:00-24:00");
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    // Monday 2026-12-07 and Tuesday 2026-12-08.
    Instant mondayNight = ZonedDateTime.of(2026, 12, 7, 23, 59, 0, 0, madrid).toInstant();
    Instant tuesdayMidnight = ZonedDateTime.of(2026, 12, 8, 0, 0, 0, 0, madrid).toInstant();

    assertThat(evening.normalized()).isEqualTo("mon;09:00-24:00");
    assertThat(Schedule.parse(evening.normalized())).isEqualTo(evening);
    assertThat(evening.isOpen(mondayNight, madrid)).isTrue();
    assertThat(evening.isOpen(tuesdayMidnight, madrid)).isFalse();
    assertThat(evening.nextClosing(mondayNight, madrid)).contains(tuesdayMidnight);
    assertThat(WeeklyPreview.of(evening).openOn(DayOfWeek.MONDAY))
        .extracting(WeeklyPreview.Opening::text)
        .containsExactly("09:00-24:00");

    assertThat(wholeDay.normalized()).isEqualTo("tue;00:00-24:00");
    assertThat(wholeDay.isOpen(tuesdayMidnight, madrid)).isTrue();
    assertThat(wholeDay.isOpen(tuesdayMidnight.plusSeconds(86_399), madrid)).isTrue();
    assertThat(wholeDay.isOpen(tuesdayMidnight.plusSeconds(86_400), madrid)).isFalse();
    assertThat(WeeklyPreview.of(wholeDay).openOn(DayOfWeek.TUESDAY))
        .extracting(WeeklyPreview.Opening::text)
        .containsExactly("00:00-24:00");
    assertThat(Schedule.parse("mon;18:00-24:00,09:00-12:00").normalized())
        .isEqualTo("mon;09:00-12:00,18:00-24:00");
  }

  @Test
  void normalisingTwiceChangesNothing() {
    String once =
        Schedule.parse(" 2026-12-25;closed & fri , mon ; 22:00-06:00, 08:00 - 12:00 ").normalized();

    assertThat(once).isEqualTo("mon,fri;08:00-12:00,22:00-06:00 & 2026-12-25;closed");
    assertThat(Schedule.parse(once).normalized()).isEqualTo(once);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          mon,tus;09:00-18:00                       | 1 | 4  | unknown day "tus"; days are mon tue wed thu fri sat sun
          mon,tue;09:00-18:00 & sat,tus;09:00-12:00 | 2 | 26 | unknown day "tus"; days are mon tue wed thu fri sat sun
          monday;09:00-18:00                        | 1 | 0  | unknown day "monday"; days are mon tue wed thu fri sat sun
          mon;25:00-18:00                           | 1 | 4  | hour 25 is out of range; hours are 00 to 23
          mon;18:00-24:30                           | 1 | 10 | 24:00 can only end a range (midnight at the end of the day)
          mon;24:00-02:00                           | 1 | 4  | 24:00 can only end a range (midnight at the end of the day)
          mon;09:60-18:00                           | 1 | 7  | minute 60 is out of range; minutes are 00 to 59
          mon;09:00-09:00                           | 1 | 4  | end 09:00 equals start 09:00; a range cannot be empty or last a whole day
          mon 09:00-18:00                           | 1 | 4  | missing ";" between days and times
          mon tue;09:00-18:00                       | 1 | 4  | missing "," between days
          mon                                       | 1 | 3  | missing ";" and time range after the days
          mon,;09:00-18:00                          | 1 | 4  | expected a day after ",", found ";"
          mon,                                      | 1 | 4  | expected a day after ","
          mon;                                      | 1 | 4  | missing time range after ";"
          mon;09:00-18:00 &                         | 2 | 17 | empty group
          mon;09:00-18:00 && sat;09:00-12:00        | 2 | 17 | empty group
          ' & mon;09:00-18:00'                      | 1 | 0  | empty group
          mon,tue,mon;09:00-18:00                   | 1 | 8  | duplicate day "mon" in this group
          mon,tue,Mon;09:00-18:00                   | 1 | 8  | duplicate day "mon" in this group
          mon;09:0-18:00                            | 1 | 7  | minute must be two digits, found "0"
          mon;9:00-18:00                            | 1 | 4  | hour must be two digits, found "9"
          mon;0900-1800                             | 1 | 4  | hour must be two digits, found "0900"
          mon;09-18                                 | 1 | 6  | missing ":" between hour and minute
          mon;09:                                   | 1 | 7  | missing minute after ":"
          mon;09:00 18:00                           | 1 | 10 | missing "-" between start and end time
          mon;09:00                                 | 1 | 9  | missing "-" and end time
          mon;09:00-                                | 1 | 10 | missing end time
          mon;09:00-18:00,                          | 1 | 16 | expected a time range after ","
          mon;09:00-12:00,11:00-14:00               | 1 | 16 | range 11:00-14:00 overlaps 09:00-12:00
          mon;22:00-06:00,23:00-01:00               | 1 | 16 | range 23:00-01:00 overlaps 22:00-06:00
          mon;09:00-18:00 tue;10:00-12:00           | 1 | 16 | expected "," or "&" after a time range, found "tue"
          'mon;09:00-18:00 | tue'                   | 1 | 16 | 'unexpected character "|"'
          09:00-18:00                               | 1 | 0  | missing days and ";" before the time range
          ;09:00-18:00                              | 1 | 0  | expected a day or a date, found ";"
          mon;closed                                | 1 | 4  | "closed" is only for dated exceptions; leave the day out of the schedule to close it
          2026-02-30;closed                         | 1 | 0  | invalid date 2026-02-30: February 2026 has 28 days
          2027-02-29;closed                         | 1 | 0  | invalid date 2027-02-29: February 2027 has 28 days
          2026-04-31;closed                         | 1 | 0  | invalid date 2026-04-31: April 2026 has 30 days
          2026-04-00;closed                         | 1 | 0  | invalid date 2026-04-00: April 2026 has 30 days
          2026-13-01;closed                         | 1 | 5  | month 13 is out of range; months are 01 to 12
          26-12-25;closed                           | 1 | 0  | year must be four digits, found "26"
          2026-12-5;closed                          | 1 | 8  | day must be two digits, found "5"
          2026/12/25;closed                         | 1 | 4  | unexpected character "/"
          2026-12;closed                            | 1 | 7  | date must be yyyy-mm-dd, found ";"
          2026-12-25                                | 1 | 10 | missing ";" and hours or "closed" after the date
          2026-12-25 09:00-13:00                    | 1 | 11 | missing ";" between date and hours
          2026-12-25;shut                           | 1 | 11 | expected hours or "closed" after the date, found "shut"
          2026-12-25;closed,mon                     | 1 | 17 | expected "&" after "closed", found ","
          2026-12-25;24:00-02:00                    | 1 | 11 | 24:00 can only end a range (midnight at the end of the day)
          2026-12-25;closed & 2026-12-25;09:00-13:00 | 2 | 20 | duplicate date 2026-12-25; group 1 already sets it
          """)
  void refusals(String text, int group, int position, String reason) {
    ScheduleException refused =
        catchThrowableOfType(ScheduleException.class, () -> Schedule.parse(text));

    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage())
        .isEqualTo("Group " + group + ", position " + position + ": " + reason);
    assertThat(refused.group()).isEqualTo(group);
    assertThat(refused.position()).isEqualTo(position);
    assertThat(refused.reason()).isEqualTo(reason);
  }

  @Test
  void theMessageNamesTheGroupAndPositionInTheTextAsGiven() {
    ScheduleException refused =
        catchThrowableOfType(
            ScheduleException.class,
            () -> Schedule.parse("mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-25:00"));

    assertThat(refused)
        .hasMessage("Group 2, position 44: hour 25 is out of range; hours are 00 to 23");
  }
}
