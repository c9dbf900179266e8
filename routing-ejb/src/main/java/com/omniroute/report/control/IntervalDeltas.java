package com.omniroute.report.control;

import com.omniroute.agent.entity.AgentState;
import com.omniroute.report.entity.AgentFigures;
import com.omniroute.report.entity.AgentInterval;
import com.omniroute.report.entity.CampaignFigures;
import com.omniroute.report.entity.CampaignInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures that a series of events adds to the 15-minute UTC intervals, per campaign and per
 * agent, gathered in memory so that each touched aggregate row is written once: once per commit
 * group of the routing engine, once per campaign when the migration backfills from the stored
 * interactions. Both use these methods, so live and backfilled figures mean the same.
 */
public final class IntervalDeltas {

  /** The length of a stored interval. */
  public static final Duration INTERVAL = Duration.ofMinutes(15);

  private static final long INTERVAL_SECONDS = INTERVAL.toSeconds();

  private final Map<CampaignInterval.Key, CampaignFigures> campaigns = new LinkedHashMap<>();
  private final Map<AgentInterval.Key, AgentFigures> agents = new LinkedHashMap<>();

  /** The start, in seconds since the epoch, of the 15-minute interval that holds the instant. */
  public static long intervalOf(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), INTERVAL_SECONDS) * INTERVAL_SECONDS;
  }

  /** An interaction entered the campaign's queue. */
  public void queued(long campaignId, Instant at) {
    campaign(campaignId, at).queued();
  }

  /** An arrival was refused at the door. */
  public void rejectedAtDoor(long campaignId, Instant at) {
    campaign(campaignId, at).rejectedAtDoor();
  }

  /** An interaction was offered to the agent. */
  public void offered(long agentId, Instant at) {
    agent(agentId, at).offered();
  }

  /** The agent accepted an offer, or was given an override offer, which counts as accepted. */
  public void answered(
      long campaignId, long agentId, Instant queuedAt, Instant at, int serviceLevelSeconds) {
    campaign(campaignId, at).answered(millisBetween(queuedAt, at), serviceLevelSeconds * 1000L);
    agent(agentId, at).answered();
  }

  /** The customer left, or the dropout time passed, while waiting or being offered. */
  public void abandoned(long campaignId, Instant queuedAt, Instant at, int serviceLevelSeconds) {
    campaign(campaignId, at).abandoned(millisBetween(queuedAt, at), serviceLevelSeconds * 1000L);
  }

  /**
   * An interaction's handling ended (its wrap-up ended): counted for the campaign when it ended,
   * and spread over the agent's intervals from its answer to its end.
   *
   * @param sharePercent the capacity share of its media type
   */
  public void handled(
      long campaignId, Long agentId, Instant answeredAt, Instant at, int sharePercent) {
    if (answeredAt == null) {
      return;
    }
    campaign(campaignId, at).handled(millisBetween(answeredAt, at));
    if (agentId != null) {
      spread(
          answeredAt, at, (start, millis) -> agent(agentId, start).handling(millis, sharePercent));
    }
  }

  /** The agent refused an offer. */
  public void offerRejected(long agentId, Instant at) {
    agent(agentId, at).rejected();
  }

  /** An offer to the agent was not answered within the offer timeout. */
  public void offerMissed(long agentId, Instant at) {
    agent(agentId, at).missed();
  }

  /**
   * The agent's period in a state ended: ready and not-ready time is spread over the intervals it
   * covers; logged-out time is not counted.
   */
  public void stateEnded(long agentId, AgentState state, Instant since, Instant until) {
    if (since == null || state == AgentState.LOGGED_OUT) {
      return;
    }
    spread(
        since,
        until,
        (start, millis) -> {
          AgentFigures figures = agent(agentId, start);
          if (state == AgentState.READY) {
            figures.ready(millis);
          } else {
            figures.notReady(millis);
          }
        });
  }

  /** The campaign figures gathered, by interval. */
  public Map<CampaignInterval.Key, CampaignFigures> campaigns() {
    return campaigns;
  }

  /** The agent figures gathered, by interval. */
  public Map<AgentInterval.Key, AgentFigures> agents() {
    return agents;
  }

  public boolean isEmpty() {
    return campaigns.isEmpty() && agents.isEmpty();
  }

  private CampaignFigures campaign(long campaignId, Instant at) {
    return campaigns.computeIfAbsent(
        new CampaignInterval.Key(campaignId, intervalOf(at)), k -> new CampaignFigures());
  }

  private AgentFigures agent(long agentId, Instant at) {
    return agents.computeIfAbsent(
        new AgentInterval.Key(agentId, intervalOf(at)), k -> new AgentFigures());
  }

  @FunctionalInterface
  private interface Part {
    void add(Instant intervalStart, long millis);
  }

  /* Splits [from, to) at the 15-minute boundaries; nothing if it is empty or reversed. */
  private static void spread(Instant from, Instant to, Part part) {
    Instant start = from;
    while (start.isBefore(to)) {
      Instant next = Instant.ofEpochSecond(intervalOf(start) + INTERVAL_SECONDS);
      Instant end = next.isBefore(to) ? next : to;
      part.add(start, millisBetween(start, end));
      start = end;
    }
  }

  private static long millisBetween(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis());
  }
}
