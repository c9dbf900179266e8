package com.omniroute.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.DoubleSummaryStatistics;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Arrivals, handling and think times: their means, bounds and independence from polling. */
class DistributionsTest {

  static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  final RandomGenerator random = new SplittableRandom(42);

  @Test
  void arrivalsComeAtTheRequestedRateOnAverage() {
    PoissonArrivals arrivals = new PoissonArrivals(120, START, random);

    int count = arrivals.due(START.plus(Duration.ofHours(1)));

    // 7,200 expected; a Poisson count's standard deviation is its square root, about 85.
    assertThat(count).isBetween(7_200 - 400, 7_200 + 400);
  }

  @Test
  void howOftenOneLooksDoesNotChangeTheArrivals() {
    PoissonArrivals once = new PoissonArrivals(30, START, new SplittableRandom(7));
    PoissonArrivals everySecond = new PoissonArrivals(30, START, new SplittableRandom(7));

    int total = once.due(START.plusSeconds(600));
    int summed =
        IntStream.rangeClosed(1, 600).map(s -> everySecond.due(START.plusSeconds(s))).sum();

    assertThat(summed).isEqualTo(total);
  }

  @Test
  void aZeroRateNeverArrives() {
    assertThat(new PoissonArrivals(0, START, random).due(START.plus(Duration.ofDays(365))))
        .isZero();
    assertThatThrownBy(() -> new PoissonArrivals(-1, START, random))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void handlingTimesAverageTheMeanWithinTheirClamp() {
    HandlingTime handling = new HandlingTime(180);

    double[] seconds =
        IntStream.range(0, 20_000)
            .mapToDouble(i -> handling.draw(random).toMillis() / 1000.0)
            .toArray();

    DoubleSummaryStatistics figures = DoubleStream.of(seconds).summaryStatistics();
    assertThat(figures.getAverage()).isCloseTo(180.0, within(6.0));
    assertThat(figures.getMin()).isGreaterThanOrEqualTo(180 * HandlingTime.MIN_FACTOR);
    assertThat(figures.getMax()).isLessThanOrEqualTo(180 * HandlingTime.MAX_FACTOR);
  }

  @Test
  void aFewSecondsAreAValidMeanForDemos() {
    Duration drawn = new HandlingTime(2).draw(random);

    assertThat(drawn).isBetween(Duration.ofMillis(400), Duration.ofSeconds(10));
    assertThatThrownBy(() -> new HandlingTime(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thinkTimeStaysInItsRange() {
    assertThat(IntStream.range(0, 1_000).mapToObj(i -> ThinkTime.HUMAN.draw(random)))
        .allSatisfy(
            drawn -> assertThat(drawn).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3)));
    assertThat(new ThinkTime(Duration.ZERO, Duration.ZERO).draw(random)).isZero();
  }
}
