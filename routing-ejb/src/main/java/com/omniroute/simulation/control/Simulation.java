package com.omniroute.simulation.control;

import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.LiveInteractionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One run of the simulator, without the engine: which campaigns get arrivals when, and what the
 * simulated agents do with what the engine gave them. Each call answers the actions due at the
 * given instant; the caller performs them and reports back nothing: the next call reads the agents'
 * work again, so an action the engine refused is simply not seen as done.
 *
 * <p>An agent accepts an offer after a {@link ThinkTime} (a forced override arrives ACTIVE, already
 * accepted) and finishes an active interaction after a {@link HandlingTime} of its media type,
 * counted from when it first saw it active. An interaction on hold is not finished until resumed.
 *
 * <p>Its settings are valid: the simulator's boundary validates them before it makes a run.
 */
public final class Simulation {

  /** What a simulated agent is to do now. */
  public sealed interface Action {
    long interactionId();

    long agentId();
  }

  public record Accept(long interactionId, long agentId) implements Action {}

  public record Finish(long interactionId, long agentId) implements Action {}

  private final RandomGenerator random;
  private final ThinkTime thinkTime;
  private final Map<Long, PoissonArrivals> arrivals = new LinkedHashMap<>();
  private final Map<String, HandlingTime> handling = new HashMap<>();
  private final SimulationSettings settings;
  private final Map<Long, Instant> acceptAt = new HashMap<>();
  private final Map<Long, Instant> finishAt = new HashMap<>();
  private boolean arriving = true;

  public Simulation(
      SimulationSettings settings, Instant start, ThinkTime thinkTime, RandomGenerator random) {
    this.settings = settings;
    this.random = random;
    this.thinkTime = thinkTime;
    settings
        .arrivalsPerMinute()
        .forEach(
            (campaign, rate) -> arrivals.put(campaign, new PoissonArrivals(rate, start, random)));
  }

  /**
   * Arrivals due up to {@code now} per campaign id (only campaigns with some); none once stopped.
   */
  public Map<Long, Integer> arrivalsDue(Instant now) {
    Map<Long, Integer> due = new LinkedHashMap<>();
    if (!arriving) {
      return due;
    }
    arrivals.forEach(
        (campaign, process) -> {
          int count = process.due(now);
          if (count > 0) {
            due.put(campaign, count);
          }
        });
    return due;
  }

  /** Ends arrivals for good; agents keep accepting and finishing what they were given. */
  public void stopArrivals() {
    arriving = false;
  }

  public boolean isArriving() {
    return arriving;
  }

  /** The accepts and finishes due at {@code now}, given what the agents hold right now. */
  public List<Action> agentActions(Instant now, Collection<AgentWork> work) {
    List<Action> due = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (AgentWork agent : work) {
      for (InteractionView held : agent.interactions()) {
        seen.add(held.id());
        if (held.state() == LiveInteractionState.OFFERED) {
          Instant at = acceptAt.computeIfAbsent(held.id(), id -> now.plus(thinkTime.draw(random)));
          if (!at.isAfter(now)) {
            due.add(new Accept(held.id(), agent.agentId()));
          }
        } else if (held.state() == LiveInteractionState.ACTIVE) {
          Instant at =
              finishAt.computeIfAbsent(
                  held.id(), id -> now.plus(handlingOf(held.mediaType()).draw(random)));
          if (!at.isAfter(now) && !held.onHold()) {
            due.add(new Finish(held.id(), agent.agentId()));
          }
        }
      }
    }
    acceptAt.keySet().retainAll(seen);
    finishAt.keySet().retainAll(seen);
    return due;
  }

  /** Whether the agents hold nothing that they still have to accept or finish. */
  public static boolean nothingInHand(Collection<AgentWork> work) {
    return work.stream()
        .flatMap(agent -> agent.interactions().stream())
        .noneMatch(
            held ->
                held.state() == LiveInteractionState.OFFERED
                    || held.state() == LiveInteractionState.ACTIVE);
  }

  private HandlingTime handlingOf(String mediaType) {
    return handling.computeIfAbsent(
        mediaType, code -> new HandlingTime(settings.meanHandlingSeconds(code)));
  }
}
