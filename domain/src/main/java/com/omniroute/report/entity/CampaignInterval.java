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
 * One campaign's figures for one 15-minute interval in UTC, written by the routing engine in the
 * same transaction as the interaction changes they count. A row exists only for intervals in which
 * something happened.
 *
 * <p>The interval start is stored as seconds since the epoch: a key cannot go through the {@code
 * Instant} converter, and a number means the same whatever the time zones of the application and
 * database servers.
 */
@Entity
@Table(name = "campaign_interval")
@IdClass(CampaignInterval.Key.class)
public class CampaignInterval {

  /** The primary key: whose figures, and the interval's start in UTC. */
  public static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private long campaignId;
    private long intervalStart;

    /* For JPA. */
    protected Key() {}

    public Key(long campaignId, long intervalStart) {
      this.campaignId = campaignId;
      this.intervalStart = intervalStart;
    }

    public long campaignId() {
      return campaignId;
    }

    public long intervalStart() {
      return intervalStart;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.campaignId == campaignId
          && k.intervalStart == intervalStart;
    }

    @Override
    public int hashCode() {
      return Objects.hash(campaignId, intervalStart);
    }

    @Override
    public String toString() {
      return campaignId + "@" + intervalStart;
    }
  }

  @Id
  @Column(name = "campaign_id")
  private long campaignId;

  @Id
  @Column(name = "interval_start")
  private long intervalStart;

  @Embedded private CampaignFigures figures = new CampaignFigures();

  protected CampaignInterval() {}

  public CampaignInterval(Key key) {
    this.campaignId = key.campaignId();
    this.intervalStart = key.intervalStart();
  }

  public long getCampaignId() {
    return campaignId;
  }

  /** The interval's start in seconds since the epoch (UTC). */
  public long getIntervalStart() {
    return intervalStart;
  }

  public CampaignFigures getFigures() {
    return figures;
  }
}
