package com.omniroute.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What happened in one campaign during one interval, as counters and sums that add up: the figures
 * of two intervals are the figures of their union, except {@link #getLongestWaitMillis()}, which is
 * their maximum. Averages and percentages are computed when reported, never stored.
 *
 * <p>Each event counts in the interval in which it happened: an arrival when it was queued, an
 * answer when it was answered, an abandon when the customer left, a handled interaction when its
 * wrap-up ended.
 */
@Embeddable
public class CampaignFigures implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Interactions that entered the queue (arrivals not refused at the door). */
  @Column(name = "offered", nullable = false)
  private long offered;

  @Column(name = "answered", nullable = false)
  private long answered;

  /** Answered after waiting no longer than the campaign's service level time. */
  @Column(name = "answered_in_service_level", nullable = false)
  private long answeredInServiceLevel;

  @Column(name = "abandoned", nullable = false)
  private long abandoned;

  /** Abandoned after waiting longer than the service level time: they count against it. */
  @Column(name = "abandoned_after_service_level", nullable = false)
  private long abandonedAfterServiceLevel;

  /** Refused at the door (disabled, closed, queue full). */
  @Column(name = "rejected", nullable = false)
  private long rejected;

  /** Sum of the waits of the answered interactions, queue to answer. */
  @Column(name = "speed_of_answer_ms", nullable = false)
  private long speedOfAnswerMillis;

  /** Interactions whose handling (answer to wrap-up end) ended. */
  @Column(name = "handled", nullable = false)
  private long handled;

  /** Sum of the handling times of the handled interactions, answer to wrap-up end. */
  @Column(name = "handle_ms", nullable = false)
  private long handleMillis;

  /** The longest wait that ended (answered or abandoned). */
  @Column(name = "longest_wait_ms", nullable = false)
  private long longestWaitMillis;

  /** Waiting-time rules (docs/design.md section 11) will count here. */
  @Column(name = "overflowed", nullable = false)
  private long overflowed;

  /** Waiting-time rules (docs/design.md section 11) will count here. */
  @Column(name = "callbacks", nullable = false)
  private long callbacks;

  public CampaignFigures() {}

  /**
   * Figures read as sums from the table, in its column order: offered, answered, answered in
   * service level, abandoned, abandoned after it, rejected, speed of answer, handled, handle time,
   * longest wait, overflowed, callbacks.
   */
  public static CampaignFigures ofColumns(long[] v) {
    CampaignFigures f = new CampaignFigures();
    f.offered = v[0];
    f.answered = v[1];
    f.answeredInServiceLevel = v[2];
    f.abandoned = v[3];
    f.abandonedAfterServiceLevel = v[4];
    f.rejected = v[5];
    f.speedOfAnswerMillis = v[6];
    f.handled = v[7];
    f.handleMillis = v[8];
    f.longestWaitMillis = v[9];
    f.overflowed = v[10];
    f.callbacks = v[11];
    return f;
  }

  /** Adds the other interval's figures to these. */
  public void add(CampaignFigures other) {
    offered += other.offered;
    answered += other.answered;
    answeredInServiceLevel += other.answeredInServiceLevel;
    abandoned += other.abandoned;
    abandonedAfterServiceLevel += other.abandonedAfterServiceLevel;
    rejected += other.rejected;
    speedOfAnswerMillis += other.speedOfAnswerMillis;
    handled += other.handled;
    handleMillis += other.handleMillis;
    longestWaitMillis = Math.max(longestWaitMillis, other.longestWaitMillis);
    overflowed += other.overflowed;
    callbacks += other.callbacks;
  }

  /** An interaction entered the queue. */
  public void queued() {
    offered++;
  }

  /** An arrival was refused at the door. */
  public void rejectedAtDoor() {
    rejected++;
  }

  /** An interaction was answered after waiting {@code waitMillis}. */
  public void answered(long waitMillis, long serviceLevelMillis) {
    answered++;
    if (waitMillis <= serviceLevelMillis) {
      answeredInServiceLevel++;
    }
    speedOfAnswerMillis += waitMillis;
    waitEnded(waitMillis);
  }

  /** The customer left (or the dropout time passed) after waiting {@code waitMillis}. */
  public void abandoned(long waitMillis, long serviceLevelMillis) {
    abandoned++;
    if (waitMillis > serviceLevelMillis) {
      abandonedAfterServiceLevel++;
    }
    waitEnded(waitMillis);
  }

  /** An interaction's handling ended after {@code handleMillis}. */
  public void handled(long handleMillis) {
    handled++;
    this.handleMillis += handleMillis;
  }

  private void waitEnded(long waitMillis) {
    longestWaitMillis = Math.max(longestWaitMillis, waitMillis);
  }

  public long getOffered() {
    return offered;
  }

  public long getAnswered() {
    return answered;
  }

  public long getAnsweredInServiceLevel() {
    return answeredInServiceLevel;
  }

  public long getAbandoned() {
    return abandoned;
  }

  public long getAbandonedAfterServiceLevel() {
    return abandonedAfterServiceLevel;
  }

  public long getRejected() {
    return rejected;
  }

  public long getSpeedOfAnswerMillis() {
    return speedOfAnswerMillis;
  }

  public long getHandled() {
    return handled;
  }

  public long getHandleMillis() {
    return handleMillis;
  }

  public long getLongestWaitMillis() {
    return longestWaitMillis;
  }

  public long getOverflowed() {
    return overflowed;
  }

  public long getCallbacks() {
    return callbacks;
  }
}
