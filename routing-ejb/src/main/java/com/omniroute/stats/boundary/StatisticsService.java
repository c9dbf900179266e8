package com.omniroute.stats.boundary;

import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.routing.control.QueueStatus;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import com.omniroute.stats.control.CampaignDay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Real-time statistics per campaign and campaign day: the waiting figures from the engine's live
 * queues, the day's counts from the stored interactions (indexed by campaign and queue time).
 */
@Stateless
@RolesAllowed({"admin", "supervisor", "superadmin"})
// Reads only: no transaction, so no pooled connection is held while waiting for the engine's
// lock (see InteractionService).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsService {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RoutingEngine engine;

  private final Clock clock = Clock.systemUTC();

  public CampaignStats campaign(long campaignId) {
    Campaign campaign =
        Visibility.visible(
            em,
            callers.current(),
            Campaign.class,
            campaignId,
            "Campaign",
            Campaign::getSecurityGroup);
    Instant now = clock.instant();
    ZoneId zone = ZoneId.of(campaign.getTimeZone());
    Instant dayStart = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    List<CampaignDay.Times> today =
        em
            .createNamedQuery(Interaction.DAY_TIMES_OF_CAMPAIGN, Object[].class)
            .setParameter("campaign", campaign)
            .setParameter("day", dayStart)
            .getResultList()
            .stream()
            .map(
                row ->
                    new CampaignDay.Times(
                        (Instant) row[0],
                        (Instant) row[1],
                        (Instant) row[2],
                        (Instant) row[3],
                        String.valueOf(row[4])))
            .toList();
    CampaignDay.Figures figures =
        CampaignDay.figures(today, dayStart, campaign.getServiceLevelSeconds());
    QueueStatus queue = engine.queue(campaignId);
    long longestWait =
        queue.longestWaitingSince() == null
            ? 0
            : Duration.between(queue.longestWaitingSince(), now).toSeconds();
    return new CampaignStats(
        queue.waiting(),
        longestWait,
        figures.offered(),
        figures.answered(),
        figures.abandoned(),
        figures.rejected(),
        figures.serviceLevelPercent(),
        queue.enabled() && queue.open(),
        em.createNamedQuery(Interaction.COUNT_CHATS_OVER_LIMIT_OF_CAMPAIGN, Long.class)
            .setParameter("campaign", campaign)
            .setParameter("active", InteractionState.ACTIVE)
            .getSingleResult());
  }
}
