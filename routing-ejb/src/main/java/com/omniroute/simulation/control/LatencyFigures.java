package com.omniroute.simulation.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;

/**
 * Arrival-to-offer latencies of the interactions offered at once: the most recent {@link #WINDOW}
 * of them for the percentiles (so a long run reflects its present, in bounded memory), and the
 * maximum over the whole run.
 */
public final class LatencyFigures {

  static final int WINDOW = 10_000;

  private final long[] nanos = new long[WINDOW];
  private long recorded;
  private long max;

  public void record(Duration latency) {
    long value = latency.toNanos();
    nanos[(int) (recorded % WINDOW)] = value;
    recorded++;
    max = Math.max(max, value);
  }

  /** The figures so far; all zero before the first one. */
  public Summary summary() {
    int size = (int) Math.min(recorded, WINDOW);
    if (size == 0) {
      return new Summary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    return new Summary(
        recorded,
        Duration.ofNanos(percentile(sorted, 50)),
        Duration.ofNanos(percentile(sorted, 95)),
        Duration.ofNanos(max));
  }

  /** Nearest-rank percentile. */
  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public record Summary(long count, Duration p50, Duration p95, Duration max)
      implements Serializable {}
}
