package com.omniroute.simulation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulator's state and figures, as {@link TrafficSimulator#status()} shows them to a caller.
 *
 * @param phase {@link Phase#IDLE} before any run; the last run's figures stay after it stopped
 * @param startedBy the username of the supervisor who started the (last) run
 * @param campaigns the simulated campaigns the caller sees, with their rates
 * @param meanHandlingSeconds the run's mean handling time of each media type, by code, so that a
 *     page opened during the run shows what it runs with
 * @param refused arrivals refused at the door (closed or disabled campaign, full queue)
 * @param failures simulated actions the engine refused (an offer withdrawn meanwhile, and such)
 * @param agents the simulated agents: members of the campaigns no user is linked to
 * @param arrivalsPerSecond arrivals achieved per second of the run
 * @param offeredAtOnce arrivals that were offered to an agent within their own arrival
 * @param latencyP50 arrival-to-offer latency of those, median, timed around the engine call
 */
public record SimulatorStatus(
    Phase phase,
    String startedBy,
    Instant since,
    Instant stoppedAt,
    List<SimulatedCampaign> campaigns,
    Map<String, Double> meanHandlingSeconds,
    long arrivals,
    long refused,
    long accepted,
    long finished,
    long failures,
    int agents,
    double arrivalsPerSecond,
    long offeredAtOnce,
    Duration latencyP50,
    Duration latencyP95,
    Duration latencyMax)
    implements Serializable {

  public enum Phase {
    IDLE,
    RUNNING,
    /** Arrivals have stopped; the agents finish what they hold. */
    STOPPING,
    STOPPED
  }

  public SimulatorStatus {
    campaigns = List.copyOf(campaigns);
    meanHandlingSeconds = Map.copyOf(meanHandlingSeconds);
  }

  public static final SimulatorStatus IDLE =
      new SimulatorStatus(
          Phase.IDLE,
          null,
          null,
          null,
          List.of(),
          Map.of(),
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO);

  public boolean isRunning() {
    return phase == Phase.RUNNING || phase == Phase.STOPPING;
  }

  /** A simulated campaign: its name, channel and arrival rate. */
  public record SimulatedCampaign(long id, String name, String mediaType, double arrivalsPerMinute)
      implements Serializable {}
}
