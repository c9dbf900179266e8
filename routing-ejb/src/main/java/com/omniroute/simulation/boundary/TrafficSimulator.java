package com.omniroute.simulation.boundary;

import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.entity.AuditAction;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import com.omniroute.simulation.boundary.SimulatorStatus.Phase;
import com.omniroute.simulation.boundary.SimulatorStatus.SimulatedCampaign;
import com.omniroute.simulation.control.Simulation;
import com.omniroute.simulation.control.SimulationSettings;
import com.omniroute.simulation.control.ThinkTime;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The traffic simulator: customers arriving in the chosen campaigns as Poisson processes, and the
 * campaigns' members that no user is linked to playing agents who go READY, accept offers after a
 * moment's thought and finish after a handling time. Every step goes through the {@link
 * RoutingEngine} exactly as the API's callers' steps do, so what the dashboard shows is real
 * routing, persisted.
 *
 * <ul>
 *   <li>One run at a time per security group: a run belongs to the groups of its campaigns, and
 *       only a run that shares a group with it blocks a new one. A caller sees and stops only a run
 *       whose groups are all theirs, so one group learns nothing of another's run. A run's figures
 *       stay visible after it stopped, until a new run on one of its groups replaces it.
 *   <li>Stopping ends the arrivals and sets the simulated agents NOT_READY at once; they still
 *       accept what was offered to them and finish what they hold (the engine then runs the
 *       wrap-up), after which the run is over. Nothing is dropped half-way.
 *   <li>A simulated step the engine refuses (an offer withdrawn by its timeout meanwhile, an agent
 *       deleted) is counted as a failure and the run goes on. A run's state, counters and steps are
 *       a {@link SimulatorRun}'s; this bean keeps the runs, their locks and their timers.
 *   <li>Concurrency: container-managed; the tick and start/stop take the write lock, status the
 *       read lock. The tick is a chain of non-persistent single-action timers: a run does not
 *       survive a restart (its agents and interactions are in the database and the engine carries
 *       on with them), and a chain cannot overlap itself when a tick runs long under load.
 * </ul>
 */
@Singleton
@AccessTimeout(value = 30, unit = TimeUnit.SECONDS)
public class TrafficSimulator {

  private static final Logger LOG = Logger.getLogger(TrafficSimulator.class.getName());

  /** Ticks five times a second: think and handling times are whole seconds or more. */
  static final Duration TICK = Duration.ofMillis(200);

  /** How often pages hear that the figures moved. */
  static final Duration PUSH_EVERY = Duration.ofSeconds(1);

  /**
   * Arrivals one tick hands to the engine at most: beyond what the engine takes, the rest wait for
   * the next tick, so that stop and status get the lock between ticks even when overloaded.
   */
  static final int MAX_ARRIVALS_PER_TICK = 2_000;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Validator validator;

  @Inject private RoutingEngine engine;

  @Inject private AuditLog audit;

  @Inject private Event<SimulatorProgress> progress;

  @Resource private TimerService timerService;

  private final Clock clock = Clock.systemUTC();

  /** The runs going on, and the last stopped one of each group, by number (oldest first). */
  private final Map<Long, SimulatorRun> runs = new LinkedHashMap<>();

  /** Numbers the runs, so that a tick left over from a previous run is recognised and dropped. */
  private long runCount;

  /** The campaigns the caller may simulate: those of their security groups. */
  @RolesAllowed({"supervisor", "admin", "superadmin"})
  @Lock(LockType.READ)
  public List<Campaign> campaigns() {
    return Visibility.inCallersGroups(
        em, callers.current(), Campaign.FIND_IN_GROUPS, Campaign.class);
  }

  /**
   * Starts a run on campaigns of the caller's groups.
   *
   * @throws ServiceException {@code NOT_FOUND} for a campaign outside them, {@code VALIDATION}
   *     naming each broken rule's field, {@code CONFLICT} while another run is going on
   */
  @RolesAllowed({"supervisor", "admin", "superadmin"})
  @Lock(LockType.WRITE)
  public SimulatorStatus start(SimulationSettings settings) {
    Caller caller = callers.current();
    Visibility.requireAllVisible(
        em, caller, Campaign.GROUPS_OF, settings.arrivalsPerMinute().keySet(), "Campaign");
    SimulatorRun run = begin(caller.username(), settings);
    audited(run, caller.username(), AuditAction.STARTED, null, run.snapshot());
    return status(caller);
  }

