package com.omniroute.stats.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's chart of a campaign day: for each time bucket (15 minutes on the dashboard) from
 * the start of the day to now, the service level of the interactions that arrived in the bucket and
 * how many were waiting at its end (for the bucket that holds now: at now).
 *
 * <p>Service level as in {@link CampaignDay}: answered within the service level time / (answered +
 * abandoned after waiting longer than it). An interaction counts in the bucket it arrived in, once
 * it has been answered or abandoned; a bucket where none has is a gap ({@code null}), not 100 %.
 *
 * <p>Waiting is rebuilt from the stored times: an interaction waits from its queue time until it is
 * first offered, answered or ended; one that is QUEUED now waits until now. An offer that was
 * rejected or timed out puts it back in the queue with its original queue time, and the stored
 * times keep only the latest offer, so such an interaction counts as waiting until that offer: the
 * past is rebuilt as closely as the stored times allow, the present is exact.
 */
public final class DayChart {

  /** One interaction of the day, with the service level time of its campaign. */
  public record Entry(CampaignDay.Times times, Duration serviceLevel) {}

  /**
   * One bucket.
   *
   * @param serviceLevelPercent {@code null} when no interaction that arrived in the bucket has been
   *     answered or abandoned after the service level time
   * @param waitingAtEnd waiting at the bucket's end, or at now for the last bucket
   */
  public record Point(Instant start, Double serviceLevelPercent, int waitingAtEnd)
      implements Serializable {}

  private DayChart() {}

  /**
   * The buckets from {@code dayStart} to the one holding {@code now}, oldest first.
   *
   * @param bucket the length of a bucket, positive
   */
  public static List<Point> of(
      List<Entry> entries, Instant dayStart, Instant now, Duration bucket) {
    if (bucket.isZero() || bucket.isNegative()) {
      throw new IllegalArgumentException("bucket must be positive: " + bucket);
    }
    int count =
        now.isBefore(dayStart)
            ? 1
            : (int) (Duration.between(dayStart, now).toMillis() / bucket.toMillis()) + 1;
    long[] measured = new long[count];
    long[] inTime = new long[count];
    List<Point> points = new ArrayList<>(count);
    for (Entry entry : entries) {
      CampaignDay.Times t = entry.times();
      if (t.queuedAt().isBefore(dayStart) || t.queuedAt().isAfter(now)) {
        continue;
      }
      int index = (int) (Duration.between(dayStart, t.queuedAt()).toMillis() / bucket.toMillis());
      if (t.answeredAt() != null) {
        measured[index]++;
        if (Duration.between(t.queuedAt(), t.answeredAt()).compareTo(entry.serviceLevel()) <= 0) {
          inTime[index]++;
        }
      } else if ("ABANDONED".equals(t.state())
          && t.endedAt() != null
          && Duration.between(t.queuedAt(), t.endedAt()).compareTo(entry.serviceLevel()) > 0) {
        measured[index]++;
      }
    }
    for (int i = 0; i < count; i++) {
      Instant start = dayStart.plus(bucket.multipliedBy(i));
      Instant end = i == count - 1 ? now : start.plus(bucket);
      points.add(
          new Point(
              start,
              measured[i] == 0 ? null : 100.0 * inTime[i] / measured[i],
              waitingAt(entries, end, i == count - 1)));
    }
    return points;
  }

  /**
   * How many were waiting at the instant; at now, exactly those QUEUED. Before now, those queued at
   * or before it that had not yet left the queue (a wait ends at the instant it leaves).
   */
  private static int waitingAt(List<Entry> entries, Instant at, boolean now) {
    int waiting = 0;
    for (Entry entry : entries) {
      CampaignDay.Times t = entry.times();
      if (now) {
        if ("QUEUED".equals(t.state())) {
          waiting++;
        }
      } else if (!"REJECTED".equals(t.state()) && !t.queuedAt().isAfter(at)) {
        Instant left = leftQueue(t);
        if (left == null || left.isAfter(at)) {
          waiting++;
        }
      }
    }
    return waiting;
  }

  /** When the interaction left the queue, or {@code null} while it is still in it. */
  private static Instant leftQueue(CampaignDay.Times t) {
    if ("QUEUED".equals(t.state())) {
      return null;
    }
    Instant left = null;
    for (Instant at : new Instant[] {t.offeredAt(), t.answeredAt(), t.endedAt()}) {
      if (at != null && (left == null || at.isBefore(left))) {
        left = at;
      }
    }
    return left;
  }
}
