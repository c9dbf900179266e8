package com.omniroute.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The latency percentiles the simulator's status shows. */
class LatencyFiguresTest {

  @Test
  void noFiguresBeforeTheFirstOffer() {
    assertThat(new LatencyFigures().summary())
        .isEqualTo(new LatencyFigures.Summary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
  }

  @Test
  void percentilesByNearestRank() {
    LatencyFigures figures = new LatencyFigures();
    for (int ms = 1; ms <= 100; ms++) {
      figures.record(Duration.ofMillis(ms));
    }

    assertThat(figures.summary())
        .isEqualTo(
            new LatencyFigures.Summary(
                100, Duration.ofMillis(50), Duration.ofMillis(95), Duration.ofMillis(100)));
  }

  @Test
  void percentilesFollowTheRecentWindowWhileTheMaximumCoversTheRun() {
    LatencyFigures figures = new LatencyFigures();
    figures.record(Duration.ofSeconds(9));
    for (int i = 0; i < LatencyFigures.WINDOW; i++) {
      figures.record(Duration.ofMillis(2));
    }

    LatencyFigures.Summary summary = figures.summary();

    assertThat(summary.p95()).isEqualTo(Duration.ofMillis(2));
    assertThat(summary.max()).isEqualTo(Duration.ofSeconds(9));
    assertThat(summary.count()).isEqualTo(LatencyFigures.WINDOW + 1);
  }
}
