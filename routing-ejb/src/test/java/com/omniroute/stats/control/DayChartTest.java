package com.omniroute.stats.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard chart's buckets, from hand-made interaction times. */
class DayChartTest {

  private static final Duration QUARTER = Duration.ofMinutes(15);
  private static final Duration SERVICE_LEVEL = Duration.ofSeconds(20);
  private static final Instant DAY = Instant.parse("2026-03-10T00:00:00Z");

  private static Instant at(String time) {
    return Instant.parse("2026-03-10T" + time + "Z");
  }

  private static DayChart.Entry answered(String queued, String answered) {
    return entry(new CampaignDay.Times(at(queued), at(answered), at(answered), null, "ACTIVE"));
  }

  private static DayChart.Entry abandoned(String queued, String ended) {
    return entry(new CampaignDay.Times(at(queued), null, null, at(ended), "ABANDONED"));
  }

  private static DayChart.Entry waiting(String queued) {
    return entry(new CampaignDay.Times(at(queued), null, null, null, "QUEUED"));
  }

  private static DayChart.Entry entry(CampaignDay.Times times) {
    return new DayChart.Entry(times, SERVICE_LEVEL);
  }

  @Test
  void bucketsRunFromTheDayStartToTheBucketHoldingNow() {
    List<DayChart.Point> points = DayChart.of(List.of(), DAY, at("00:50:00"), QUARTER);

    assertThat(points)
        .extracting(DayChart.Point::start)
        .containsExactly(at("00:00:00"), at("00:15:00"), at("00:30:00"), at("00:45:00"));
    assertThat(points).allSatisfy(p -> assertThat(p.serviceLevelPercent()).isNull());
    assertThat(points).allSatisfy(p -> assertThat(p.waitingAtEnd()).isZero());
  }

  @Test
  void answeredWithinTheServiceLevelCountsForTheBucketItArrivedIn() {
    List<DayChart.Point> points =
        DayChart.of(
            List.of(answered("00:14:50", "00:15:05"), answered("00:16:00", "00:17:00")),
            DAY,
            at("00:20:00"),
            QUARTER);

    assertThat(points.get(0).serviceLevelPercent()).isEqualTo(100.0);
    assertThat(points.get(1).serviceLevelPercent()).isEqualTo(0.0);
  }

  @Test
  void onlyAnAbandonAfterTheServiceLevelTimeLowersTheServiceLevel() {
    List<DayChart.Point> points =
        DayChart.of(
            List.of(
                answered("00:01:00", "00:01:10"),
                abandoned("00:02:00", "00:02:10"),
                abandoned("00:03:00", "00:04:00")),
            DAY,
            at("00:10:00"),
            QUARTER);

    assertThat(points.get(0).serviceLevelPercent()).isEqualTo(50.0);
  }

  @Test
  void aBucketWhereNothingWasAnsweredOrAbandonedLateIsAGap() {
    List<DayChart.Point> points =
        DayChart.of(
            List.of(abandoned("00:01:00", "00:01:05"), waiting("00:02:00")),
            DAY,
            at("00:10:00"),
            QUARTER);

    assertThat(points.get(0).serviceLevelPercent()).isNull();
  }

  @Test
  void waitingCountsThoseInTheQueueAtEachBucketsEndAndThoseQueuedAtNow() {
    List<DayChart.Point> points =
        DayChart.of(
            List.of(
                answered("00:10:00", "00:20:00"),
                abandoned("00:12:00", "00:40:00"),
                waiting("00:25:00"),
                waiting("00:44:00")),
            DAY,
            at("00:44:30"),
            QUARTER);

    assertThat(points)
        .extracting(DayChart.Point::waitingAtEnd)
        .as("at 00:15 two wait, at 00:30 one left and one came, at now two are QUEUED")
        .containsExactly(2, 2, 2);
  }

  @Test
  void aWaitCrossingSeveralBucketsCountsInEachAndItsServiceLevelInTheArrivalBucket() {
    List<DayChart.Point> points =
        DayChart.of(List.of(answered("00:05:00", "00:50:00")), DAY, at("01:00:00"), QUARTER);

    assertThat(points).extracting(DayChart.Point::waitingAtEnd).containsExactly(1, 1, 1, 0, 0);
    assertThat(points)
        .extracting(DayChart.Point::serviceLevelPercent)
        .containsExactly(0.0, null, null, null, null);
  }

  @Test
  void theDayStartsAtMidnightInTheCampaignsTimeZone() {
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    Instant now = Instant.parse("2026-03-10T03:20:00Z");
    Instant dayStart = LocalDate.ofInstant(now, saoPaulo).atStartOfDay(saoPaulo).toInstant();
    DayChart.Entry yesterday =
        entry(
            new CampaignDay.Times(
                Instant.parse("2026-03-10T02:59:00Z"),
                Instant.parse("2026-03-10T02:59:05Z"),
                Instant.parse("2026-03-10T02:59:05Z"),
                null,
                "ACTIVE"));
    DayChart.Entry today =
        entry(
            new CampaignDay.Times(
                Instant.parse("2026-03-10T03:01:00Z"),
                Instant.parse("2026-03-10T03:02:00Z"),
                Instant.parse("2026-03-10T03:02:00Z"),
                null,
                "ACTIVE"));

    List<DayChart.Point> points = DayChart.of(List.of(yesterday, today), dayStart, now, QUARTER);

    assertThat(dayStart).isEqualTo(Instant.parse("2026-03-10T03:00:00Z"));
    assertThat(points).hasSize(2);
    assertThat(points.get(0).serviceLevelPercent())
        .as("only today's arrival, answered after 60 s, counts")
        .isEqualTo(0.0);
  }

  @Test
  void aRejectedArrivalNeverWaits() {
    DayChart.Entry rejected =
        entry(new CampaignDay.Times(at("00:01:00"), null, null, at("00:01:00"), "REJECTED"));

    assertThat(DayChart.of(List.of(rejected), DAY, at("00:20:00"), QUARTER))
        .extracting(DayChart.Point::waitingAtEnd)
        .containsExactly(0, 0);
  }

  @Test
  void aBucketMustHaveALength() {
    assertThatThrownBy(() -> DayChart.of(List.of(), DAY, at("00:20:00"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
