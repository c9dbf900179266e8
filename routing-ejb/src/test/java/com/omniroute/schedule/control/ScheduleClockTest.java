package com.omniroute.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Open/closed and next transition at explicit instants. Expected instants are written with their
 * offset ({@code 2026-03-29T09:00+02:00}) so that the test does not reuse the zone arithmetic it
 * checks.
 */
class ScheduleClockTest {

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** The next {@code count} transitions after {@code from}, each from the previous one. */
  private static List<Instant> transitions(
      Schedule schedule, Instant from, ZoneId zone, int count) {
    List<Instant> found = new ArrayList<>();
    Instant after = from;
    for (int i = 0; i < count; i++) {
      Optional<Instant> next = schedule.nextTransition(after, zone);
      if (next.isEmpty()) {
        break;
      }
      found.add(next.get());
      after = next.get();
    }
    return found;
  }

  @Nested
  class AWholeWeek {

    private final Schedule schedule =
        Schedule.parse("mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-12:00 & fri;22:00-02:00");

    /** The schedule above, written out by hand. */
    private boolean expectedOpen(DayOfWeek day, LocalTime time) {
      boolean weekday = day.getValue() <= 5;
      boolean office = time.isAfter(LocalTime.of(8, 59)) && time.isBefore(LocalTime.of(18, 0));
      boolean morning = time.isAfter(LocalTime.of(8, 59)) && time.isBefore(LocalTime.of(12, 0));
      return (weekday && office)
          || (day == DayOfWeek.SATURDAY && morning)
          || (day == DayOfWeek.FRIDAY && !time.isBefore(LocalTime.of(22, 0)))
          || (day == DayOfWeek.SATURDAY && time.isBefore(LocalTime.of(2, 0)));
    }

    @Test
    void isOpenMatchesTheHoursEveryQuarterOfAnHourForAWeek() {
      LocalDateTime monday = LocalDateTime.of(2026, 6, 1, 0, 0);
      for (int quarter = 0; quarter < 7 * 24 * 4; quarter++) {
        LocalDateTime local = monday.plusMinutes(15L * quarter);
        Instant instant = local.atZone(MADRID).toInstant();

        assertThat(schedule.isOpen(instant, MADRID))
            .as("open at %s %s", local.getDayOfWeek(), local)
            .isEqualTo(expectedOpen(local.getDayOfWeek(), local.toLocalTime()));
      }
    }

    @Test
    void nextTransitionWalksTheWeekBoundaryByBoundary() {
      assertThat(transitions(schedule, at("2026-05-31T12:00+02:00"), MADRID, 15))
          .containsExactly(
              at("2026-06-01T09:00+02:00"),
              at("2026-06-01T18:00+02:00"),
              at("2026-06-02T09:00+02:00"),
              at("2026-06-02T18:00+02:00"),
              at("2026-06-03T09:00+02:00"),
              at("2026-06-03T18:00+02:00"),
              at("2026-06-04T09:00+02:00"),
              at("2026-06-04T18:00+02:00"),
              at("2026-06-05T09:00+02:00"),
              at("2026-06-05T18:00+02:00"),
              at("2026-06-05T22:00+02:00"),
              at("2026-06-06T02:00+02:00"),
              at("2026-06-06T09:00+02:00"),
              at("2026-06-06T12:00+02:00"),
              at("2026-06-08T09:00+02:00"));
    }

    @Test
    void theStartIsInclusiveAndTheEndExclusive() {
      assertThat(schedule.isOpen(at("2026-06-01T08:59:59.999+02:00"), MADRID)).isFalse();
      assertThat(schedule.isOpen(at("2026-06-01T09:00+02:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-06-01T17:59:59.999+02:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-06-01T18:00+02:00"), MADRID)).isFalse();
    }

    @Test
    void theNextTransitionIsStrictlyAfterTheGivenInstant() {
      assertThat(schedule.nextTransition(at("2026-06-01T09:00+02:00"), MADRID))
          .contains(at("2026-06-01T18:00+02:00"));
      assertThat(schedule.nextTransition(at("2026-06-01T08:59:59.999+02:00"), MADRID))
          .contains(at("2026-06-01T09:00+02:00"));
    }

