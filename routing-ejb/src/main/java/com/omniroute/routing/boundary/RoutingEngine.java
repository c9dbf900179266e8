package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.AgentState;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.platform.boundary.DatabaseFailures;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.Explanation;
import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.MediaPolicy;
import com.omniroute.routing.control.QueueStatus;
import com.omniroute.routing.control.RejectionCode;
import com.omniroute.routing.control.RoutingConfiguration;
import com.omniroute.routing.control.RoutingCore;
import com.omniroute.routing.control.RoutingException;
import com.omniroute.routing.control.RoutingResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one routing engine of the application: the plain-Java {@link RoutingCore}, fed one event at a
 * time, with the effects of its events committed in groups before any caller hears of them (docs:
 * routing-service.md).
 *
 * <ul>
 *   <li><b>One writer, grouped commits.</b> Every event (arrival, agent action, timer) is a step
 *       handed to {@link CommitGroups}: the callers take turns as the writer, and the writer runs
 *       every step queued so far, in order, against the core and the entities of one transaction,
 *       commits once and then answers them all. A failed group answers each of its callers with
 *       {@code UNAVAILABLE} (503) and the engine is rebuilt from the database.
 *   <li><b>Reads never wait for a commit.</b> The core is guarded by a read/write lock that a
 *       writer holds only while the core itself computes an event (microseconds), never during the
 *       database work; reads of work, queues, explanations share the read lock.
 *   <li><b>Configuration through the engine.</b> A configuration change holds the writer's turn for
 *       its whole transaction ({@link ChangesRouting}); the core checks and applies it inside that
 *       transaction ({@link #changeConfiguration}), so a change the core refuses stores nothing,
 *       and no event can come between the core's change and its commit.
 *   <li><b>When the database goes away</b> a group fails and the rebuild finds the database
 *       unreachable: the engine keeps its last core and timers, refuses events at once with 503 and
 *       {@code Retry-After}, and tries to rebuild every second by timer; the first rebuild that
 *       succeeds resumes routing with the database's state and recreates every timer from it.
 *   <li><b>Timers</b> are non-persistent ({@link RoutingTimers}): their deadlines follow from what
 *       is stored, and every rebuild recreates them.
 * </ul>
 *
 * <p>Container-managed concurrency would hold the bean's lock through the commit, which is what
 * this design avoids, so concurrency is the bean's own; transactions are bean-managed so that a
 * group commits inside the writer's turn.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class RoutingEngine {

  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

  /** How long an event may wait for its group to start before it is refused as busy. */
  static final Duration PATIENCE = Duration.ofSeconds(10);

  /** The most events in one commit group. */
  static final int MAX_GROUP = 500;

  /** How often the engine tries to rebuild while the database is unreachable. */
  static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(1);

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Resource private TimerService timerService;

  @Inject private Event<AgentWorkChanged> workChanges;

  /* Through the container, so that recoverLater runs asynchronously. */
  @Resource private jakarta.ejb.SessionContext context;

  /** Whole microseconds: what the database keeps, so restored times equal the core's own. */
  private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private final ReadWriteLock coreLock = new ReentrantReadWriteLock();
  private final CommitGroups<EffectWriter> groups =
      new CommitGroups<>(this::runGroup, MAX_GROUP, RoutingEngine::busy);
  private final EngineHealth health = new EngineHealth();

  private RoutingTimers timers;
  private RoutingSteps steps;
  private volatile RoutingCore core;
  private volatile Instant startedAt;

  @PostConstruct
  void start() {
    timers = new RoutingTimers(timerService, clock);
    steps =
        new RoutingSteps(
            em,
            timers,
            clock,
            new RoutingSteps.Core() {
              @Override
              public <T> T change(Function<RoutingCore, T> call) {
                return inCore(call);
              }

              @Override
              public RoutingCore inWritersTurn() {
                return core;
              }
            });
    if (!groups.hold(PATIENCE)) {
      throw new IllegalStateException("The routing engine could not take its first turn");
    }
    try {
      reload();
    } finally {
      groups.release();
    }
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
   * the door. The returned interaction is already in its resulting state, and committed.
   */
  public Arrival arrive(long campaignId, String customer, String subject, int priority) {
    return submit(steps.arrival(campaignId, customer, subject, priority));
  }

  public void accept(long interactionId, long agentId) {
    event(c -> c.accept(interactionId, agentId));
  }

  public void reject(long interactionId, long agentId) {
    submit(steps.rejection(interactionId, agentId));
  }

  public void finish(long interactionId, long agentId) {
    event(c -> c.finish(interactionId, agentId));
  }

  public void abandon(long interactionId) {
    event(c -> c.abandon(interactionId));
  }

  public void changeAgentState(long agentId, LiveAgentState state) {
    event(c -> c.agentStateChanged(agentId, state));
  }

  /** Told of an agent's stored state change inside the commit group that stores it. */
  @FunctionalInterface
  public interface StateChangeRecorder {
    void changed(com.omniroute.agent.entity.Agent agent, AgentState before, AgentState after);
  }

  /**
   * Changes an agent's state, and has the recorder write what changed (the audit log's entry for a
   * supervisor's action) in the same transaction. The recorder runs on the writer's thread, not as
   * the caller: it must not ask who the caller is. Nothing is recorded when the state stays.
   */
  public void changeAgentState(long agentId, LiveAgentState state, StateChangeRecorder recorder) {
    submit(steps.agentState(agentId, state, recorder));
  }

  /**
   * Applies a configuration change to the core, for {@link ConfigurationApplier}: the caller's
   * transaction holds the writer's turn ({@link ChangesRouting}), has written the change and will
   * commit it. A change the core refuses throws (409, or 400) and leaves the core as it was.
   */
  public RoutingResult changeConfiguration(Function<RoutingCore, RoutingResult> change) {
    health.requireAvailable();
    return inCore(change);
  }

  /** Carries out the timer orders of a configuration change, once its effects are written. */
  public void setTimers(TimerOrders.Deferred orders) {
    orders.replayOn(timers);
  }

  /** Announces, asynchronously, agents whose work a configuration change changed. */
  public void announce(Set<Long> agents) {
    if (agents.isEmpty()) {
      return;
    }
    AgentWorkChanged changed = new AgentWorkChanged(agents);
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

  /**
   * The writer's turn, held by a configuration change's transaction from its first statement to its
   * completion (see {@link ChangesRouting}).
   */
  public WriterTurn holdTurn() {
    if (!groups.hold(PATIENCE)) {
      throw busy();
    }
    return new WriterTurn(
        () -> {
          health.markStale();
          groups.release();
          recoverAfterRollback();
        },
        groups::release);
  }

  /* A configuration change the core applied did not commit: rebuild on a container thread. */
  private void recoverAfterRollback() {
    try {
      context.getBusinessObject(RoutingEngine.class).recoverLater();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not ask for a rebuild; the next event rebuilds first", e);
    }
  }

  /**
   * Offer timeouts, wrap-up ends and dropouts, schedule transitions, chat time limits, and the
   * attempts to rebuild while the database is away. A timer that lost a race with an event is moot.
   */
  @Timeout
  void timerExpired(Timer timer) {
    Serializable info = timer.getInfo();
    if (info instanceof RoutingTimers.RecoveryKey) {
      recover();
      return;
    }
    try {
      submit(steps.timerFired(info));
    } catch (ServiceException e) {
      // Refused (the state moved on) or unavailable: a rebuild recreates every timer still due.
      LOG.fine(() -> "Timer " + info + " not applied: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- queries

  /**
   * The live view of an interaction, or empty once it has ended (then only the database has it).
   */
  public Optional<InteractionView> live(long interactionId) {
    return read(
        c ->
            c.isLive(interactionId)
                ? Optional.of(c.interactionView(interactionId))
                : Optional.<InteractionView>empty());
  }

  /** Why a waiting interaction is still waiting, in words. */
  public String whyWaiting(long interactionId) {
    return read(c -> c.whyWaiting(interactionId));
  }

  /** Why a waiting interaction is still waiting, as codes for the console's languages. */
  public Explanation explainWaiting(long interactionId) {
    return read(c -> c.explainWaiting(interactionId));
  }

  public AgentWork work(long agentId) {
    return read(c -> c.agentWork(agentId));
  }

  public QueueStatus queue(long campaignId) {
    return read(c -> c.queueStatus(campaignId));
  }

  /**
   * The queues of the given campaigns, in one read. A campaign the core does not hold is left out
   * rather than failing the others.
   */
  public List<QueueStatus> queues(Collection<Long> campaignIds) {
    return read(
        c -> {
          List<QueueStatus> queues = new ArrayList<>(campaignIds.size());
          for (long campaignId : campaignIds) {
            try {
              queues.add(c.queueStatus(campaignId));
            } catch (RoutingException e) {
              LOG.fine(() -> "No queue for campaign " + campaignId + ": " + e.getMessage());
            }
          }
          return queues;
        });
  }

  /** The campaigns whose schedule has them open now, as routing sees them. */
  public Set<Long> openCampaignIds() {
    return read(RoutingCore::openCampaignIds);
  }

  /** When the engine started; never null once the application is up. */
  public Instant startedAt() {
    return startedAt;
  }

  /** The capacity policies the engine routes with, by media type code. */
  public Map<String, MediaPolicy> capacityPolicies() {
    return read(RoutingCore::mediaPolicies);
  }

  /** Whether the engine accepts events now (false while the database is unreachable). */
  public boolean available() {
    return health.available();
  }

  // ---------------------------------------------------------------- machinery

  /** Rebuilds the core from the database: configuration, live interactions and their timers. */
  public void rebuild() {
    if (!groups.hold(PATIENCE)) {
      throw busy();
    }
    try {
      reload();
    } finally {
      groups.release();
    }
  }

  /** Rebuilds at once, on a container thread, after a configuration change rolled back. */
  @jakarta.ejb.Asynchronous
  public void recoverLater() {
    recover();
  }

  /* One attempt to rebuild while unavailable or stale; the next is set by timer if it fails. */
  private void recover() {
    if (health.available() && !health.stale()) {
      return;
    }
    if (!groups.hold(PATIENCE)) {
      timers.recoverIn(RECOVERY_INTERVAL, health.since());
      return;
    }
    try {
      reload();
    } finally {
      groups.release();
    }
  }

  /*
   * Reads everything into a new core and only then replaces the old one and its timers. If the
   * database cannot be read or written, the old core and timers stay, the engine refuses events,
   * and a timer tries again.
   */
  private boolean reload() {
    try {
      transaction.begin();
      Instant now = now();
      StoredState stored = StoredState.read(em, now);
      RoutingCore loaded = new RoutingCore(clock);
      RoutingResult restored = loaded.loadConfiguration(stored.configuration());
      timers.cancelAll();
      swap(loaded);
      EffectWriter writer = new EffectWriter(em, timers, clock::instant);
      writer.write(restored);
      stored
          .campaigns()
          .forEach(
              c ->
                  timers.scheduleNextTransition(
                      c.getId(), CoreMapping.schedule(c), CoreMapping.zone(c), now));
      stored.live().stream()
          .filter(i -> i.getState() == InteractionState.ACTIVE)
          .forEach(timers::armChatTimeLimit);
      writer.writeFigures();
      transaction.commit();
      if (health.recovered()) {
        LOG.warning("Routing engine rebuilt from the database; routing resumes");
      }
      return true;
    } catch (Exception failure) {
      rollbackQuietly();
      if (health.failed()) {
        LOG.log(
            Level.SEVERE,
            "Routing engine cannot read the database; events are refused until it returns",
            failure);
      } else {
        LOG.fine(() -> "Routing engine still cannot rebuild: " + failure);
      }
      timers.recoverIn(RECOVERY_INTERVAL, health.since());
      return false;
    }
  }

  /**
   * Compares the core with the database as a rebuild would read it, between two commit groups (in
   * the writer's turn): the differences in words, none when they agree, as they must after every
   * commit. For the tests, and for an operator who doubts the engine.
   */
  public List<String> differencesFromDatabase() {
    if (!groups.hold(PATIENCE)) {
      throw busy();
    }
    try {
      transaction.begin();
      try {
        RoutingConfiguration stored = StoredState.read(em, now()).configuration().inIdOrder();
        return ConfigurationDifferences.between(read(RoutingCore::configuration), stored);
      } finally {
        transaction.rollback();
      }
    } catch (ServiceException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Could not read the database to compare", e);
    } finally {
      groups.release();
    }
  }

  private void swap(RoutingCore loaded) {
    coreLock.writeLock().lock();
    try {
      core = loaded;
    } finally {
      coreLock.writeLock().unlock();
    }
  }

  private void event(Function<RoutingCore, RoutingResult> event) {
    submit(
        writer -> {
          writer.write(inCore(event));
          return null;
        });
  }

  private <T> T submit(CommitGroups.Step<EffectWriter, T> step) {
    health.requireAvailable();
    return groups.submit(step, PATIENCE);
  }

  /**
   * Runs one commit group in the writer's turn: every step against the core and the entities, one
   * commit, then every caller's answer. A step's refusal changed nothing and is its caller's
   * answer; any other failure fails the whole group, and the engine rebuilds from the database.
   */
  private void runGroup(List<CommitGroups.Pending<EffectWriter, ?>> group) {
    if (health.stale()) {
      reload();
    }
    if (!health.available()) {
      ServiceException unavailable = health.unavailable();
      group.forEach(p -> p.fail(unavailable));
      return;
    }
    EffectWriter writer = new EffectWriter(em, timers, clock::instant);
    try {
      transaction.begin();
      for (CommitGroups.Pending<EffectWriter, ?> pending : group) {
        pending.run(writer, ServiceException.class);
      }
      writer.writeFigures();
      transaction.commit();
    } catch (Exception failure) {
      rollbackQuietly();
      LOG.log(
          Level.SEVERE,
          "A commit group of " + group.size() + " events failed; rebuilding from the database",
          failure);
      ServiceException unavailable =
          ServiceException.unavailable(
              "The routing event could not be stored; nothing was changed. Try again.",
              DatabaseFailures.RETRY_AFTER_SECONDS);
      group.forEach(p -> p.fail(unavailable));
      reload();
      return;
    }
    group.forEach(CommitGroups.Pending::deliver);
    announce(writer.touchedAgents());
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

  /** Calls the core to change it, turning its refusals into the boundary's. */
  private <T> T inCore(Function<RoutingCore, T> call) {
    coreLock.writeLock().lock();
    try {
      return translated(() -> call.apply(core));
    } finally {
      coreLock.writeLock().unlock();
    }
  }

  /** Reads the core; waits only for an event's computation, never for a commit. */
  private <T> T read(Function<RoutingCore, T> query) {
    coreLock.readLock().lock();
    try {
      return translated(() -> query.apply(core));
    } finally {
      coreLock.readLock().unlock();
    }
  }

  private static <T> T translated(Supplier<T> call) {
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

  private static ServiceException busy() {
    return ServiceException.unavailable(
        "The routing engine is too busy to take this now; nothing was changed. Try again.",
        DatabaseFailures.RETRY_AFTER_SECONDS);
  }

  private Instant now() {
    return clock.instant();
  }
}
