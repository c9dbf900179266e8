package com.omniroute.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What one agent did during one interval, as counters and sums that add up. Times are split over
 * the intervals they cover: a ready period from 09:50 to 10:20 gives 10 minutes to the 09:45
 * interval, 15 to 10:00 and 5 to 10:15.
 */
@Embeddable
public class AgentFigures implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Offers made to the agent (an interaction offered twice counts twice). */
  @Column(name = "offered", nullable = false)
  private long offered;

  /** Offers accepted, including override offers, which are accepted automatically. */
  @Column(name = "answered", nullable = false)
  private long answered;

  /** Offers the agent refused. */
  @Column(name = "rejected", nullable = false)
  private long rejected;

  /** Offers not answered within the offer timeout (ring-no-answer). */
  @Column(name = "missed", nullable = false)
  private long missed;

  /** Time spent handling interactions (answer to wrap-up end); parallel chats each count. */
  @Column(name = "handle_ms", nullable = false)
  private long handleMillis;

  /**
   * Handling time weighted by the capacity share of each interaction's media type: 100 % of the
   * agent's capacity for one second counts 1000. The occupancy's numerator.
   */
  @Column(name = "occupied_ms", nullable = false)
  private long occupiedMillis;

  @Column(name = "ready_ms", nullable = false)
  private long readyMillis;

  /** Not-ready time; by reason once agents give reasons (docs/design.md section 12). */
  @Column(name = "not_ready_ms", nullable = false)
  private long notReadyMillis;

  public AgentFigures() {}

  /**
   * Figures read as sums from the table, in its column order: offered, answered, rejected, missed,
   * handle time, occupied time, ready time, not-ready time.
   */
  public static AgentFigures ofColumns(long[] v) {
    AgentFigures f = new AgentFigures();
    f.offered = v[0];
    f.answered = v[1];
    f.rejected = v[2];
    f.missed = v[3];
    f.handleMillis = v[4];
    f.occupiedMillis = v[5];
    f.readyMillis = v[6];
    f.notReadyMillis = v[7];
    return f;
  }

  /** Adds the other interval's figures to these. */
  public void add(AgentFigures other) {
    offered += other.offered;
    answered += other.answered;
    rejected += other.rejected;
    missed += other.missed;
    handleMillis += other.handleMillis;
    occupiedMillis += other.occupiedMillis;
    readyMillis += other.readyMillis;
    notReadyMillis += other.notReadyMillis;
  }

  public void offered() {
    offered++;
  }

  public void answered() {
    answered++;
  }

  public void rejected() {
    rejected++;
  }

  public void missed() {
    missed++;
  }

  /** Part of a handling period, {@code sharePercent} of the agent's capacity, in this interval. */
  public void handling(long millis, int sharePercent) {
    handleMillis += millis;
    occupiedMillis += millis * sharePercent / 100;
  }

  public void ready(long millis) {
    readyMillis += millis;
  }

  public void notReady(long millis) {
    notReadyMillis += millis;
  }

  public long getOffered() {
    return offered;
  }

  public long getAnswered() {
    return answered;
  }

  public long getRejected() {
    return rejected;
  }

  public long getMissed() {
    return missed;
  }

  public long getHandleMillis() {
    return handleMillis;
  }

  public long getOccupiedMillis() {
    return occupiedMillis;
  }

  public long getReadyMillis() {
    return readyMillis;
  }

  public long getNotReadyMillis() {
    return notReadyMillis;
  }
}
