package com.omniroute.simulation.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** How long a simulated agent looks at an offer before accepting it: uniform in a short range. */
public record ThinkTime(Duration shortest, Duration longest) {

  /** A person notices an offer and clicks within one to three seconds. */
  public static final ThinkTime HUMAN = new ThinkTime(Duration.ofSeconds(1), Duration.ofSeconds(3));

  public ThinkTime {
    if (shortest.isNegative() || longest.compareTo(shortest) < 0) {
      throw new IllegalArgumentException("need 0 <= shortest <= longest");
    }
  }

  public Duration draw(RandomGenerator random) {
    long spread = longest.toMillis() - shortest.toMillis();
    return shortest.plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
  }
}