    @Test
    void nextOpeningAndNextClosingSkipTheOtherKindOfTransition() {
      Instant mondayNoon = at("2026-06-01T12:00+02:00");
      Instant mondayEvening = at("2026-06-01T20:00+02:00");

      assertThat(schedule.nextOpening(mondayNoon, MADRID)).contains(at("2026-06-02T09:00+02:00"));
      assertThat(schedule.nextClosing(mondayNoon, MADRID)).contains(at("2026-06-01T18:00+02:00"));
      assertThat(schedule.nextOpening(mondayEvening, MADRID))
          .contains(at("2026-06-02T09:00+02:00"));
      assertThat(schedule.nextClosing(mondayEvening, MADRID))
          .contains(at("2026-06-02T18:00+02:00"));
    }

    @Test
    void theSameScheduleIsReadOnEachCampaignsOwnWallClock() {
      Instant madridNine = at("2026-06-01T09:00+02:00");

      assertThat(schedule.isOpen(madridNine, MADRID)).isTrue();
      assertThat(schedule.isOpen(madridNine, NEW_YORK)).isFalse();
      assertThat(schedule.nextOpening(madridNine, NEW_YORK)).contains(at("2026-06-01T09:00-04:00"));
    }
  }

  @Nested
  class AcrossMidnight {

    @Test
    void aFridayNightRangeRunsIntoSaturdayMorning() {
      Schedule schedule = Schedule.parse("fri;22:00-06:00");

      assertThat(schedule.isOpen(at("2026-06-05T21:59+02:00"), MADRID)).isFalse();
      assertThat(schedule.isOpen(at("2026-06-05T22:00+02:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-06-06T05:59+02:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-06-06T06:00+02:00"), MADRID)).isFalse();
      assertThat(schedule.isOpen(at("2026-06-06T23:00+02:00"), MADRID)).isFalse();
      assertThat(transitions(schedule, at("2026-06-06T03:00+02:00"), MADRID, 3))
          .containsExactly(
              at("2026-06-06T06:00+02:00"),
              at("2026-06-12T22:00+02:00"),
              at("2026-06-13T06:00+02:00"));
    }

    @Test
    void aSundayNightRangeWrapsIntoMonday() {
      Schedule schedule = Schedule.parse("sun;22:00-02:00");

      assertThat(schedule.isOpen(at("2026-06-08T01:00+02:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-06-08T02:00+02:00"), MADRID)).isFalse();
      assertThat(schedule.nextTransition(at("2026-06-08T01:00+02:00"), MADRID))
          .contains(at("2026-06-08T02:00+02:00"));
      assertThat(schedule.nextTransition(at("2026-06-08T02:00+02:00"), MADRID))
          .contains(at("2026-06-14T22:00+02:00"));
    }

    @Test
    void rangesThatMeetAtMidnightAreOneOpening() {
      Schedule schedule = Schedule.parse("sun;20:00-00:00 & mon;00:00-08:00");

      assertThat(schedule.isOpen(at("2026-06-08T00:00+02:00"), MADRID)).isTrue();
      assertThat(transitions(schedule, at("2026-06-07T12:00+02:00"), MADRID, 2))
          .containsExactly(at("2026-06-07T20:00+02:00"), at("2026-06-08T08:00+02:00"));
    }

    @Test
    void overlappingGroupsOnTheSameDayAreOneOpening() {
      Schedule schedule = Schedule.parse("mon;09:00-14:00 & mon,tue;12:00-18:00");

      assertThat(transitions(schedule, at("2026-06-01T00:00+02:00"), MADRID, 3))
          .containsExactly(
              at("2026-06-01T09:00+02:00"),
              at("2026-06-01T18:00+02:00"),
              at("2026-06-02T12:00+02:00"));
    }
  }

  @Nested
  class AlwaysOpen {

    @Test
    void theEmptyScheduleIsOpenAndNeverChanges() {
      Schedule schedule = Schedule.parse("");

      assertThat(schedule.isOpen(at("2026-06-01T03:00+02:00"), MADRID)).isTrue();
      assertThat(schedule.nextTransition(at("2026-06-01T03:00+02:00"), MADRID)).isEmpty();
      assertThat(schedule.nextOpening(at("2026-06-01T03:00+02:00"), MADRID)).isEmpty();
      assertThat(schedule.nextClosing(at("2026-06-01T03:00+02:00"), MADRID)).isEmpty();
    }

