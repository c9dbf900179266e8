package com.omniroute.simulation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The arrival times of one campaign as a Poisson process: the gaps between arrivals are
 * exponentially distributed with the rate's inverse as their mean, so arrivals do not depend on how
 * often the simulator looks.
 */
public final class PoissonArrivals {

  private final double perSecond;
  private final RandomGenerator random;
  private Instant next;

  /**
   * @param perMinute mean arrivals per minute; 0 means none ever
   * @param start the instant the process starts at; the first arrival comes one gap later
   */
  public PoissonArrivals(double perMinute, Instant start, RandomGenerator random) {
    if (!(perMinute >= 0)) {
      throw new IllegalArgumentException("rate must be 0 or more: " + perMinute);
    }
    this.perSecond = perMinute / 60;
    this.random = random;
    this.next = perSecond == 0 ? null : start.plus(gap());
  }

  /** How many arrivals fall in the time up to and including {@code now}, consuming them. */
  public int due(Instant now) {
    int count = 0;
    while (next != null && !next.isAfter(now)) {
      count++;
      next = next.plus(gap());
    }
    return count;
  }

  private Duration gap() {
    double seconds = -Math.log(1 - random.nextDouble()) / perSecond;
    return Duration.ofNanos(Math.max(1, (long) (seconds * 1e9)));
  }
}