  /**
   * Starts the demo's run, on behalf of no one: {@code DemoData} runs as superadmin for this only.
   */
  @RolesAllowed("superadmin")
  @Lock(LockType.WRITE)
  public void startForDemo(SimulationSettings settings) {
    SimulatorRun run = begin("demo", settings);
    audited(run, "demo", AuditAction.STARTED, null, run.snapshot());
  }

  /**
   * Stops the arrivals and sends the simulated agents NOT_READY; they finish what they hold.
   *
   * @throws ServiceException {@code INVALID_STATE} when no run of the caller's groups is arriving
   */
  @RolesAllowed({"supervisor", "admin", "superadmin"})
  @Lock(LockType.WRITE)
  public SimulatorStatus stop() {
    Caller caller = callers.current();
    SimulatorRun run = shownTo(caller);
    if (run == null || run.phase != Phase.RUNNING) {
      throw new ServiceException(ErrorCode.INVALID_STATE, "No simulation is running")
          .keyed("refusal.noSimulation");
    }
    audited(run, caller.username(), AuditAction.STOPPED, run.snapshot(), null);
    run.stop(clock.instant());
    progress.fire(new SimulatorProgress(true));
    LOG.info(() -> "Traffic simulation stopped by " + caller.username() + "; " + run.figures());
    return status(caller);
  }

  /** The current or last run's figures, with the simulated campaigns the caller sees. */
  @RolesAllowed({"supervisor", "admin", "superadmin"})
  @Lock(LockType.READ)
  public SimulatorStatus status() {
    return status(callers.current());
  }