    @Test
    void anExceptionWrittenOutOfOrderThatFillsItsDayChangesNothing() {
      // Found by SchedulePropertiesTest: ranges must be merged in start order, not written order.
      Schedule schedule = Schedule.parse("2026-12-25;00:15-00:00,00:00-00:15");

      assertThat(schedule.isOpen(at("2026-12-25T00:20+01:00"), MADRID)).isTrue();
      assertThat(schedule.nextTransition(at("2026-12-24T12:00+01:00"), MADRID)).isEmpty();
    }

    @Test
    void rangesCoveringTheWholeWeekNeverChangeEither() {
      Schedule schedule = Schedule.parse("mon,tue,wed,thu,fri,sat,sun;00:00-12:00,12:00-00:00");

      assertThat(schedule.isAlwaysOpen()).isFalse();
      assertThat(schedule.isOpen(at("2026-03-29T02:30+02:00"), MADRID)).isTrue();
      assertThat(schedule.nextTransition(at("2026-03-28T12:00+01:00"), MADRID)).isEmpty();
    }
  }

  @Nested
  class Holidays {

    private final Schedule schedule =
        Schedule.parse(
            "mon,tue,wed,thu,fri;09:00-18:00 & 2026-12-25;closed & 2026-12-24;09:00-13:00");

    @Test
    void aClosedDateStaysClosedAllDay() {
      assertThat(schedule.isOpen(at("2026-12-25T10:00+01:00"), MADRID)).isFalse();
      assertThat(schedule.isOpen(at("2026-12-28T10:00+01:00"), MADRID)).isTrue();
    }

    @Test
    void specialHoursReplaceTheWeeklyHoursOfThatDate() {
      assertThat(schedule.isOpen(at("2026-12-24T12:59+01:00"), MADRID)).isTrue();
      assertThat(schedule.isOpen(at("2026-12-24T13:00+01:00"), MADRID)).isFalse();
      assertThat(transitions(schedule, at("2026-12-23T12:00+01:00"), MADRID, 5))
          .containsExactly(
              at("2026-12-23T18:00+01:00"),
              at("2026-12-24T09:00+01:00"),
              at("2026-12-24T13:00+01:00"),
              at("2026-12-28T09:00+01:00"),
              at("2026-12-28T18:00+01:00"));
    }

    @Test
    void theOvernightRangeOfTheDayBeforeAHolidayStillRunsToItsEnd() {
      Schedule night = Schedule.parse("thu;22:00-06:00 & 2026-12-25;closed");

      assertThat(night.isOpen(at("2026-12-25T03:00+01:00"), MADRID)).isTrue();
      assertThat(night.nextTransition(at("2026-12-25T03:00+01:00"), MADRID))
          .contains(at("2026-12-25T06:00+01:00"));
    }

    @Test
    void specialHoursMayCrossMidnightIntoTheNextDay() {
      Schedule newYear = Schedule.parse("mon,tue,wed,thu,fri;09:00-18:00 & 2026-12-31;20:00-02:00");

      assertThat(transitions(newYear, at("2026-12-31T12:00+01:00"), MADRID, 4))
          .containsExactly(
              at("2026-12-31T20:00+01:00"),
              at("2027-01-01T02:00+01:00"),
              at("2027-01-01T09:00+01:00"),
              at("2027-01-01T18:00+01:00"));
    }

    @Test
    void withoutWeeklyGroupsEveryOtherDayIsOpenAllDay() {
      Schedule onlyChristmas = Schedule.parse("2026-12-25;closed");

      assertThat(onlyChristmas.isAlwaysOpen()).isFalse();
      assertThat(onlyChristmas.isOpen(at("2026-12-24T23:59+01:00"), MADRID)).isTrue();
      assertThat(onlyChristmas.isOpen(at("2026-12-25T12:00+01:00"), MADRID)).isFalse();
      assertThat(transitions(onlyChristmas, at("2026-06-01T00:00+02:00"), MADRID, 3))
          .containsExactly(at("2026-12-25T00:00+01:00"), at("2026-12-26T00:00+01:00"));
    }

