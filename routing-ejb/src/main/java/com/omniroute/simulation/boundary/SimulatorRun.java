package com.omniroute.simulation.boundary;

import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.security.boundary.Caller;
import com.omniroute.simulation.boundary.SimulatorStatus.Phase;
import com.omniroute.simulation.boundary.SimulatorStatus.SimulatedCampaign;
import com.omniroute.simulation.control.LatencyFigures;
import com.omniroute.simulation.control.Simulation;
import com.omniroute.simulation.control.SimulationSettings;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the {@link TrafficSimulator}: its campaigns, simulated agents, phase and counters, and
 * its steps, each an event handed to the routing engine as an API caller's would be. A simulated
 * step the engine refuses is counted as a failure and the run goes on.
 *
 * <p>Not thread-safe: the simulator calls it only under its own write lock (the tick, start and
 * stop) or read lock (status), and from the tick's context, so each engine call commits on its own.
 */
final class SimulatorRun {

  /* The simulator's own category: what a run logs is the simulator's. */
  private static final Logger LOG = Logger.getLogger(TrafficSimulator.class.getName());

  final long number;
  final String startedBy;
  final Instant since;
  final SimulationSettings settings;
  final List<SimulatedCampaign> campaigns;
  final Map<Long, Long> groupOf;
  final List<Long> agentIds;
  private final Simulation simulation;
  private final RoutingEngine engine;
  private final Event<SimulatorProgress> progress;
  private final Map<Long, Integer> pending = new LinkedHashMap<>();
  private final LatencyFigures latency = new LatencyFigures();
  Phase phase = Phase.RUNNING;
  private Instant lastPush = Instant.EPOCH;
  private Instant stoppingSince;
  private Instant stoppedAt;
  private long arrivals;
  private long refused;
  private long accepted;
  private long finished;
  private long failures;

  /**
   * @param groupOf the security group of each campaign, by campaign id
   * @param engine the engine to hand every step to
   * @param progress where to tell that the figures moved
   */
  SimulatorRun(
      long number,
      String startedBy,
      Instant since,
      SimulationSettings settings,
      Simulation simulation,
      List<SimulatedCampaign> campaigns,
      Map<Long, Long> groupOf,
      List<Long> agentIds,
      RoutingEngine engine,
      Event<SimulatorProgress> progress) {
    this.number = number;
    this.startedBy = startedBy;
    this.since = since;
    this.settings = settings;
    this.simulation = simulation;
    this.campaigns = List.copyOf(campaigns);
    this.groupOf = Map.copyOf(groupOf);
    this.agentIds = List.copyOf(agentIds);
    this.engine = engine;
    this.progress = progress;
  }

  Set<Long> groups() {
    return Set.copyOf(groupOf.values());
  }

  /** Sends every simulated agent READY. */
  void begin() {
    for (long agent : agentIds) {
      setState(agent, LiveAgentState.READY);
    }
  }

  /** Ends the arrivals, those due included, and sends the simulated agents NOT_READY. */
  void stop(Instant now) {
    simulation.stopArrivals();
    pending.clear();
    phase = Phase.STOPPING;
    stoppingSince = now;
    for (long agent : agentIds) {
      setState(agent, LiveAgentState.NOT_READY);
    }
  }

  /**
   * One tick: the arrivals due (at most {@code maxArrivals}, the rest wait for the next tick), then
   * the agents' actions due; a stopping run whose agents hold nothing any more (or held it longer
   * than any handling time) is stopped.
   */
  void step(Instant now, int maxArrivals, Duration pushEvery) {
    simulation.arrivalsDue(now).forEach((c, n) -> pending.merge(c, n, Integer::sum));
    int budget = maxArrivals;
    for (Iterator<Map.Entry<Long, Integer>> it = pending.entrySet().iterator();
        it.hasNext() && budget > 0; ) {
      Map.Entry<Long, Integer> due = it.next();
      int handed = Math.min(due.getValue(), budget);
      for (int i = 0; i < handed; i++) {
        arrive(due.getKey());
      }
      budget -= handed;
      if (handed == due.getValue()) {
        it.remove();
      } else {
        due.setValue(due.getValue() - handed);
      }
    }
    List<AgentWork> work = new ArrayList<>(agentIds.size());
    for (long agent : agentIds) {
      try {
        work.add(engine.work(agent));
      } catch (RuntimeException gone) {
        // Deleted meanwhile: nothing to play any more.
      }
    }
    for (Simulation.Action action : simulation.agentActions(now, work)) {
      perform(action);
    }
    if (phase == Phase.STOPPING
        && (Simulation.nothingInHand(work)
            || now.isAfter(stoppingSince.plus(settings.longestHandling())))) {
      phase = Phase.STOPPED;
      stoppedAt = now;
      progress.fire(new SimulatorProgress(false));
      return;
    }
    if (!now.isBefore(lastPush.plus(pushEvery))) {
      lastPush = now;
      progress.fire(new SimulatorProgress(true));
    }
  }