  // Not a business method a client could call: only the container calls a timeout.
  @Timeout
  @Lock(LockType.WRITE)
  // Each engine call commits on its own (the engine manages its transactions); a tick of a few
  // hundred steps must not hold one long transaction around them.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    SimulatorRun run = runs.get((Long) timer.getInfo());
    if (run == null || run.phase == Phase.STOPPED) {
      return;
    }
    try {
      run.step(clock.instant(), MAX_ARRIVALS_PER_TICK, PUSH_EVERY);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A simulator tick failed; the run goes on", e);
    }
    if (run.phase != Phase.STOPPED) {
      scheduleTick(run);
    }
  }

  @PreDestroy
  void shutdown() {
    for (SimulatorRun run : runs.values()) {
      if (run.phase != Phase.STOPPED) {
        LOG.info(() -> "Traffic simulation ends with the application; " + run.figures());
      }
    }
  }

  // ---------------------------------------------------------------- machinery

  /** The audit log's object id of the simulator: there is one. */
  static final String AUDIT_ID = "simulator";

  /**
   * Records a start or stop in the audit log, in this method's transaction, for the security groups
   * of the run's campaigns.
   */
  private void audited(
      SimulatorRun run,
      String username,
      AuditAction action,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        username,
        action,
        AuditObjectType.SIMULATOR,
        AUDIT_ID,
        "Traffic simulator",
        before,
        after,
        run.groupOf.values());
  }

  /**
   * The run the caller's page shows: the newest of those whose groups are all the caller's, a
   * running one before a stopped one; null when there is none.
   */
  private SimulatorRun shownTo(Caller caller) {
    SimulatorRun shown = null;
    for (SimulatorRun run : runs.values()) {
      if (run.groups().stream().allMatch(caller::sees)
          && (shown == null || run.phase != Phase.STOPPED || shown.phase == Phase.STOPPED)) {
        shown = run;
      }
    }
    return shown;
  }

  /**
   * Refuses a run on groups another unfinished run uses; forgets the stopped runs it replaces. The
   * message names the groups' own run only to a caller who sees all of that run's groups.
   */
  private void claimGroups(Collection<Long> groups) {
    for (Iterator<SimulatorRun> it = runs.values().iterator(); it.hasNext(); ) {
      SimulatorRun other = it.next();
      if (Collections.disjoint(other.groups(), groups)) {
        continue;
      }
      if (other.phase != Phase.STOPPED) {
        throw new ServiceException(
                ErrorCode.CONFLICT,
                "A simulation on campaigns of the same security group is still running; stop it"
                    + " first")
            .keyed("refusal.simulationOfGroupRunning");
      }
      it.remove();
    }
  }

  private SimulatorRun begin(String startedBy, SimulationSettings settings) {
    List<Campaign> campaigns =
        settings.arrivalsPerMinute().isEmpty()
            ? List.of()
            : em.createNamedQuery(Campaign.FIND_BY_IDS, Campaign.class)
                .setParameter("ids", settings.arrivalsPerMinute().keySet())
                .getResultList();
    refuseBrokenRules(settings, campaigns);
    Map<Long, Long> groupOf =
        campaigns.stream()
            .collect(Collectors.toMap(Campaign::getId, c -> c.getSecurityGroup().getId()));
    claimGroups(groupOf.values());
    // An agent another run plays (a member of campaigns of two groups) stays with that run.
    Set<Long> played = new HashSet<>();
    runs.values().forEach(r -> played.addAll(r.agentIds));
    List<Long> agents =
        em
            .createNamedQuery(CampaignMember.AGENTS_WITHOUT_LOGIN_IN, Long.class)
            .setParameter("campaigns", settings.arrivalsPerMinute().keySet())
            .getResultList()
            .stream()
            .filter(a -> !played.contains(a))
            .toList();
    Instant now = clock.instant();
    SimulatorRun run =
        new SimulatorRun(
            ++runCount,
            startedBy,
            now,
            settings,
            new Simulation(settings, now, ThinkTime.HUMAN, new SplittableRandom()),
            campaigns.stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .map(
                    c ->
                        new SimulatedCampaign(
                            c.getId(),
                            c.getName(),
                            c.getMediaType().getCode(),
                            settings.arrivalsPerMinute().get(c.getId())))
                .toList(),
            groupOf,
            agents,
            engine,
            progress);
    runs.put(run.number, run);
    run.begin();
    scheduleTick(run);
    progress.fire(new SimulatorProgress(true));
    LOG.info(
        () ->
            String.format(
                "Traffic simulation started by %s: %d campaigns, %d simulated agents, %s",
                startedBy, campaigns.size(), agents.size(), settings));
    return run;
  }

  /**
   * Refuses settings that break a rule of {@link SimulationSettings}, naming each field in a
   * sentence a supervisor reads: the rule after what it is about (a campaign by its name).
   */
  private void refuseBrokenRules(SimulationSettings settings, List<Campaign> campaigns) {
    Map<Long, String> names = new HashMap<>();
    campaigns.forEach(c -> names.put(c.getId(), c.getName()));
    List<Violation> violations =
        validator.validate(settings).stream()
            .map(broken -> violation(broken, names))
            .distinct() // NaN breaks both bounds of a rate, which share their sentence
            .sorted(Comparator.comparing(Violation::field))
            .toList();
    if (!violations.isEmpty()) {
      throw new ServiceException(
          ErrorCode.VALIDATION,
          violations.stream().map(Violation::message).collect(Collectors.joining("; ")),
          violations);
    }
  }

  /**
   * The refused field ({@code arrivalsPerMinute[7]} for one entry of a map, by its key) and the
   * sentence, from the constraint's property path rather than from its text.
   */
  private static Violation violation(
      ConstraintViolation<SimulationSettings> broken, Map<Long, String> names) {
    String property = null;
    Object key = null;
    for (Path.Node node : broken.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        property = node.getName();
      } else if (node.getKey() != null) {
        key = node.getKey();
      }
    }
    String field = key == null ? property : property + "[" + key + "]";
    String subject =
        switch (property) {
          case "arrivalsPerMinute" ->
              key == null
                  ? "Campaigns"
                  : "Arrival rate of campaign " + names.getOrDefault(key, String.valueOf(key));
          case "meanHandlingSeconds" -> "Mean handling time of " + key;
          default -> "Arrival rates";
        };
    return new Violation(field, subject + " " + broken.getMessage());
  }

  private void scheduleTick(SimulatorRun run) {
    // Non-persistent: a run is memory only and ends with the application.
    timerService.createSingleActionTimer(TICK.toMillis(), new TimerConfig(run.number, false));
  }

  private SimulatorStatus status(Caller caller) {
    SimulatorRun run = shownTo(caller);
    return run == null ? SimulatorStatus.IDLE : run.status(caller, clock.instant());
  }
}
