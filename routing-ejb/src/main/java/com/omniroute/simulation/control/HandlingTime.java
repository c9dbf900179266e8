package com.omniroute.simulation.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a simulated agent works on an interaction: log-normal around a mean (most are a little
 * shorter than the mean, a few much longer, like real calls), clamped between a fifth of the mean
 * and five times the mean so that no draw is absurd and stopping a simulation ends in bounded time.
 */
public final class HandlingTime {

  /** Spread of the underlying normal: about two thirds of draws within ±50% of the median. */
  static final double SIGMA = 0.5;

  static final double MIN_FACTOR = 0.2;

  static final double MAX_FACTOR = 5;

  private final double meanSeconds;
  private final double mu;

  public HandlingTime(double meanSeconds) {
    if (!(meanSeconds > 0)) {
      throw new IllegalArgumentException("mean must be above 0: " + meanSeconds);
    }
    this.meanSeconds = meanSeconds;
    // The mean of a log-normal is exp(mu + sigma²/2).
    this.mu = Math.log(meanSeconds) - SIGMA * SIGMA / 2;
  }

  public Duration draw(RandomGenerator random) {
    double seconds = Math.exp(mu + SIGMA * random.nextGaussian());
    double clamped =
        Math.min(meanSeconds * MAX_FACTOR, Math.max(meanSeconds * MIN_FACTOR, seconds));
    return Duration.ofMillis(Math.round(clamped * 1000));
  }
}