  private void arrive(long campaignId) {
    long started = System.nanoTime();
    try {
      RoutingEngine.Arrival arrival =
          engine.arrive(campaignId, "Simulated customer " + (arrivals + 1), "Simulated", 0);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      arrivals++;
      if (arrival.rejection() != null) {
        refused++;
      } else if (arrival.interaction().getOfferedAt() != null) {
        latency.record(took);
      }
    } catch (RuntimeException e) {
      failures++;
      LOG.log(Level.FINE, "A simulated arrival in campaign " + campaignId + " failed", e);
    }
  }

  private void perform(Simulation.Action action) {
    try {
      if (action instanceof Simulation.Accept accept) {
        engine.accept(accept.interactionId(), accept.agentId());
        accepted++;
      } else {
        engine.finish(action.interactionId(), action.agentId());
        finished++;
      }
    } catch (RuntimeException e) {
      failures++;
      LOG.log(Level.FINE, "A simulated " + action + " failed", e);
    }
  }

  private void setState(long agent, LiveAgentState state) {
    try {
      engine.changeAgentState(agent, state);
    } catch (RuntimeException e) {
      failures++;
      LOG.log(Level.FINE, "Simulated agent " + agent + " could not go " + state, e);
    }
  }

  /** What the run is, for the audit log: who started it, when, its campaigns and their rates. */
  Map<String, Object> snapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("startedBy", startedBy);
    snapshot.put("since", since.toString());
    snapshot.put(
        "campaigns",
        campaigns.stream()
            .map(
                c -> {
                  Map<String, Object> campaign = new LinkedHashMap<>();
                  campaign.put("id", c.id());
                  campaign.put("name", c.name());
                  campaign.put("arrivalsPerMinute", c.arrivalsPerMinute());
                  return campaign;
                })
            .toList());
    snapshot.put("meanHandlingSeconds", new TreeMap<>(settings.meanHandlingSeconds()));
    snapshot.put("simulatedAgents", agentIds.size());
    return snapshot;
  }

  /** The run's figures as the caller's page shows them, with the campaigns the caller sees. */
  SimulatorStatus status(Caller caller, Instant now) {
    Instant end = stoppedAt == null ? now : stoppedAt;
    double seconds = Math.max(0.001, Duration.between(since, end).toMillis() / 1000.0);
    LatencyFigures.Summary summary = latency.summary();
    return new SimulatorStatus(
        phase,
        startedBy,
        since,
        stoppedAt,
        campaigns.stream().filter(c -> caller.sees(groupOf.get(c.id()))).toList(),
        settings.meanHandlingSeconds(),
        arrivals,
        refused,
        accepted,
        finished,
        failures,
        agentIds.size(),
        arrivals / seconds,
        summary.count(),
        summary.p50(),
        summary.p95(),
        summary.max());
  }

  /** The run's figures in a sentence, for the server log. */
  String figures() {
    LatencyFigures.Summary summary = latency.summary();
    return String.format(
        "%d arrivals (%d refused), %d accepted, %d finished, %d failed steps; latency p50 %d ms,"
            + " p95 %d ms, max %d ms over %d offered at once",
        arrivals,
        refused,
        accepted,
        finished,
        failures,
        summary.p50().toMillis(),
        summary.p95().toMillis(),
        summary.max().toMillis(),
        summary.count());
  }
}
