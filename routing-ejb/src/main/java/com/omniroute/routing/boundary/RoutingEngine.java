package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.control.AgentState;
import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.Effect;
import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.MediaPolicy;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.QueueStatus;
import com.omniroute.routing.control.RejectionCode;
import com.omniroute.routing.control.RoutingConfiguration;
import com.omniroute.routing.control.RoutingCore;
import com.omniroute.routing.control.RoutingException;
import com.omniroute.routing.control.RoutingResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one routing engine of the application: the plain-Java {@link RoutingCore} behind container
 * locks, with every state change it makes written to the database before the caller hears of it.
 *
 * <ul>
 *   <li>Concurrency: container-managed; every event takes the write lock, so events reach the core
 *       one at a time; reads of the live state share the read lock.
 *   <li>Transactions: bean-managed, so that each event commits <em>inside</em> the write lock. If
 *       the commit fails, the core (already changed in memory) is rebuilt from the database, which
 *       still holds the last committed state.
 *   <li>Timers: non-persistent ({@code persistent=false}). Their deadlines follow from what is
 *       stored (queue, offer, finish times and the campaign's settings), so the engine recreates
 *       them from the database at every start; persistent timers would keep a second copy of that
 *       state that can disagree with it after a crash.
 * </ul>
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
// Callers queue for the lock rather than fail: an event takes milliseconds, but a slow disk or a
// garbage collection on a loaded machine held it past WildFly's default of 5 s (ConcurrencyIT).
@AccessTimeout(value = 30, unit = TimeUnit.SECONDS)
@TransactionManagement(TransactionManagementType.BEAN)
public class RoutingEngine {

  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Resource private TimerService timerService;

  @Inject private Event<AgentWorkChanged> workChanges;

  /** Whole microseconds: what the database keeps, so restored times equal the core's own. */
  private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private final Map<TimerKey, Timer> timers = new HashMap<>();
  private final Map<Long, Timer> scheduleTimers = new HashMap<>();
  private final Map<Long, Timer> chatLimitTimers = new HashMap<>();

  /* The agents whose work the event in progress changed, announced once it has committed. */
  private final Set<Long> touchedAgents = new HashSet<>();
  private RoutingCore core;
  private Instant startedAt;
  private boolean rebuilding;

  @PostConstruct
  void start() {
    rebuild();
    startedAt = clock.instant();
    LOG.info(
        () ->
            String.format(
                "Routing engine started: %d media types, %d live interactions restored",
                core.mediaPolicies().size(), core.snapshot().interactions().size()));
  }

  // ---------------------------------------------------------------- events

  /** What became of an arrival: the stored interaction, and the refusal if it was refused. */
  public record Arrival(Interaction interaction, RejectionCode rejection) {}

  /**
   * A new interaction arrives in the campaign: stored, then queued, offered at once or refused at
   * the door. The returned interaction is already in its resulting state.
   */
  @Lock(LockType.WRITE)
  public Arrival arrive(long campaignId, String customer, String subject, int priority) {
    return inTransaction(
        () -> {
          Campaign campaign = em.find(Campaign.class, campaignId);
          if (campaign == null) {
            throw ServiceException.notFound("Campaign", campaignId);
          }
          Interaction interaction = new Interaction(campaign, customer, now());
          interaction.setSubject(subject);
          interaction.setPriority(priority);
          em.persist(interaction);
          RoutingResult result =
              core(
                  () ->
                      core.arrive(
                          interaction.getId(), campaignId, priority, interaction.getQueuedAt()));
          apply(result);
          return new Arrival(
              interaction,
              result.effects(Effect.Rejected.class).stream()
                  .map(Effect.Rejected::code)
                  .findFirst()
                  .orElse(null));
        });
  }

  @Lock(LockType.WRITE)
  public void accept(long interactionId, long agentId) {
    event(() -> core.accept(interactionId, agentId));
  }

  @Lock(LockType.WRITE)
  public void reject(long interactionId, long agentId) {
    event(() -> core.reject(interactionId, agentId));
  }

  @Lock(LockType.WRITE)
  public void finish(long interactionId, long agentId) {
    event(() -> core.finish(interactionId, agentId));
  }

  @Lock(LockType.WRITE)
  public void abandon(long interactionId) {
    event(() -> core.abandon(interactionId));
  }

  @Lock(LockType.WRITE)
  public void changeAgentState(long agentId, AgentState state) {
    inTransaction(
        () -> {
          Agent agent = em.find(Agent.class, agentId);
          if (agent == null) {
            throw ServiceException.notFound("Agent", agentId);
          }
          agent.setState(CoreMapping.stored(state));
          apply(core(() -> core.agentStateChanged(agentId, state)));
          touchedAgents.add(agentId);
          return null;
        });
  }

  /** Applies a committed configuration change: the new state is read from the database. */
  @Lock(LockType.WRITE)
  public void configurationChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChange change) {
    try {
      inTransaction(
          () -> {
            apply(core(() -> applyChange(change)));
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not apply " + change + "; the engine was rebuilt", e);
    }
  }

  private RoutingResult applyChange(ConfigurationChange change) {
    if (change instanceof ConfigurationChange.CampaignChanged c) {
      Campaign campaign = em.find(Campaign.class, c.campaignId());
      if (campaign == null) {
        cancelScheduleTimer(c.campaignId());
        return core.removeCampaign(c.campaignId());
      }
      RoutingResult result = core.upsertCampaign(CoreMapping.campaign(campaign, now()));
      scheduleNextTransition(campaign, now());
      return result;
    }
    if (change instanceof ConfigurationChange.AgentChanged a) {
      Agent agent = em.find(Agent.class, a.agentId());
      return agent == null
          ? core.removeAgent(a.agentId())
          : core.upsertAgent(CoreMapping.agent(agent));
    }
    if (change instanceof ConfigurationChange.MembershipChanged m) {
      List<CampaignMember> member =
          em.createQuery(
                  "SELECT m FROM CampaignMember m WHERE m.campaign.id = :c AND m.agent.id = :a",
                  CampaignMember.class)
              .setParameter("c", m.campaignId())
              .setParameter("a", m.agentId())
              .getResultList();
      return member.isEmpty()
          ? core.removeMembership(m.campaignId(), m.agentId())
          : core.upsertMembership(CoreMapping.membership(member.get(0)));
    }
    if (change instanceof ConfigurationChange.MembershipsChanged m) {
      List<Membership> stored =
          em
              .createNamedQuery(CampaignMember.PENALTIES_OF_AGENTS_IN, Object[].class)
              .setParameter("campaigns", m.campaignIds())
              .setParameter("agents", m.agentIds())
              .getResultList()
              .stream()
              .map(row -> new Membership((Long) row[0], (Long) row[1], (Integer) row[2]))
              .toList();
      return core.replaceMemberships(m.campaignIds(), m.agentIds(), stored);
    }
    ConfigurationChange.MediaPolicyChanged p = (ConfigurationChange.MediaPolicyChanged) change;
    return core.upsertMediaPolicy(CoreMapping.policy(em.find(MediaType.class, p.code())));
  }

  /**
   * Offer timeouts, wrap-up ends and dropouts (a {@link TimerKey}), and schedule transitions (a
   * {@link ScheduleKey}). A timer that lost a race with an event is moot.
   */
  @Timeout
  @Lock(LockType.WRITE)
  void timerExpired(Timer timer) {
    if (timer.getInfo() instanceof ScheduleKey key) {
      scheduleTransition(key);
      return;
    }
    if (timer.getInfo() instanceof ChatLimitKey key) {
      chatTimeLimitPassed(key);
      return;
    }
    TimerKey key = (TimerKey) timer.getInfo();
    timers.remove(key);
    try {
      inTransaction(
          () -> {
            RoutingResult result =
                core(
                    () ->
                        switch (key.kind()) {
                          case OFFER_TIMEOUT -> core.offerTimedOut(key.interactionId());
                          case WRAP_UP_END -> core.wrapUpEnded(key.interactionId());
                          case DROPOUT -> core.dropoutReached(key.interactionId());
                        });
            apply(result);
            if (result.isEmpty()) {
              // Fired before the deadline the core keeps (or lost a race): set it again if due.
              core.pendingDeadline(key.kind(), key.interactionId())
                  .ifPresent(at -> schedule(key, at));
            }
            return null;
          });
    } catch (ServiceException e) {
      LOG.fine(() -> "Timer " + key + " no longer applies: " + e.getMessage());
    }
  }

  /**
   * The campaign's schedule opens or closes it now. The schedule is read at the instant the timer
   * was set for (or now, if the container fired late), and the timer for the next transition set.
   */
  private void scheduleTransition(ScheduleKey key) {
    scheduleTimers.remove(key.campaignId());
    Instant at = now().isBefore(key.transition()) ? key.transition() : now();
    try {
      inTransaction(
          () -> {
            Campaign campaign = em.find(Campaign.class, key.campaignId());
            if (campaign == null) {
              return null;
            }
            boolean open = CoreMapping.schedule(campaign).isOpen(at, CoreMapping.zone(campaign));
            apply(core(() -> core.setCampaignOpen(campaign.getId(), open)));
            LOG.info(
                () ->
                    "Campaign "
                        + campaign.getName()
                        + (open ? " opened" : " closed")
                        + " by its schedule");
            scheduleNextTransition(campaign, at);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not apply the schedule of campaign " + key.campaignId(), e);
    }
  }

  /** One exact timer per campaign, for its next opening or closing; none if it never changes. */
  private void scheduleNextTransition(Campaign campaign, Instant after) {
    cancelScheduleTimer(campaign.getId());
    CoreMapping.schedule(campaign)
        .nextTransition(after, CoreMapping.zone(campaign))
        .ifPresent(
            at ->
                scheduleTimers.put(
                    campaign.getId(),
                    timerService.createSingleActionTimer(
                        timerDate(at),
                        new TimerConfig(new ScheduleKey(campaign.getId(), at), false))));
  }

  private void cancelScheduleTimer(long campaignId) {
    Optional.ofNullable(scheduleTimers.remove(campaignId)).ifPresent(RoutingEngine::cancelQuietly);
  }

  /**
   * An active interaction has been active longer than its campaign's chat time limit: recorded on
   * the interaction, where the API and the statistics show it. Nothing else changes: the limit
   * flags, it does not end the chat.
   */
  private void chatTimeLimitPassed(ChatLimitKey key) {
    chatLimitTimers.remove(key.interactionId());
    try {
      inTransaction(
          () -> {
            Interaction interaction = em.find(Interaction.class, key.interactionId());
            if (interaction != null
                && interaction.getState()
                    == com.omniroute.interaction.entity.InteractionState.ACTIVE
                && interaction.getOverChatTimeLimitAt() == null) {
              interaction.setOverChatTimeLimitAt(now());
              LOG.info(() -> "Interaction " + key.interactionId() + " is over its chat time limit");
            }
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not flag interaction " + key.interactionId(), e);
    }
  }

  /** Sets the chat-time-limit timer of an interaction that has just become (or is) ACTIVE. */
  private void armChatTimeLimit(Interaction interaction) {
    int limit = interaction.getCampaign().getChatTimeLimitSeconds();
    if (limit <= 0
        || interaction.getAnsweredAt() == null
        || interaction.getOverChatTimeLimitAt() != null) {
      return;
    }
    Optional.ofNullable(chatLimitTimers.remove(interaction.getId()))
        .ifPresent(RoutingEngine::cancelQuietly);
    chatLimitTimers.put(
        interaction.getId(),
        timerService.createSingleActionTimer(
            timerDate(interaction.getAnsweredAt().plusSeconds(limit)),
            new TimerConfig(new ChatLimitKey(interaction.getId()), false)));
  }

  // ---------------------------------------------------------------- queries

  /**
   * The live view of an interaction, or empty once it has ended (then only the database has it).
   */
  @Lock(LockType.READ)
  public Optional<InteractionView> live(long interactionId) {
    return core.isLive(interactionId)
        ? Optional.of(core.interactionView(interactionId))
        : Optional.empty();
  }

  /** Why a waiting interaction is still waiting, in words. */
  @Lock(LockType.READ)
  public String whyWaiting(long interactionId) {
    return core(() -> core.whyWaiting(interactionId));
  }

  @Lock(LockType.READ)
  public AgentWork work(long agentId) {
    return core(() -> core.agentWork(agentId));
  }

  @Lock(LockType.READ)
  public QueueStatus queue(long campaignId) {
    return core(() -> core.queueStatus(campaignId));
  }

  /**
   * The queues of the given campaigns, in one read. A campaign the core does not hold yet (its
   * creation is applied after its commit) is left out rather than failing the others.
   */
  @Lock(LockType.READ)
  public List<QueueStatus> queues(Collection<Long> campaignIds) {
    List<QueueStatus> queues = new ArrayList<>(campaignIds.size());
    for (long campaignId : campaignIds) {
      try {
        queues.add(core.queueStatus(campaignId));
      } catch (RoutingException e) {
        LOG.fine(() -> "No queue yet for campaign " + campaignId + ": " + e.getMessage());
      }
    }
    return queues;
  }

  /** The campaigns whose schedule has them open now, as routing sees them. */
  @Lock(LockType.READ)
  public Set<Long> openCampaignIds() {
    return core.openCampaignIds();
  }

  /** When the engine started; never null once the application is up. */
  @Lock(LockType.READ)
  public Instant startedAt() {
    return startedAt;
  }

  /** The capacity policies the engine routes with, by media type code. */
  @Lock(LockType.READ)
  public Map<String, MediaPolicy> capacityPolicies() {
    return core.mediaPolicies();
  }

  // ---------------------------------------------------------------- machinery

  /** Rebuilds the core from the database: configuration, live interactions and their timers. */
  @Lock(LockType.WRITE)
  public void rebuild() {
    timers.values().forEach(RoutingEngine::cancelQuietly);
    timers.clear();
    scheduleTimers.values().forEach(RoutingEngine::cancelQuietly);
    scheduleTimers.clear();
    chatLimitTimers.values().forEach(RoutingEngine::cancelQuietly);
    chatLimitTimers.clear();
    core = new RoutingCore(clock);
    rebuilding = true;
    try {
      load();
    } finally {
      rebuilding = false;
    }
  }

  private void load() {
    inTransaction(
        () -> {
          Instant now = now();
          List<Campaign> campaigns =
              em.createNamedQuery(Campaign.FIND_ALL, Campaign.class).getResultList();
          List<Interaction> live =
              em.createNamedQuery(Interaction.FIND_IN_STATES, Interaction.class)
                  .setParameter("states", com.omniroute.interaction.entity.InteractionState.LIVE)
                  .getResultList();
          RoutingConfiguration configuration =
              new RoutingConfiguration(
                  em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList().stream()
                      .map(CoreMapping::policy)
                      .toList(),
                  campaigns.stream().map(c -> CoreMapping.campaign(c, now)).toList(),
                  em.createNamedQuery(Agent.FIND_ALL, Agent.class).getResultList().stream()
                      .map(CoreMapping::agent)
                      .toList(),
                  em
                      .createNamedQuery(CampaignMember.FIND_ALL, CampaignMember.class)
                      .getResultList()
                      .stream()
                      .map(CoreMapping::membership)
                      .toList(),
                  live.stream().map(CoreMapping::restored).toList());
          apply(core.loadConfiguration(configuration));
          campaigns.forEach(c -> scheduleNextTransition(c, now));
          live.stream()
              .filter(i -> i.getState() == com.omniroute.interaction.entity.InteractionState.ACTIVE)
              .forEach(this::armChatTimeLimit);
          return null;
        });
  }

  private void event(Supplier<RoutingResult> event) {
    inTransaction(
        () -> {
          apply(core(event));
          return null;
        });
  }

  /**
   * Runs the work in a transaction of its own and commits it. A refusal (a {@link
   * ServiceException}, also from a core that refused the event and so changed nothing) rolls back;
   * any other failure rolls back and rebuilds the core, which may have moved ahead of the database.
   */
  private <T> T inTransaction(Supplier<T> work) {
    touchedAgents.clear();
    try {
      transaction.begin();
      T result = work.get();
      transaction.commit();
      announceWorkChanges();
      return result;
    } catch (ServiceException refused) {
      touchedAgents.clear();
      rollbackQuietly();
      throw refused;
    } catch (Exception failure) {
      touchedAgents.clear();
      rollbackQuietly();
      if (core != null && !rebuilding) {
        LOG.log(
            Level.SEVERE, "Routing event failed; rebuilding the engine from the database", failure);
        rebuild();
      }
      throw new IllegalStateException("The routing event could not be stored", failure);
    }
  }

  /**
   * Tells observers whose work the committed event changed. Asynchronous: the observers run on
   * another thread, after this event has released the lock; a failing observer is only logged.
   */
  private void announceWorkChanges() {
    if (touchedAgents.isEmpty() || rebuilding) {
      touchedAgents.clear();
      return;
    }
    AgentWorkChanged changed = new AgentWorkChanged(touchedAgents);
    touchedAgents.clear();
    try {
      workChanges
          .fireAsync(changed)
          .whenComplete(
              (event, failure) -> {
                if (failure != null) {
                  LOG.log(Level.WARNING, "An observer of " + changed + " failed", failure);
                }
              });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not announce " + changed, e);
    }
  }

  private void rollbackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      LOG.log(Level.WARNING, "Rollback failed", e);
    }
  }

  /** Calls the core, turning its refusals into the boundary's. */
  private static <T> T core(Supplier<T> call) {
    try {
      return call.get();
    } catch (RoutingException e) {
      ErrorCode code =
          switch (e.code()) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case INVALID_STATE -> ErrorCode.INVALID_STATE;
            case VALIDATION -> ErrorCode.VALIDATION;
          };
      throw new ServiceException(code, capitalised(e.getMessage()));
    }
  }

  private static String capitalised(String message) {
    return message == null || message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  /**
   * Writes every effect of an event to the entities and the timer service, and notes the agents
   * whose work it changed.
   */
  private void apply(RoutingResult result) {
    for (Effect effect : result.effects()) {
      touchedAgentOf(effect).ifPresent(touchedAgents::add);
      if (effect instanceof Effect.Rejected r) {
        Interaction i = interaction(r.interactionId());
        i.setState(com.omniroute.interaction.entity.InteractionState.REJECTED);
        i.setReason(r.message());
        i.setEndedAt(i.getQueuedAt());
      } else if (effect instanceof Effect.Offered o) {
        Interaction i = interaction(o.interactionId());
        i.setState(CoreMapping.stored(o.state()));
        i.setAgent(em.getReference(Agent.class, o.agentId()));
        i.setForced(o.forced());
        i.setOfferedAt(o.at());
        if (o.forced()) {
          i.setAnsweredAt(o.at());
          armChatTimeLimit(i);
        }
        i.setReason(o.reason());
        o.onHoldIds().forEach(held -> interaction(held).setOnHold(true));
      } else if (effect instanceof Effect.InteractionStateChanged c) {
        Interaction i = interaction(c.interactionId());
        i.setState(CoreMapping.stored(c.to()));
        switch (c.to()) {
          case QUEUED -> {
            i.setAgent(null);
            i.setForced(false);
            i.setOnHold(false);
            i.setReason(c.reason());
          }
          case ACTIVE -> {
            i.setAnsweredAt(c.at());
            armChatTimeLimit(i);
          }
          case WRAP_UP -> i.setFinishedAt(c.at());
          case COMPLETED -> {
            i.setEndedAt(c.at());
            i.setOnHold(false);
          }
          default -> i.setReason(c.reason());
        }
      } else if (effect instanceof Effect.Abandoned a) {
        Interaction i = interaction(a.interactionId());
        i.setState(com.omniroute.interaction.entity.InteractionState.ABANDONED);
        i.setAgent(null);
        i.setEndedAt(a.at());
        i.setReason(a.reason());
      } else if (effect instanceof Effect.Resumed r) {
        interaction(r.interactionId()).setOnHold(false);
      } else if (effect instanceof Effect.AgentStateChanged s) {
        em.find(Agent.class, s.agentId()).setState(CoreMapping.stored(s.to()));
      } else if (effect instanceof Effect.TimerRequest t) {
        schedule(new TimerKey(t.kind(), t.interactionId()), t.at());
      } else if (effect instanceof Effect.TimerCancellation t) {
        Optional.ofNullable(timers.remove(new TimerKey(t.kind(), t.interactionId())))
            .ifPresent(RoutingEngine::cancelQuietly);
      }
    }
  }

  private static Optional<Long> touchedAgentOf(Effect effect) {
    if (effect instanceof Effect.Offered o) {
      return Optional.of(o.agentId());
    }
    if (effect instanceof Effect.InteractionStateChanged c) {
      return Optional.of(c.agentId());
    }
    if (effect instanceof Effect.Abandoned a) {
      return Optional.ofNullable(a.agentId());
    }
    if (effect instanceof Effect.Resumed r) {
      return Optional.of(r.agentId());
    }
    if (effect instanceof Effect.AgentStateChanged s) {
      return Optional.of(s.agentId());
    }
    return Optional.empty();
  }

  private void schedule(TimerKey key, Instant at) {
    Optional.ofNullable(timers.remove(key)).ifPresent(RoutingEngine::cancelQuietly);
    timers.put(
        key, timerService.createSingleActionTimer(timerDate(at), new TimerConfig(key, false)));
  }

  /**
   * Timer services count in milliseconds; the core's deadlines in microseconds. Rounding up keeps a
   * timer from firing just before its deadline (the core would ignore it); a past deadline fires at
   * once.
   */
  private Date timerDate(Instant at) {
    Instant whole = at.truncatedTo(ChronoUnit.MILLIS);
    Instant up = whole.equals(at) ? at : whole.plusMillis(1);
    Instant now = clock.instant();
    return Date.from(up.isBefore(now) ? now : up);
  }

  private static void cancelQuietly(Timer timer) {
    try {
      timer.cancel();
    } catch (RuntimeException alreadyGone) {
      // It fired or was cancelled already: exactly what cancelling wanted.
    }
  }

  private Interaction interaction(long id) {
    Interaction interaction = em.find(Interaction.class, id);
    if (interaction == null) {
      throw new IllegalStateException(
          "Interaction " + id + " is live in the engine but not stored");
    }
    return interaction;
  }

  private Instant now() {
    return clock.instant();
  }
}