    @Test
    void aHolidayBeyondTheHorizonIsNotSeen() {
      Schedule farAway = Schedule.parse("2028-12-25;closed");

      assertThat(farAway.nextTransition(at("2026-06-01T00:00+02:00"), MADRID)).isEmpty();
      assertThat(farAway.nextTransition(at("2028-06-01T00:00+02:00"), MADRID))
          .contains(at("2028-12-25T00:00+01:00"));
    }
  }

  @Nested
  class DaylightSaving {

    private final Schedule everyDay = Schedule.parse("mon,tue,wed,thu,fri,sat,sun;09:00-18:00");

    @Test
    void madridOpensAtNineLocalTimeOnBothSidesOfTheSpringChange() {
      // Last Sunday of March 2026: 02:00 +01:00 becomes 03:00 +02:00.
      assertThat(transitions(everyDay, at("2026-03-28T12:00+01:00"), MADRID, 4))
          .containsExactly(
              at("2026-03-28T18:00+01:00"),
              at("2026-03-29T09:00+02:00"),
              at("2026-03-29T18:00+02:00"),
              at("2026-03-30T09:00+02:00"));
    }

    @Test
    void madridOpensAtNineLocalTimeOnBothSidesOfTheAutumnChange() {
      // Last Sunday of October 2026: 03:00 +02:00 becomes 02:00 +01:00.
      assertThat(transitions(everyDay, at("2026-10-24T12:00+02:00"), MADRID, 4))
          .containsExactly(
              at("2026-10-24T18:00+02:00"),
              at("2026-10-25T09:00+01:00"),
              at("2026-10-25T18:00+01:00"),
              at("2026-10-26T09:00+01:00"));
    }

    @Test
    void newYorkOpensAtNineLocalTimeAcrossBothChanges() {
      // Second Sunday of March and first Sunday of November 2026.
      assertThat(everyDay.nextOpening(at("2026-03-07T20:00-05:00"), NEW_YORK))
          .contains(at("2026-03-08T09:00-04:00"));
      assertThat(everyDay.nextOpening(at("2026-03-06T20:00-05:00"), NEW_YORK))
          .contains(at("2026-03-07T09:00-05:00"));
      assertThat(everyDay.nextOpening(at("2026-10-31T20:00-04:00"), NEW_YORK))
          .contains(at("2026-11-01T09:00-05:00"));
      assertThat(everyDay.nextClosing(at("2026-11-01T12:00-05:00"), NEW_YORK))
          .contains(at("2026-11-01T18:00-05:00"));
    }

