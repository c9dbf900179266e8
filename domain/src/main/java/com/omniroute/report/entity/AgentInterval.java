package com.omniroute.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One agent's figures for one 15-minute interval in UTC, written by the routing engine in the same
 * transaction as the interaction changes they count. A row exists only for intervals in which
 * something happened.
 *
 * <p>The interval start is stored as seconds since the epoch: a key cannot go through the {@code
 * Instant} converter, and a number means the same whatever the time zones of the application and
 * database servers.
 */
@Entity
@Table(name = "agent_interval")
@IdClass(AgentInterval.Key.class)
public class AgentInterval {

  /** The primary key: whose figures, and the interval's start in UTC. */
  public static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private long agentId;
    private long intervalStart;

    /* For JPA. */
    protected Key() {}

    public Key(long agentId, long intervalStart) {
      this.agentId = agentId;
      this.intervalStart = intervalStart;
    }

    public long agentId() {
      return agentId;
    }

    public long intervalStart() {
      return intervalStart;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.agentId == agentId && k.intervalStart == intervalStart;
    }

    @Override
    public int hashCode() {
      return Objects.hash(agentId, intervalStart);
    }

    @Override
    public String toString() {
      return agentId + "@" + intervalStart;
    }
  }

  @Id
  @Column(name = "agent_id")
  private long agentId;

  @Id
  @Column(name = "interval_start")
  private long intervalStart;

  @Embedded private AgentFigures figures = new AgentFigures();

  protected AgentInterval() {}

  public AgentInterval(Key key) {
    this.agentId = key.agentId();
    this.intervalStart = key.intervalStart();
  }

  public long getAgentId() {
    return agentId;
  }

  /** The interval's start in seconds since the epoch (UTC). */
  public long getIntervalStart() {
    return intervalStart;
  }

  public AgentFigures getFigures() {
    return figures;
  }
}
