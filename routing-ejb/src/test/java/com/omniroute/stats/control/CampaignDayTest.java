package com.omniroute.stats.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service level of a campaign day (docs/design.md section 6). */
class CampaignDayTest {

  private static final Instant DAY = Instant.parse("2026-12-02T00:00:00Z");

  @Test
  void aDayWithoutTrafficHasNoServiceLevel() {
    CampaignDay.Figures figures = CampaignDay.figures(List.of(), DAY, 20);
    assertThat(figures.serviceLevelPercent()).as("not 100 %").isNull();
    assertThat(figures.serviceLevelMeasured()).isZero();
  }

  @Test
  void answeredAndLateAbandonedCountAndTheirCountsAreKept() {
    Instant q = DAY.plusSeconds(3600);
    CampaignDay.Figures figures =
        CampaignDay.figures(
            List.of(
                new CampaignDay.Times(q, q.plusSeconds(5), q.plusSeconds(10), null, "ACTIVE"),
                new CampaignDay.Times(q, q.plusSeconds(5), q.plusSeconds(60), null, "ACTIVE"),
                new CampaignDay.Times(q, null, null, q.plusSeconds(5), "ABANDONED"),
                new CampaignDay.Times(q, null, null, q.plusSeconds(90), "ABANDONED")),
            DAY,
            20);
    assertThat(figures.serviceLevelAnswered()).isEqualTo(1);
    assertThat(figures.serviceLevelMeasured()).isEqualTo(3);
    assertThat(figures.serviceLevelPercent())
        .isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
  }
}
