package com.omniroute.routing.control;

import com.omniroute.routing.control.Effect.Rejected;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The routing engine's logic: the capacity model (design.md section 3) and who gets what (section
 * 4), driven by events, answering with the {@link Effect effects} each event had.
 *
 * <p>Not thread-safe: the host calls one method at a time. Every event method either applies the
 * whole event and returns its effects, or throws a {@link RoutingException} and changes nothing.
 * Timer callbacks ({@link #offerTimedOut}, {@link #wrapUpEnded}, {@link #dropoutReached}) are
 * lenient instead: a timer that no longer fits the state (the offer was accepted, the interaction
 * ended) returns {@link RoutingResult#NOTHING}, because a timer racing an event is normal.
 *
 * <p>This class is the façade: each event runs the checks that may refuse it, then its steps, then
 * routing. The parts behind it are package-private; {@code package-info.java} and {@code
 * docs/routing.md} ("Shape of the code") say which does what.
 *
 * <p>Per-event cost does not grow with the number of agents, campaigns or waiting interactions: an
 * event only re-files the agents and campaigns it touched ({@link RoutingIndex}, and {@code
 * docs/routing.md}, "Indexes").
 */
public final class RoutingCore {

  private final LiveState state;
  private final RoutingIndex index;
  private final Timers timers;
  private final Transitions steps;
  private final ConfigurationSteps configure;

  /** A core with the default media policies and nothing else. */
  public RoutingCore(Clock clock) {
    state = new LiveState(Objects.requireNonNull(clock, "clock"));
    index = new RoutingIndex(state);
    timers = new Timers(state);
    steps = new Transitions(state, index, timers);
    configure = new ConfigurationSteps(state, index, steps, timers);
    MediaPolicy.defaults().forEach(p -> state.policies.put(p.code(), p));
  }

  // ---------------------------------------------------------------- configuration

  /**
   * Replaces everything with the given configuration and live interactions, as at start-up or after
   * a crash, then routes. Restored OFFERED interactions come back QUEUED (the result says so).
   */
  public RoutingResult loadConfiguration(RoutingConfiguration configuration) {
    ConfigurationChecks.validate(configuration);
    state.begin();
    configure.load(configuration);
    steps.route();
    return state.end();
  }

  /** Adds or changes a media type's capacity policy; every index is rebuilt (a rare event). */
  public RoutingResult upsertMediaPolicy(MediaPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    state.begin();
    configure.putPolicy(policy);
    steps.route();
    return state.end();
  }

  /**
   * Adds a campaign or changes its settings. A campaign's media type cannot change while
   * interactions wait in its queue, because a queue holds one media type.
   */
  public RoutingResult upsertCampaign(CampaignSettings settings) {
    TrackedCampaign campaign = settings == null ? null : state.campaigns.get(settings.id());
    ConfigurationChecks.campaignChange(state.policies, campaign, settings);
    state.begin();
    configure.putCampaign(campaign, settings);
    steps.route();
    return state.end();
  }

  /** Enables or disables a campaign: disabled refuses arrivals, its queue still drains. */
  public RoutingResult setCampaignEnabled(long campaignId, boolean enabled) {
    return upsertCampaign(state.campaign(campaignId).settings.withEnabled(enabled));
  }

  /** Opens or closes a campaign by schedule: closed refuses arrivals, its queue still drains. */
  public RoutingResult setCampaignOpen(long campaignId, boolean open) {
    return upsertCampaign(state.campaign(campaignId).settings.withOpen(open));
  }

  /** Forgets a campaign and its memberships; refused while it has live interactions. */
  public RoutingResult removeCampaign(long campaignId) {
    TrackedCampaign campaign = state.campaign(campaignId);
    ConfigurationChecks.campaignRemoval(campaign);
    state.begin();
    configure.removeCampaign(campaign);
    return state.end();
  }

  /** Adds an agent or changes its name and state. */
  public RoutingResult upsertAgent(AgentSettings settings) {
    Objects.requireNonNull(settings, "settings");
    TrackedAgent agent = state.agents.get(settings.id());
    if (agent == null) {
      state.begin();
      configure.addAgent(settings);
      return state.end();
    }
    agent.name = settings.name();
    return agentStateChanged(settings.id(), settings.state());
  }

  /** Forgets an agent and its memberships; refused while it holds interactions. */
  public RoutingResult removeAgent(long agentId) {
    TrackedAgent agent = state.agent(agentId);
    ConfigurationChecks.agentRemoval(agent);
    state.begin();
    configure.removeAgent(agent);
    return state.end();
  }

  /** Makes an agent a member of a campaign, or changes its penalty there. */
  public RoutingResult upsertMembership(Membership membership) {
    Objects.requireNonNull(membership, "membership");
    TrackedCampaign campaign = state.campaign(membership.campaignId());
    TrackedAgent agent = state.agent(membership.agentId());
    state.begin();
    configure.putMembership(campaign, agent, membership.penalty());
    steps.route();
    return state.end();
  }

  /**
   * Ends a membership. Interactions of the campaign the agent already holds stay with the agent
   * until finished.
   */
  public RoutingResult removeMembership(long campaignId, long agentId) {
    TrackedCampaign campaign = state.campaign(campaignId);
    TrackedAgent agent = state.agent(agentId);
    TrackedMember member = ConfigurationChecks.membership(campaign, agent);
    state.begin();
    configure.removeMembership(member);
    return state.end();
  }

  /**
   * Brings the memberships of the given agents in the given campaigns in line with {@code stored},
   * as one event: a stored pair becomes a member (or gets its penalty), a pair not stored stops
   * being one, and routing runs once, after all of them. The console adds or removes many agents in
   * many campaigns at once; one event per pair would route after each.
   */
  public RoutingResult replaceMemberships(
      Collection<Long> campaignIds, Collection<Long> agentIds, Collection<Membership> stored) {
    List<TrackedCampaign> affected = campaignIds.stream().map(state::campaign).toList();
    List<TrackedAgent> members = agentIds.stream().map(state::agent).toList();
    Map<Long, Map<Long, Membership>> wanted =
        ConfigurationChecks.replacement(campaignIds, agentIds, stored);
    state.begin();
    configure.replaceMemberships(affected, members, wanted);
    steps.route();
    return state.end();
  }

  // ---------------------------------------------------------------- agent events

  /**
   * An agent changes state. Becoming READY starts its idle time. Logging out withdraws its pending
   * (not yet accepted) offers back to the queue; interactions already accepted stay in its hands
   * until finished.
   */
  public RoutingResult agentStateChanged(long agentId, LiveAgentState newState) {
    TrackedAgent agent = state.agent(agentId);
    Objects.requireNonNull(newState, "state");
    if (agent.state == newState) {
      return RoutingResult.NOTHING;
    }
    state.begin();
    steps.changeState(agent, newState);
    steps.route();
    return state.end();
  }

  // ---------------------------------------------------------------- interaction events

  /** An interaction arrives now. */
  public RoutingResult arrive(long interactionId, long campaignId, int priority) {
    return arrive(interactionId, campaignId, priority, null);
  }

  /**
   * An interaction arrives. It is refused at the door (a {@link Rejected} effect, and the core
   * forgets it) when the campaign is disabled, closed, or its ACD limit of waiting interactions is
   * reached; otherwise it is queued and routed at once.
   *
   * @param priority 0..9, higher is served first within the same media precedence
   * @param queuedAt its queue time, or {@code null} for now
   */
  public RoutingResult arrive(long interactionId, long campaignId, int priority, Instant queuedAt) {
    TrackedCampaign campaign = state.campaign(campaignId);
    InteractionChecks.arrival(state, interactionId, priority);
    state.begin();
    Rejected refused = Transitions.doorRefusal(campaign, interactionId);
    if (refused != null) {
      state.emit(refused);
      return state.end();
    }
    TrackedInteraction interaction = steps.enqueueNew(interactionId, campaign, priority, queuedAt);
    steps.route();
    // Only now, so that an interaction offered at once never has a dropout timer to cancel.
    if (interaction.state == LiveInteractionState.QUEUED) {
      timers.requestDropout(interaction);
    }
    return state.end();
  }

  /** The agent accepts its offer: OFFERED to ACTIVE. */
  public RoutingResult accept(long interactionId, long agentId) {
    TrackedInteraction interaction = state.interaction(interactionId);
    InteractionChecks.acceptable(interaction, state.agent(agentId));
    state.begin();
    steps.accept(interaction);
    return state.end();
  }

  /**
   * The agent rejects its offer: the interaction goes back to the queue with its original queue
   * time. Override offers cannot be rejected. The agent stays READY, so the interaction may come
   * straight back to it if it is still the best choice; an agent who wants no more offers sets
   * itself NOT_READY.
   */
  public RoutingResult reject(long interactionId, long agentId) {
    TrackedInteraction interaction = state.interaction(interactionId);
    TrackedAgent agent = state.agent(agentId);
    InteractionChecks.rejectable(interaction, agent);
    state.begin();
    steps.takeBack(interaction, true, "rejected by " + agent.name);
    index.refile(agent);
    steps.route();
    return state.end();
  }

  /**
   * Timer: the offer was not answered in time (ring-no-answer). The interaction goes back to the
   * queue with its original queue time and the agent becomes NOT_READY.
   */
  public RoutingResult offerTimedOut(long interactionId) {
    return timerFired(TimerKind.OFFER_TIMEOUT, interactionId, steps::ringNoAnswer);
  }

  /**
   * The agent finishes an active interaction: wrap-up starts (capacity stays in use until it ends),
   * or, with a wrap-up time of 0, it completes at once. Finishing an override resumes what it put
   * on hold.
   */
  public RoutingResult finish(long interactionId, long agentId) {
    TrackedInteraction interaction = state.interaction(interactionId);
    InteractionChecks.finishable(interaction, state.agent(agentId));
    state.begin();
    steps.finish(interaction);
    steps.route();
    return state.end();
  }

  /**
   * The deadline a timer of this kind still waits for: present while the interaction is in the
   * state the timer applies to. A host whose timer fired before the deadline (timer services round
   * to milliseconds and may fire a little early) got an empty result and sets the timer again.
   */
  public Optional<Instant> pendingDeadline(TimerKind kind, long interactionId) {
    return Optional.ofNullable(Timers.pendingDeadline(kind, state.interactions.get(interactionId)));
  }

  /** Timer: wrap-up is over; the interaction completes and its capacity is freed. */
  public RoutingResult wrapUpEnded(long interactionId) {
    return timerFired(
        TimerKind.WRAP_UP_END,
        interactionId,
        i -> steps.complete(i, LiveInteractionState.WRAP_UP, "wrap-up ended"));
  }

  /**
   * The customer left. Allowed while QUEUED or OFFERED (a pending offer is withdrawn and the
   * agent's capacity freed); an answered interaction is ended by its agent with {@link #finish}.
   */
  public RoutingResult abandon(long interactionId) {
    TrackedInteraction interaction = state.interaction(interactionId);
    InteractionChecks.abandonable(interaction);
    state.begin();
    steps.abandon(interaction, false, "the customer left");
    steps.route();
    return state.end();
  }

  /** Timer: a waiting interaction reached its campaign's dropout time and leaves the queue. */
  public RoutingResult dropoutReached(long interactionId) {
    return timerFired(TimerKind.DROPOUT, interactionId, steps::dropout);
  }

  /* A timer callback: its step and routing when the timer is still due, else nothing. */
  private RoutingResult timerFired(
      TimerKind kind, long interactionId, Consumer<TrackedInteraction> step) {
    TrackedInteraction interaction = state.interactions.get(interactionId);
    if (!timers.due(kind, interaction)) {
      return RoutingResult.NOTHING;
    }
    state.begin();
    step.accept(interaction);
    steps.route();
    return state.end();
  }

  // ---------------------------------------------------------------- queries

  /** One live interaction. */
  public InteractionView interactionView(long interactionId) {
    return Views.of(state.interaction(interactionId), state.clock.instant());
  }

  /** Whether the core holds this interaction (live: waiting or in an agent's hands). */
  public boolean isLive(long interactionId) {
    return state.interactions.containsKey(interactionId);
  }

  /** An agent's state and load. */
  public AgentWork agentWork(long agentId) {
    return Views.of(state.agent(agentId), state.clock.instant());
  }

  /** A campaign's queue: how many wait, and since when the longest. */
  public QueueStatus queueStatus(long campaignId) {
    return Views.of(state.campaign(campaignId));
  }

  /**
   * An interaction's place in its campaign's queue while it is QUEUED: 1 for the next one its
   * campaign will offer, in routing order (priority, queue time, id). Empty when it is not waiting
   * (offered, in an agent's hands, or no longer live). O(log n) in the queue's length.
   */
  public OptionalInt position(long interactionId) {
    return Views.position(state.interactions.get(interactionId));
  }

  /**
   * The campaigns open now: enabled, and open by their schedule. A disabled campaign accepts no new
   * interaction (design.md section 2), so it is not open whatever its schedule says.
   */
  public Set<Long> openCampaignIds() {
    return Views.openCampaignIds(state);
  }

  /**
   * Why a live interaction is where it is, in a sentence for people: for a waiting one, which
   * members of its campaign could not take it and why, and how many wait ahead of it ({@link
   * #position}); for a held one, who holds it.
   */
  public String whyWaiting(long interactionId) {
    return explainWaiting(interactionId).english();
  }

  /** {@link #whyWaiting} as codes and arguments, for a reader in another language. */
  public Explanation explainWaiting(long interactionId) {
    return Explanations.whyWaiting(state.interaction(interactionId), position(interactionId));
  }

  /** A consistent copy of the whole live state, in id order. */
  public RoutingSnapshot snapshot() {
    return Views.snapshot(state);
  }

  /**
   * Everything the core holds, in the shape it is loaded from ({@link #loadConfiguration}), in id
   * order. The same read from the database must be equal after every commit: that is how the engine
   * and its tests check that the two never disagree.
   */
  public RoutingConfiguration configuration() {
    return Views.configuration(state);
  }

  /** The media policies the core routes with, by code. */
  public Map<String, MediaPolicy> mediaPolicies() {
    return Map.copyOf(state.policies);
  }

  /**
   * Checks every index against a from-scratch computation; for tests. Returns the problems found,
   * empty when the indexes are consistent.
   */
  List<String> indexProblems() {
    return index.problems();
  }
}
