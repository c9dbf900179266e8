package com.omniroute.stats.boundary;

import com.omniroute.agent.entity.AgentState;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.routing.control.Explanation;
import com.omniroute.routing.control.LiveInteractionState;
import com.omniroute.routing.control.QueueStatus;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import com.omniroute.stats.control.CampaignDay;
import com.omniroute.stats.control.DayChart;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisor dashboard's figures: every campaign of the caller's security groups with its
 * queue, its day so far and its members by state, and the waiting interactions of one campaign with
 * the routing core's explanation.
 *
 * <p>One refresh costs a fixed number of queries whatever the number of campaigns: the campaigns,
 * the day's interaction times of all of them, the chats over their limit, the members by state and
 * the busy READY members, each one grouped query over the caller's groups; plus one read of the
 * engine's queues. The per-campaign figures and the chart are computed in Java from those rows.
 */
@Stateless
@RolesAllowed({"supervisor", "admin", "superadmin"})
// Reads only: no transaction, so no pooled connection is held while waiting for the engine's lock
// (see InteractionService).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveService {

  /** The chart's bucket: a quarter of an hour, the usual interval of contact-centre reports. */
  public static final Duration BUCKET = Duration.ofMinutes(15);

  /** The most waiting interactions listed with their explanation; the oldest come first. */
  public static final int WAITING_LISTED = 50;

  private static final EnumSet<InteractionState> HELD =
      EnumSet.of(InteractionState.OFFERED, InteractionState.ACTIVE, InteractionState.WRAP_UP);

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RoutingEngine engine;

  private final Clock clock = Clock.systemUTC();

  /**
   * The campaigns of the caller's groups by name, and the chart of one of them or of all together.
   *
   * @param chartCampaignId the campaign to chart, {@code null} for all the caller sees
   * @throws ServiceException {@code NOT_FOUND} if the caller does not see that campaign
   */
  public LiveOverview overview(Long chartCampaignId) {
    Caller caller = callers.current();
    List<Long> groups = Visibility.groupIds(em, caller);
    Instant now = clock.instant();
    if (groups.isEmpty()) {
      if (chartCampaignId != null) {
        throw ServiceException.notFound("Campaign", chartCampaignId);
      }
      return new LiveOverview(now, List.of(), "UTC", List.of());
    }
    List<Campaign> campaigns =
        em.createNamedQuery(Campaign.FIND_IN_GROUPS, Campaign.class)
            .setParameter("groups", groups)
            .getResultList();
    if (chartCampaignId != null
        && campaigns.stream().noneMatch(c -> c.getId().equals(chartCampaignId))) {
      throw ServiceException.notFound("Campaign", chartCampaignId);
    }
    if (campaigns.isEmpty()) {
      return new LiveOverview(now, List.of(), "UTC", List.of());
    }
    Map<Long, Instant> dayStarts =
        campaigns.stream()
            .collect(Collectors.toMap(Campaign::getId, c -> dayStart(now, c.getTimeZone())));
    Instant since = dayStarts.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    Map<Long, List<CampaignDay.Times>> times = dayTimes(groups, since);
    Map<Long, Long> chats =
        counts(
            em.createNamedQuery(Interaction.CHATS_OVER_LIMIT_IN_GROUPS, Object[].class)
                .setParameter("groups", groups)
                .setParameter("active", InteractionState.ACTIVE)
                .getResultList());
    Map<Long, Long> busy =
        counts(
            em.createNamedQuery(CampaignMember.BUSY_IN_GROUPS, Object[].class)
                .setParameter("groups", groups)
                .setParameter("state", AgentState.READY)
                .setParameter("held", HELD)
                .getResultList());
    Map<Long, Map<AgentState, Long>> states = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(CampaignMember.AGENT_STATES_IN_GROUPS, Object[].class)
            .setParameter("groups", groups)
            .getResultList()) {
      states
          .computeIfAbsent((Long) row[0], id -> new EnumMap<>(AgentState.class))
          .put((AgentState) row[1], (Long) row[2]);
    }
    Map<Long, QueueStatus> queues =
        engine.queues(campaigns.stream().map(Campaign::getId).toList()).stream()
            .collect(Collectors.toMap(QueueStatus::campaignId, Function.identity()));

    List<CampaignLive> live = new ArrayList<>(campaigns.size());
    for (Campaign campaign : campaigns) {
      long id = campaign.getId();
      CampaignDay.Figures figures =
          CampaignDay.figures(
              times.getOrDefault(id, List.of()),
              dayStarts.get(id),
              campaign.getServiceLevelSeconds());
      QueueStatus queue = queues.get(id);
      Map<AgentState, Long> members = states.getOrDefault(id, Map.of());
      live.add(
          new CampaignLive(
              id,
              campaign.getName(),
              campaign.getMediaType().getCode(),
              campaign.getTimeZone(),
              campaign.isEnabled(),
              // Open means accepting new interactions: a disabled campaign is not, whatever its
              // schedule says.
              campaign.isEnabled() && queue != null && queue.open(),
              queue == null ? 0 : queue.waiting(),
              queue == null || queue.longestWaitingSince() == null
                  ? 0
                  : Duration.between(queue.longestWaitingSince(), now).toSeconds(),
              figures.serviceLevelPercent(),
              figures.serviceLevelAnswered(),
              figures.serviceLevelMeasured(),
              figures.answered(),
              figures.abandoned(),
              chats.getOrDefault(id, 0L),
              members.getOrDefault(AgentState.READY, 0L),
              busy.getOrDefault(id, 0L),
              members.getOrDefault(AgentState.NOT_READY, 0L),
              members.getOrDefault(AgentState.LOGGED_OUT, 0L)));
    }

    List<Campaign> charted =
        chartCampaignId == null
            ? campaigns
            : campaigns.stream().filter(c -> c.getId().equals(chartCampaignId)).toList();
    // All campaigns together: the day that started first (and its zone), so every campaign's day
    // lies inside the chart.
    Campaign first =
        charted.stream().min(Comparator.comparing(c -> dayStarts.get(c.getId()))).orElseThrow();
    List<DayChart.Entry> entries = new ArrayList<>();
    for (Campaign campaign : charted) {
      Duration serviceLevel = Duration.ofSeconds(campaign.getServiceLevelSeconds());
      Instant dayStart = dayStarts.get(campaign.getId());
      for (CampaignDay.Times t : times.getOrDefault(campaign.getId(), List.of())) {
        if (!t.queuedAt().isBefore(dayStart) || "QUEUED".equals(t.state())) {
          entries.add(new DayChart.Entry(t, serviceLevel));
        }
      }
    }
    return new LiveOverview(
        now,
        live,
        first.getTimeZone(),
        DayChart.of(entries, dayStarts.get(first.getId()), now, BUCKET));
  }

  /**
   * The waiting interactions of a campaign of the caller's groups, oldest first (at most {@link
   * #WAITING_LISTED}), each with the routing core's explanation of why it is still waiting. One
   * offered since the list was read is left out.
   *
   * @throws ServiceException {@code NOT_FOUND} if the caller does not see the campaign
   */
  public List<WaitingInteraction> waiting(long campaignId) {
    Visibility.visible(
        em, callers.current(), Campaign.class, campaignId, "Campaign", Campaign::getSecurityGroup);
    Instant now = clock.instant();
    List<WaitingInteraction> waiting = new ArrayList<>();
    for (Interaction i :
        em.createNamedQuery(Interaction.WAITING_IN_CAMPAIGN, Interaction.class)
            .setParameter("campaign", campaignId)
            .setParameter("queued", InteractionState.QUEUED)
            .setMaxResults(WAITING_LISTED)
            .getResultList()) {
      boolean stillWaiting =
          engine
              .live(i.getId())
              .filter(view -> view.state() == LiveInteractionState.QUEUED)
              .isPresent();
      Explanation explanation;
      try {
        explanation = stillWaiting ? engine.explainWaiting(i.getId()) : null;
      } catch (ServiceException e) {
        // Offered or ended between the two reads of the engine.
        explanation = null;
      }
      if (explanation == null) {
        continue;
      }
      waiting.add(
          new WaitingInteraction(
              i.getId(),
              i.getCustomer(),
              i.getMediaType(),
              i.getPriority(),
              i.getQueuedAt(),
              Duration.between(i.getQueuedAt(), now).toSeconds(),
              explanation));
    }
    return waiting;
  }

  private Map<Long, List<CampaignDay.Times>> dayTimes(List<Long> groups, Instant since) {
    Map<Long, List<CampaignDay.Times>> times = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Interaction.DAY_TIMES_IN_GROUPS, Object[].class)
            .setParameter("groups", groups)
            .setParameter("since", since)
            .setParameter("queued", InteractionState.QUEUED)
            .getResultList()) {
      times
          .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(
              new CampaignDay.Times(
                  (Instant) row[1],
                  (Instant) row[2],
                  (Instant) row[3],
                  (Instant) row[4],
                  String.valueOf(row[5])));
    }
    return times;
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  private static Instant dayStart(Instant now, String timeZone) {
    ZoneId zone = ZoneId.of(timeZone);
    return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
  }
}
