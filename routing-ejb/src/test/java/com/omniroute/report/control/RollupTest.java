package com.omniroute.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.report.entity.CampaignFigures;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

  private static CampaignFigures oneArrival() {
    CampaignFigures figures = new CampaignFigures();
    figures.queued();
    return figures;
  }

  private static List<Rollup.Row<CampaignFigures>> rollup(
      ReportInterval interval, String zone, String... utcStarts) {
    Rollup<CampaignFigures> rollup =
        new Rollup<>(interval, ZoneId.of(zone), CampaignFigures::new, CampaignFigures::add);
    for (String start : utcStarts) {
      rollup.add(Instant.parse(start).getEpochSecond(), oneArrival());
    }
    List<Rollup.Row<CampaignFigures>> rows = new ArrayList<>();
    rollup.rows().forEach(rows::add);
    return rows;
  }

  @Test
  void daysStartAtMidnightOfTheZoneNotOfUtc() {
    var rows =
        rollup(
            ReportInterval.DAY,
            "America/Sao_Paulo",
            "2026-12-02T02:45:00Z", // 23:45 on the 1st in São Paulo
            "2026-12-02T03:00:00Z", // 00:00 on the 2nd
            "2026-12-02T10:00:00Z");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).start()).hasToString("2026-12-01T00:00-03:00[America/Sao_Paulo]");
    assertThat(rows.get(0).figures().getOffered()).isEqualTo(1);
    assertThat(rows.get(1).start()).hasToString("2026-12-02T00:00-03:00[America/Sao_Paulo]");
    assertThat(rows.get(1).figures().getOffered()).isEqualTo(2);
  }

  @Test
  void hoursOfAHalfHourZoneGatherTheirFourQuarters() {
    var rows =
        rollup(
            ReportInterval.HOUR,
            "Asia/Kolkata",
            "2026-12-01T03:30:00Z", // 09:00 in Kolkata
            "2026-12-01T04:15:00Z", // 09:45
            "2026-12-01T04:30:00Z"); // 10:00

    assertThat(rows)
        .extracting(r -> r.start().toLocalTime().toString())
        .containsExactly("09:00", "10:00");
    assertThat(rows.get(0).figures().getOffered()).isEqualTo(2);
  }

  @Test
  void theRepeatedHourOfADaylightSavingChangeGivesTwoRows() {
    var rows =
        rollup(
            ReportInterval.HOUR,
            "Europe/Madrid",
            "2026-10-25T00:15:00Z", // 02:15 CEST
            "2026-10-25T01:15:00Z"); // 02:15 CET, an hour later

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).start().getOffset()).hasToString("+02:00");
    assertThat(rows.get(1).start().getOffset()).hasToString("+01:00");
  }

  @Test
  void quarterHoursKeepTheStoredIntervals() {
    var rows =
        rollup(
            ReportInterval.QUARTER_HOUR,
            "Asia/Kathmandu", // +05:45
            "2026-12-01T03:15:00Z",
            "2026-12-01T03:30:00Z");

    assertThat(rows)
        .extracting(r -> r.start().toLocalTime().toString())
        .containsExactly("09:00", "09:15");
  }
}
