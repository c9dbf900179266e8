package com.omniroute.report.boundary;

import com.omniroute.report.control.IntervalDeltas;
import com.omniroute.report.entity.AgentInterval;
import com.omniroute.report.entity.CampaignInterval;
import jakarta.persistence.EntityManager;

/**
 * Adds gathered figures to the aggregate rows in the current transaction: each touched row read by
 * its key once and changed once (or created). Only the routing engine's writer calls it, one turn
 * at a time, so read-modify-write cannot lose an update.
 */
public final class IntervalAggregates {

  private IntervalAggregates() {}

  public static void write(EntityManager em, IntervalDeltas deltas) {
    deltas
        .campaigns()
        .forEach(
            (key, figures) -> {
              CampaignInterval row = em.find(CampaignInterval.class, key);
              if (row == null) {
                row = new CampaignInterval(key);
                em.persist(row);
              }
              row.getFigures().add(figures);
            });
    deltas
        .agents()
        .forEach(
            (key, figures) -> {
              AgentInterval row = em.find(AgentInterval.class, key);
              if (row == null) {
                row = new AgentInterval(key);
                em.persist(row);
              }
              row.getFigures().add(figures);
            });
  }
}
