package com.omniroute.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random schedules, written with random white space and case, against random instants in zones with
 * daylight saving (including Lord Howe's half-hour change and Sao Paulo's historic changes at
 * midnight). The transitions are checked by brute force, minute by minute, against {@code isOpen}.
 */
class SchedulePropertiesTest {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Madrid"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("UTC"));

  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

  private static final Duration BRUTE_FORCE_WINDOW = Duration.ofDays(9);

  /** One group as an administrator could have written it, before white space is added. */
  private record Group(List<String> tokens) {}

  @Property(tries = 300)
  void normalisedTextParsesToAnEqualSchedule(
      @ForAll("schedules") List<Group> groups, @ForAll Random random) {
    Schedule schedule = Schedule.parse(write(groups, random));

    String normalized = schedule.normalized();

    assertThat(normalized).doesNotContain("  ").doesNotContain("\t");
    assertThat(Schedule.parse(normalized)).isEqualTo(schedule);
    assertThat(Schedule.parse(normalized).normalized()).isEqualTo(normalized);
  }

  @Property(tries = 150)
  void nextTransitionIsWhereIsOpenChanges(
      @ForAll("schedules") List<Group> groups,
      @ForAll("zones") ZoneId zone,
      @ForAll("instants") Instant after,
      @ForAll Random random) {
    Schedule schedule = Schedule.parse(write(groups, random));
    boolean openNow = schedule.isOpen(after, zone);

    Optional<Instant> next = schedule.nextTransition(after, zone);

    Instant end = next.orElse(after.plus(BRUTE_FORCE_WINDOW));
    if (end.isAfter(after.plus(BRUTE_FORCE_WINDOW))) {
      end = after.plus(BRUTE_FORCE_WINDOW);
    }
    for (Instant minute = after.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        minute.isBefore(end);
        minute = minute.plus(Duration.ofMinutes(1))) {
      assertThat(schedule.isOpen(minute, zone)).as("open at %s", minute).isEqualTo(openNow);
    }
    if (next.isPresent()) {
      Instant transition = next.get();
      assertThat(transition).isAfter(after);
      assertThat(schedule.isOpen(transition, zone)).isNotEqualTo(openNow);
      assertThat(schedule.isOpen(transition.minusNanos(1), zone)).isEqualTo(openNow);
      Optional<Instant> following = schedule.nextTransition(transition, zone);
      assertThat(openNow ? schedule.nextClosing(after, zone) : schedule.nextOpening(after, zone))
          .contains(transition);
      assertThat(openNow ? schedule.nextOpening(after, zone) : schedule.nextClosing(after, zone))
          .isEqualTo(following);
    } else {
      assertThat(schedule.isOpen(end, zone)).isEqualTo(openNow);
    }
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  @Provide
  Arbitrary<Instant> instants() {
    long days = 11 * 365;
    return Combinators.combine(
            Arbitraries.longs().between(0, days), Arbitraries.longs().between(0, 86_399_999))
        .as(
            (day, milli) ->
                FIRST_DAY
                    .plusDays(day)
                    .atStartOfDay(ZoneId.of("UTC"))
                    .toInstant()
                    .plusMillis(milli));
  }

  @Provide
  Arbitrary<List<Group>> schedules() {
    Arbitrary<List<Group>> weekly = weeklyGroup().list().ofMaxSize(3);
    Arbitrary<List<Group>> dated =
        datedGroup().list().ofMaxSize(3).uniqueElements(group -> group.tokens().get(0));
    return Combinators.combine(weekly, dated)
        .as(
            (w, d) -> {
              List<Group> all = new ArrayList<>(w);
              all.addAll(d);
              return all;
            })
        .flatMap(all -> Arbitraries.shuffle(all));
  }

  private Arbitrary<Group> weeklyGroup() {
    Arbitrary<Set<DayOfWeek>> days = Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1);
    return Combinators.combine(days, ranges())
        .as(
            (set, ranges) -> {
              List<String> tokens = new ArrayList<>();
              StringJoiner list = new StringJoiner(",");
              set.forEach(day -> list.add(ScheduleParser.dayName(day)));
              tokens.add(list.toString());
              tokens.add(ranges);
              return new Group(tokens);
            });
  }

  private Arbitrary<Group> datedGroup() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(0, 11 * 365).map(FIRST_DAY::plusDays);
    Arbitrary<String> hours = Arbitraries.oneOf(Arbitraries.just("closed"), ranges());
    return Combinators.combine(dates, hours)
        .as((date, text) -> new Group(List.of(date.toString(), text)));
  }

  /** One to three ranges of one group that do not overlap, mostly on quarter hours. */
  private Arbitrary<String> ranges() {
    Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 95).map(q -> q * 15);
    Arbitrary<Integer> minute =
        Arbitraries.oneOf(quarter, quarter, Arbitraries.integers().between(0, 1439));
    return Combinators.combine(minute, minute)
        .as(DailyRange::new)
        .filter(range -> range.start() != range.end())
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .filter(SchedulePropertiesTest::disjoint)
        .map(
            list -> {
              StringJoiner text = new StringJoiner(",");
              list.forEach(range -> text.add(range.text()));
              return text.toString();
            });
  }

  private static boolean disjoint(List<DailyRange> ranges) {
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        if (ranges.get(i).overlaps(ranges.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The groups as text, with random white space around every token and random case. */
  private static String write(List<Group> groups, Random random) {
    StringJoiner text = new StringJoiner("&");
    for (Group group : groups) {
      String plain = group.tokens().get(0) + ";" + group.tokens().get(1);
      StringBuilder written = new StringBuilder(space(random));
      for (char c : plain.toCharArray()) {
        if (",;:-".indexOf(c) >= 0) {
          written.append(space(random)).append(c).append(space(random));
        } else {
          written.append(random.nextBoolean() ? c : Character.toUpperCase(c));
        }
      }
      text.add(written.append(space(random)));
    }
    return text.toString();
  }

  private static String space(Random random) {
    return List.of("", "", " ", "  ", "\t", "\n", "\u00a0").get(random.nextInt(7));
  }
}