    @Test
    void anOvernightRangeOverTheSpringChangeIsAnHourShorter() {
      Schedule night = Schedule.parse("sat;22:00-06:00");

      List<Instant> opening = transitions(night, at("2026-03-07T12:00-05:00"), NEW_YORK, 2);

      assertThat(opening)
          .containsExactly(at("2026-03-07T22:00-05:00"), at("2026-03-08T06:00-04:00"));
      assertThat(Duration.between(opening.get(0), opening.get(1))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void anOvernightRangeOverTheAutumnChangeIsAnHourLonger() {
      Schedule night = Schedule.parse("sat;22:00-06:00");

      List<Instant> opening = transitions(night, at("2026-10-31T12:00-04:00"), NEW_YORK, 2);

      assertThat(opening)
          .containsExactly(at("2026-10-31T22:00-04:00"), at("2026-11-01T06:00-05:00"));
      assertThat(Duration.between(opening.get(0), opening.get(1))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void anOpeningInsideTheSpringGapOpensAtTheFirstInstantAfterTheGap() {
      // 02:30 does not exist in Madrid on 2026-03-29: the clock jumps from 02:00 to 03:00.
      Schedule schedule = Schedule.parse("sun;02:30-05:00");

      assertThat(schedule.nextOpening(at("2026-03-28T12:00+01:00"), MADRID))
          .contains(at("2026-03-29T03:00+02:00"));
      assertThat(schedule.isOpen(at("2026-03-29T01:59:59+01:00"), MADRID)).isFalse();
      assertThat(schedule.isOpen(at("2026-03-29T03:00+02:00"), MADRID)).isTrue();
      assertThat(schedule.nextClosing(at("2026-03-29T03:00+02:00"), MADRID))
          .contains(at("2026-03-29T05:00+02:00"));
      // ZonedDateTime.of would have shifted 02:30 by the length of the gap, to 03:30.
      assertThat(ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 2, 30), MADRID).toInstant())
          .isEqualTo(at("2026-03-29T03:30+02:00"));
    }

    @Test
    void aRangeEntirelyInsideTheSpringGapDoesNotOpenThatDay() {
      Schedule schedule = Schedule.parse("sun;02:00-02:30");

      assertThat(schedule.nextOpening(at("2026-03-28T12:00+01:00"), MADRID))
          .contains(at("2026-04-05T02:00+02:00"));
    }

    @Test
    void anAmbiguousTimeOnTheAutumnDayMeansItsFirstOccurrence() {
      // 02:00 to 03:00 happens twice in Madrid on 2026-10-25, first at +02:00, then at +01:00.
      Schedule opensAmbiguous = Schedule.parse("sun;02:30-04:00");
      Schedule closesAmbiguous = Schedule.parse("sun;01:00-02:30");

      assertThat(transitions(opensAmbiguous, at("2026-10-24T12:00+02:00"), MADRID, 2))
          .containsExactly(at("2026-10-25T02:30+02:00"), at("2026-10-25T04:00+01:00"));
      assertThat(transitions(closesAmbiguous, at("2026-10-24T12:00+02:00"), MADRID, 2))
          .containsExactly(at("2026-10-25T01:00+02:00"), at("2026-10-25T02:30+02:00"));
      assertThat(closesAmbiguous.isOpen(at("2026-10-25T02:15+01:00"), MADRID)).isFalse();
    }

    @Test
    void saoPauloHasNoDaylightSavingSince2019SoNineIsAlwaysMinusThree() {
      Schedule weekdays = Schedule.parse("mon,tue,wed,thu,fri;09:00-18:00");

      assertThat(weekdays.nextOpening(at("2026-01-04T12:00-03:00"), SAO_PAULO))
          .contains(at("2026-01-05T09:00-03:00"));
      assertThat(weekdays.nextOpening(at("2026-11-08T12:00-03:00"), SAO_PAULO))
          .contains(at("2026-11-09T09:00-03:00"));
    }

    @Test
    void saoPauloIn2018StillHadSummerTime() {
      Schedule weekdays = Schedule.parse("mon,tue,wed,thu,fri;09:00-18:00");

      assertThat(weekdays.nextOpening(at("2018-01-07T12:00-02:00"), SAO_PAULO))
          .contains(at("2018-01-08T09:00-02:00"));
      assertThat(weekdays.nextOpening(at("2018-03-04T12:00-03:00"), SAO_PAULO))
          .contains(at("2018-03-05T09:00-03:00"));
    }

    @Test
    void saoPauloSpringChangeAtMidnightOpensAtOneOClock() {
      // On 2018-11-04 the clock jumped from 00:00 -03:00 to 01:00 -02:00: midnight did not exist.
      Schedule sunday = Schedule.parse("sun;00:00-06:00");

      assertThat(sunday.nextOpening(at("2018-11-03T12:00-03:00"), SAO_PAULO))
          .contains(at("2018-11-04T01:00-02:00"));
    }

    @Test
    void saoPauloAutumnChangeAtMidnightRepeatsTheLastHourOfSaturday() {
      // On 2018-02-18 the clock went back from 00:00 -02:00 to 23:00 -03:00 on the 17th.
      Schedule saturdayEvening = Schedule.parse("sat;20:00-00:00");

      List<Instant> opening =
          transitions(saturdayEvening, at("2018-02-17T12:00-02:00"), SAO_PAULO, 2);

      assertThat(opening)
          .containsExactly(at("2018-02-17T20:00-02:00"), at("2018-02-18T00:00-03:00"));
      assertThat(saturdayEvening.isOpen(at("2018-02-17T23:30-03:00"), SAO_PAULO)).isTrue();
    }
  }
}
