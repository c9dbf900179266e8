package com.omniroute.routing.control;

import com.omniroute.routing.control.Effect.Abandoned;
import com.omniroute.routing.control.Effect.AgentStateChanged;
import com.omniroute.routing.control.Effect.InteractionStateChanged;
import com.omniroute.routing.control.Effect.Offered;
import com.omniroute.routing.control.Effect.Queued;
import com.omniroute.routing.control.Effect.Rejected;
import com.omniroute.routing.control.Effect.Resumed;
import com.omniroute.routing.control.Effect.TimerCancellation;
import com.omniroute.routing.control.Effect.TimerRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * <p>Per-event cost does not grow with the number of agents, campaigns or waiting interactions.
 * Each campaign keeps its queue in routing order and the members who could take its media type
 * right now in choice order; a global index holds the campaigns that have both, ordered by their
 * first waiting interaction. Routing takes the first of that index until it is empty, and an event
 * only re-files the agents and campaigns it touched. See {@code docs/routing.md}.
 */
public final class RoutingCore {

  private enum Fit {
    NORMAL,
    OVERRIDE,
    NOT_READY,
    AT_MAX,
    NO_CAPACITY;

    boolean offerable() {
      return this == NORMAL || this == OVERRIDE;
    }
  }

  private final Clock clock;
  private final Map<String, MediaPolicy> policies = new HashMap<>();
  private final Map<Long, TrackedCampaign> campaigns = new HashMap<>();
  private final Map<Long, TrackedAgent> agents = new HashMap<>();
  private final Map<Long, TrackedInteraction> interactions = new HashMap<>();
  private final NavigableSet<TrackedCampaign> routable =
      new TreeSet<>(TrackedCampaign.ROUTABLE_ORDER);

  /* The event being applied: its time and the effects so far. */
  private Instant now;
  private List<Effect> out;

  /** A core with the default media policies and nothing else. */
  public RoutingCore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    MediaPolicy.defaults().forEach(p -> policies.put(p.code(), p));
  }

  // ---------------------------------------------------------------- configuration

  /**
   * Replaces everything with the given configuration and live interactions, as at start-up or after
   * a crash, then routes. Restored OFFERED interactions come back QUEUED (the result says so).
   */
  public RoutingResult loadConfiguration(RoutingConfiguration configuration) {
    validate(configuration);
    begin();
    policies.clear();
    campaigns.clear();
    agents.clear();
    interactions.clear();
    routable.clear();
    configuration.mediaPolicies().forEach(p -> policies.put(p.code(), p));
    configuration.campaigns().forEach(c -> campaigns.put(c.id(), new TrackedCampaign(c)));
    for (AgentSettings a : configuration.agents()) {
      agents.put(a.id(), new TrackedAgent(a.id(), a.name(), a.state(), now));
    }
    for (Membership m : configuration.memberships()) {
      TrackedAgent agent = agents.get(m.agentId());
      TrackedCampaign campaign = campaigns.get(m.campaignId());
      TrackedMember member = new TrackedMember(agent, campaign, m.penalty());
      agent.addMembership(member);
      campaign.members.put(agent.id, member);
    }
    for (RestoredInteraction r : configuration.interactions()) {
      restore(r);
    }
    agents.values().forEach(this::resumeIfNoOverride);
    rebuildIndexes();
    return end();
  }

  /** Adds or changes a media type's capacity policy; every index is rebuilt (a rare event). */
  public RoutingResult upsertMediaPolicy(MediaPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    begin();
    policies.put(policy.code(), policy);
    rebuildIndexes();
    return end();
  }

  /**
   * Adds a campaign or changes its settings. A campaign's media type cannot change while
   * interactions wait in its queue, because a queue holds one media type.
   */
  public RoutingResult upsertCampaign(CampaignSettings settings) {
    Objects.requireNonNull(settings, "settings");
    requirePolicy(settings.mediaType(), settings.name());
    TrackedCampaign campaign = campaigns.get(settings.id());
    if (campaign != null
        && !campaign.settings.mediaType().equals(settings.mediaType())
        && !campaign.waiting.isEmpty()) {
      throw RoutingException.invalidState(
          campaign.name()
              + " has "
              + campaign.waiting.size()
              + " interactions waiting; its media type cannot change until they are served");
    }
    begin();
    if (campaign == null) {
      TrackedCampaign added = new TrackedCampaign(settings);
      added.policy = policies.get(settings.mediaType());
      campaigns.put(settings.id(), added);
    } else {
      campaign.settings = settings;
      campaign.policy = policies.get(settings.mediaType());
      refileMembers(campaign);
    }
    route();
    return end();
  }

  /** Enables or disables a campaign: disabled refuses arrivals, its queue still drains. */
  public RoutingResult setCampaignEnabled(long campaignId, boolean enabled) {
    return upsertCampaign(campaign(campaignId).settings.withEnabled(enabled));
  }

  /** Opens or closes a campaign by schedule: closed refuses arrivals, its queue still drains. */
  public RoutingResult setCampaignOpen(long campaignId, boolean open) {
    return upsertCampaign(campaign(campaignId).settings.withOpen(open));
  }

  /** Forgets a campaign and its memberships; refused while it has live interactions. */
  public RoutingResult removeCampaign(long campaignId) {
    TrackedCampaign campaign = campaign(campaignId);
    if (!campaign.waiting.isEmpty() || campaign.held > 0) {
      throw RoutingException.invalidState(
          campaign.name() + " still has live interactions and cannot be removed from routing");
    }
    begin();
    for (TrackedMember member : campaign.members.values()) {
      member.agent.removeMembership(member);
    }
    campaigns.remove(campaignId);
    return end();
  }

  /** Adds an agent or changes its name and state. */
  public RoutingResult upsertAgent(AgentSettings settings) {
    Objects.requireNonNull(settings, "settings");
    TrackedAgent agent = agents.get(settings.id());
    if (agent == null) {
      begin();
      agents.put(
          settings.id(), new TrackedAgent(settings.id(), settings.name(), settings.state(), now));
      return end();
    }
    agent.name = settings.name();
    return agentStateChanged(settings.id(), settings.state());
  }

  /** Forgets an agent and its memberships; refused while it holds interactions. */
  public RoutingResult removeAgent(long agentId) {
    TrackedAgent agent = agent(agentId);
    if (!agent.held.isEmpty()) {
      throw RoutingException.invalidState(
          agent.name + " holds " + agent.held.size() + " interactions and cannot be removed");
    }
    begin();
    for (TrackedMember member : agent.memberships.values()) {
      unfile(member);
      member.campaign.members.remove(agentId);
      refreshRoutable(member.campaign);
    }
    agents.remove(agentId);
    return end();
  }

  /** Makes an agent a member of a campaign, or changes its penalty there. */
  public RoutingResult upsertMembership(Membership membership) {
    Objects.requireNonNull(membership, "membership");
    TrackedCampaign campaign = campaign(membership.campaignId());
    TrackedAgent agent = agent(membership.agentId());
    begin();
    TrackedMember member = campaign.members.get(agent.id);
    if (member == null) {
      member = new TrackedMember(agent, campaign, membership.penalty());
      agent.addMembership(member);
      campaign.members.put(agent.id, member);
    } else {
      unfile(member);
      member.penalty = membership.penalty();
    }
    fileIfEligible(member);
    refreshRoutable(campaign);
    route();
    return end();
  }

  /**
   * Ends a membership. Interactions of the campaign the agent already holds stay with the agent
   * until finished.
   */
  public RoutingResult removeMembership(long campaignId, long agentId) {
    TrackedCampaign campaign = campaign(campaignId);
    TrackedAgent agent = agent(agentId);
    TrackedMember member = campaign.members.get(agentId);
    if (member == null) {
      throw RoutingException.notFound(agent.name + " is not a member of " + campaign.name());
    }
    begin();
    unfile(member);
    campaign.members.remove(agentId);
    agent.removeMembership(member);
    refreshRoutable(campaign);
    return end();
  }

  /**
   * Brings the memberships of the given agents in the given campaigns in line with {@code stored},
   * as one event: a stored pair becomes a member (or gets its penalty), a pair not stored stops
   * being one, and routing runs once, after all of them. The console adds or removes many agents in
   * many campaigns at once; one event per pair would route after each.
   */
  public RoutingResult replaceMemberships(
      Collection<Long> campaignIds, Collection<Long> agentIds, Collection<Membership> stored) {
    List<TrackedCampaign> affected = campaignIds.stream().map(this::campaign).toList();
    List<TrackedAgent> members = agentIds.stream().map(this::agent).toList();
    Map<Long, Map<Long, Membership>> wanted = new HashMap<>();
    for (Membership m : stored) {
      if (!campaignIds.contains(m.campaignId()) || !agentIds.contains(m.agentId())) {
        throw RoutingException.validation(
            "membership of agent "
                + m.agentId()
                + " in campaign "
                + m.campaignId()
                + " is outside the campaigns and agents being replaced");
      }
      wanted.computeIfAbsent(m.campaignId(), id -> new HashMap<>()).put(m.agentId(), m);
    }
    begin();
    for (TrackedCampaign campaign : affected) {
      Map<Long, Membership> inCampaign = wanted.getOrDefault(campaign.id(), Map.of());
      for (TrackedAgent agent : members) {
        Membership membership = inCampaign.get(agent.id);
        TrackedMember member = campaign.members.get(agent.id);
        if (membership == null) {
          if (member != null) {
            unfile(member);
            campaign.members.remove(agent.id);
            agent.removeMembership(member);
          }
        } else if (member == null) {
          member = new TrackedMember(agent, campaign, membership.penalty());
          agent.addMembership(member);
          campaign.members.put(agent.id, member);
          fileIfEligible(member);
        } else if (member.penalty != membership.penalty()) {
          unfile(member);
          member.penalty = membership.penalty();
          fileIfEligible(member);
        }
      }
      refreshRoutable(campaign);
    }
    route();
    return end();
  }

  // ---------------------------------------------------------------- agent events

  /**
   * An agent changes state. Becoming READY starts its idle time. Logging out withdraws its pending
   * (not yet accepted) offers back to the queue; interactions already accepted stay in its hands
   * until finished.
   */
  public RoutingResult agentStateChanged(long agentId, AgentState state) {
    TrackedAgent agent = agent(agentId);
    Objects.requireNonNull(state, "state");
    if (agent.state == state) {
      return RoutingResult.NOTHING;
    }
    begin();
    AgentState from = agent.state;
    agent.state = state;
    if (state == AgentState.READY) {
      agent.idleSince = now;
    }
    out.add(new AgentStateChanged(agentId, from, state, "requested"));
    if (state == AgentState.LOGGED_OUT) {
      for (TrackedInteraction offered : List.copyOf(agent.held)) {
        if (offered.state == InteractionState.OFFERED) {
          cancelOfferTimer(offered);
          release(agent, offered, false);
          requeue(offered, agent, "offer withdrawn: " + agent.name + " logged out");
        }
      }
    }
    refile(agent);
    route();
    return end();
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
    TrackedCampaign campaign = campaign(campaignId);
    if (priority < 0 || priority > 9) {
      throw RoutingException.validation("priority must be between 0 and 9, was " + priority);
    }
    if (interactions.containsKey(interactionId)) {
      throw RoutingException.invalidState("interaction " + interactionId + " is already live");
    }
    begin();
    CampaignSettings settings = campaign.settings;
    if (!settings.enabled()) {
      out.add(
          new Rejected(
              interactionId,
              campaignId,
              RejectionCode.CAMPAIGN_DISABLED,
              settings.name() + " is disabled and accepts no new interactions"));
      return end();
    }
    if (!settings.open()) {
      out.add(
          new Rejected(
              interactionId,
              campaignId,
              RejectionCode.CAMPAIGN_CLOSED,
              settings.name() + " is closed by its schedule and accepts no new interactions"));
      return end();
    }
    if (settings.acdLimit() > 0 && campaign.waiting.size() >= settings.acdLimit()) {
      out.add(
          new Rejected(
              interactionId,
              campaignId,
              RejectionCode.QUEUE_FULL,
              settings.name()
                  + " already has "
                  + campaign.waiting.size()
                  + " interactions waiting, its ACD limit"));
      return end();
    }
    TrackedInteraction interaction =
        new TrackedInteraction(
            interactionId,
            campaign,
            settings.mediaType(),
            priority,
            queuedAt == null ? now : queuedAt);
    interactions.put(interactionId, interaction);
    out.add(new Queued(interactionId, campaignId, interaction.queuedAt));
    if (settings.dropoutSeconds() > 0) {
      interaction.dropoutDeadline = interaction.queuedAt.plusSeconds(settings.dropoutSeconds());
    }
    enqueue(interaction);
    route();
    // Only now, so that an interaction offered at once never has a dropout timer to cancel.
    if (interaction.state == InteractionState.QUEUED) {
      requestDropoutTimer(interaction);
    }
    return end();
  }

  /** The agent accepts its offer: OFFERED to ACTIVE. */
  public RoutingResult accept(long interactionId, long agentId) {
    TrackedInteraction interaction = interaction(interactionId);
    TrackedAgent agent = agent(agentId);
    requireHeldBy(interaction, agent, "accept");
    if (interaction.state != InteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction "
              + interactionId
              + " is "
              + interaction.state
              + (interaction.forced ? " (override offers are accepted automatically)" : "")
              + " and cannot be accepted");
    }
    begin();
    cancelOfferTimer(interaction);
    interaction.state = InteractionState.ACTIVE;
    interaction.answeredAt = now;
    out.add(
        new InteractionStateChanged(
            interactionId,
            InteractionState.OFFERED,
            InteractionState.ACTIVE,
            agentId,
            now,
            "accepted"));
    return end();
  }

  /**
   * The agent rejects its offer: the interaction goes back to the queue with its original queue
   * time. Override offers cannot be rejected. The agent stays READY, so the interaction may come
   * straight back to it if it is still the best choice; an agent who wants no more offers sets
   * itself NOT_READY.
   */
  public RoutingResult reject(long interactionId, long agentId) {
    TrackedInteraction interaction = interaction(interactionId);
    TrackedAgent agent = agent(agentId);
    requireHeldBy(interaction, agent, "reject");
    if (interaction.forced) {
      throw RoutingException.invalidState(
          "interaction " + interactionId + " was offered by override and cannot be rejected");
    }
    if (interaction.state != InteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction " + interactionId + " is " + interaction.state + " and cannot be rejected");
    }
    begin();
    cancelOfferTimer(interaction);
    release(agent, interaction, true);
    requeue(interaction, agent, "rejected by " + agent.name);
    refile(agent);
    route();
    return end();
  }

  /**
   * Timer: the offer was not answered in time (ring-no-answer). The interaction goes back to the
   * queue with its original queue time and the agent becomes NOT_READY.
   */
  public RoutingResult offerTimedOut(long interactionId) {
    TrackedInteraction interaction = interactions.get(interactionId);
    Instant at = clock.instant();
    if (interaction == null
        || interaction.state != InteractionState.OFFERED
        || interaction.offerDeadline == null
        || at.isBefore(interaction.offerDeadline)) {
      return RoutingResult.NOTHING;
    }
    begin();
    TrackedAgent agent = interaction.agent;
    int timeout = interaction.campaign.settings.offerTimeoutSeconds();
    release(agent, interaction, true);
    requeue(interaction, agent, "not answered by " + agent.name + " within " + timeout + " s");
    if (agent.state == AgentState.READY) {
      agent.state = AgentState.NOT_READY;
      out.add(
          new AgentStateChanged(
              agent.id,
              AgentState.READY,
              AgentState.NOT_READY,
              "ring-no-answer: did not answer interaction "
                  + interactionId
                  + " within "
                  + timeout
                  + " s"));
    }
    refile(agent);
    route();
    return end();
  }

  /**
   * The agent finishes an active interaction: wrap-up starts (capacity stays in use until it ends),
   * or, with a wrap-up time of 0, it completes at once. Finishing an override resumes what it put
   * on hold.
   */
  public RoutingResult finish(long interactionId, long agentId) {
    TrackedInteraction interaction = interaction(interactionId);
    TrackedAgent agent = agent(agentId);
    requireHeldBy(interaction, agent, "finish");
    if (interaction.state != InteractionState.ACTIVE) {
      throw RoutingException.invalidState(
          "interaction "
              + interactionId
              + " is "
              + interaction.state
              + "; only an ACTIVE interaction can be finished");
    }
    begin();
    interaction.finishedAt = now;
    interaction.onHold = false;
    int wrapUp = interaction.campaign.settings.wrapUpSeconds();
    if (wrapUp > 0) {
      interaction.state = InteractionState.WRAP_UP;
      interaction.wrapUpDeadline = now.plusSeconds(wrapUp);
      out.add(
          new InteractionStateChanged(
              interactionId,
              InteractionState.ACTIVE,
              InteractionState.WRAP_UP,
              agentId,
              now,
              "finished; wrap-up of " + wrapUp + " s"));
      out.add(new TimerRequest(TimerKind.WRAP_UP_END, interactionId, interaction.wrapUpDeadline));
      resumeIfNoOverride(agent);
    } else {
      complete(interaction, InteractionState.ACTIVE, "finished; no wrap-up");
    }
    route();
    return end();
  }

  /**
   * The deadline a timer of this kind still waits for: present while the interaction is in the
   * state the timer applies to. A host whose timer fired before the deadline (timer services round
   * to milliseconds and may fire a little early) got an empty result and sets the timer again.
   */
  public Optional<Instant> pendingDeadline(TimerKind kind, long interactionId) {
    TrackedInteraction interaction = interactions.get(interactionId);
    if (interaction == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (kind) {
          case OFFER_TIMEOUT ->
              interaction.state == InteractionState.OFFERED ? interaction.offerDeadline : null;
          case WRAP_UP_END ->
              interaction.state == InteractionState.WRAP_UP ? interaction.wrapUpDeadline : null;
          case DROPOUT ->
              interaction.state == InteractionState.QUEUED ? interaction.dropoutDeadline : null;
        });
  }

  /** Timer: wrap-up is over; the interaction completes and its capacity is freed. */
  public RoutingResult wrapUpEnded(long interactionId) {
    TrackedInteraction interaction = interactions.get(interactionId);
    Instant at = clock.instant();
    if (interaction == null
        || interaction.state != InteractionState.WRAP_UP
        || at.isBefore(interaction.wrapUpDeadline)) {
      return RoutingResult.NOTHING;
    }
    begin();
    complete(interaction, InteractionState.WRAP_UP, "wrap-up ended");
    route();
    return end();
  }

  /**
   * The customer left. Allowed while QUEUED or OFFERED (a pending offer is withdrawn and the
   * agent's capacity freed); an answered interaction is ended by its agent with {@link #finish}.
   */
  public RoutingResult abandon(long interactionId) {
    TrackedInteraction interaction = interaction(interactionId);
    if (interaction.state != InteractionState.QUEUED
        && interaction.state != InteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction "
              + interactionId
              + " is "
              + interaction.state
              + "; only a waiting or offered interaction can be abandoned");
    }
    begin();
    abandonNow(interaction, false, "the customer left");
    route();
    return end();
  }

  /** Timer: a waiting interaction reached its campaign's dropout time and leaves the queue. */
  public RoutingResult dropoutReached(long interactionId) {
    TrackedInteraction interaction = interactions.get(interactionId);
    Instant at = clock.instant();
    if (interaction == null
        || interaction.state != InteractionState.QUEUED
        || interaction.dropoutDeadline == null
        || at.isBefore(interaction.dropoutDeadline)) {
      return RoutingResult.NOTHING;
    }
    begin();
    long waited = Duration.between(interaction.queuedAt, now).toSeconds();
    abandonNow(
        interaction,
        true,
        "waited "
            + waited
            + " s, reaching the dropout time of "
            + interaction.campaign.settings.dropoutSeconds()
            + " s");
    route();
    return end();
  }

  // ---------------------------------------------------------------- queries

  /** One live interaction. */
  public InteractionView interactionView(long interactionId) {
    return view(interaction(interactionId), clock.instant());
  }

  /** Whether the core holds this interaction (live: waiting or in an agent's hands). */
  public boolean isLive(long interactionId) {
    return interactions.containsKey(interactionId);
  }

  /** An agent's state and load. */
  public AgentWork agentWork(long agentId) {
    return work(agent(agentId), clock.instant());
  }

  /** A campaign's queue: how many wait, and since when the longest. */
  public QueueStatus queueStatus(long campaignId) {
    return status(campaign(campaignId));
  }

  /**
   * An interaction's place in its campaign's queue while it is QUEUED: 1 for the next one its
   * campaign will offer, in routing order (priority, queue time, id). Empty when it is not waiting
   * (offered, in an agent's hands, or no longer live). O(log n) in the queue's length.
   */
  public OptionalInt position(long interactionId) {
    TrackedInteraction interaction = interactions.get(interactionId);
    if (interaction == null || interaction.state != InteractionState.QUEUED) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(interaction.campaign.waiting.rank(interaction) + 1);
  }

  /** The campaigns whose schedule has them open now (enabled or not). */
  public Set<Long> openCampaignIds() {
    Set<Long> open = new HashSet<>();
    for (TrackedCampaign campaign : campaigns.values()) {
      if (campaign.settings.open()) {
        open.add(campaign.id());
      }
    }
    return open;
  }

  /**
   * Why a live interaction is where it is, in a sentence for people: for a waiting one, which
   * members of its campaign could not take it and why; for a held one, who holds it.
   */
  public String whyWaiting(long interactionId) {
    TrackedInteraction interaction = interaction(interactionId);
    if (interaction.state != InteractionState.QUEUED) {
      return "not waiting: "
          + interaction.state
          + " with "
          + interaction.agent.name
          + (interaction.onHold ? ", on hold" : "")
          + (interaction.reason == null ? "" : " (" + interaction.reason + ")");
    }
    TrackedCampaign campaign = interaction.campaign;
    MediaPolicy policy = campaign.policy;
    int notReady = 0;
    int loggedOut = 0;
    int atMax = 0;
    int busy = 0;
    int able = 0;
    for (TrackedMember member : campaign.members.values()) {
      switch (fit(member.agent, campaign)) {
        case NOT_READY -> {
          if (member.agent.state == AgentState.LOGGED_OUT) {
            loggedOut++;
          } else {
            notReady++;
          }
        }
        case AT_MAX -> atMax++;
        case NO_CAPACITY -> busy++;
        default -> able++;
      }
    }
    StringBuilder text = new StringBuilder();
    if (campaign.members.isEmpty()) {
      text.append(campaign.name()).append(" has no members");
    } else if (able > 0) {
      text.append(able)
          .append(able == 1 ? " member" : " members")
          .append(" of ")
          .append(campaign.name())
          .append(" could take it; it is being routed");
    } else {
      text.append("no READY member of ")
          .append(campaign.name())
          .append(" with ")
          .append(policy.requiredSpare())
          .append(" spare for ")
          .append(interaction.mediaType);
      List<String> parts = new ArrayList<>();
      if (busy > 0) {
        parts.add(busy + (busy == 1 ? " member busy" : " members busy"));
      }
      if (atMax > 0) {
        parts.add(
            atMax
                + " at the limit of "
                + campaign.settings.maxInteractionsPerAgent()
                + " interactions of "
                + campaign.name());
      }
      if (notReady > 0) {
        parts.add(notReady + " NOT_READY");
      }
      if (loggedOut > 0) {
        parts.add(loggedOut + " LOGGED_OUT");
      }
      if (!parts.isEmpty()) {
        text.append("; ").append(String.join(", ", parts));
      }
    }
    int ahead = position(interactionId).orElseThrow() - 1;
    if (ahead > 0) {
      text.append("; ").append(ahead).append(" waiting ahead of it");
    }
    return text.toString();
  }

  /** A consistent copy of the whole live state, in id order. */
  public RoutingSnapshot snapshot() {
    Instant at = clock.instant();
    Comparator<InteractionView> byId = Comparator.comparingLong(InteractionView::id);
    return new RoutingSnapshot(
        interactions.values().stream().map(i -> view(i, at)).sorted(byId).toList(),
        agents.values().stream()
            .map(a -> work(a, at))
            .sorted(Comparator.comparingLong(AgentWork::agentId))
            .toList(),
        campaigns.values().stream()
            .map(this::status)
            .sorted(Comparator.comparingLong(QueueStatus::campaignId))
            .toList());
  }

  /** The media policies the core routes with, by code. */
  public Map<String, MediaPolicy> mediaPolicies() {
    return Map.copyOf(policies);
  }

  // ---------------------------------------------------------------- routing

  /*
   * Design section 4: the first waiting interaction (by precedence, priority, queue time, id) that
   * some READY member may take goes to the first member in choice order; repeat. The routable index
   * holds exactly the campaigns with a waiting interaction and an eligible member, ordered by their
   * first waiting interaction, so its first entry is that interaction's campaign; all interactions
   * of a campaign share its media type, so its first waiting interaction is the one to offer.
   */
  private void route() {
    while (!routable.isEmpty()) {
      TrackedCampaign campaign = routable.first();
      offer(campaign.waiting.first(), campaign.eligible.first());
    }
  }

  private void offer(TrackedInteraction interaction, TrackedMember member) {
    TrackedAgent agent = member.agent;
    TrackedCampaign campaign = interaction.campaign;
    boolean forced = fit(agent, campaign) == Fit.OVERRIDE;
    String reason = explainChoice(interaction, member, forced);
    dequeue(interaction);
    cancelDropoutTimer(interaction);
    List<Long> putOnHold = new ArrayList<>();
    List<TrackedInteraction> withdrawn = new ArrayList<>();
    if (forced) {
      for (TrackedInteraction inHand : agent.held) {
        if (inHand.state == InteractionState.ACTIVE && !inHand.onHold) {
          inHand.onHold = true;
          putOnHold.add(inHand.id);
        } else if (inHand.state == InteractionState.OFFERED) {
          withdrawn.add(inHand);
        }
      }
    }
    hold(agent, interaction);
    interaction.forced = forced;
    interaction.offeredAt = now;
    interaction.reason = reason;
    if (forced) {
      interaction.state = InteractionState.ACTIVE;
      interaction.answeredAt = now;
    } else {
      interaction.state = InteractionState.OFFERED;
      int timeout = campaign.settings.offerTimeoutSeconds();
      if (timeout > 0) {
        interaction.offerDeadline = now.plusSeconds(timeout);
      }
    }
    out.add(new Offered(interaction.id, campaign.id(), agent.id, forced, putOnHold, now, reason));
    if (interaction.offerDeadline != null) {
      out.add(new TimerRequest(TimerKind.OFFER_TIMEOUT, interaction.id, interaction.offerDeadline));
    }
    for (TrackedInteraction pending : withdrawn) {
      cancelOfferTimer(pending);
      release(agent, pending, false);
      requeue(
          pending,
          agent,
          "offer withdrawn: "
              + agent.name
              + " was given interaction "
              + interaction.id
              + " by override");
    }
    refile(agent);
    refreshRoutable(campaign);
  }

  private String explainChoice(
      TrackedInteraction interaction, TrackedMember member, boolean forced) {
    TrackedAgent agent = member.agent;
    TrackedCampaign campaign = member.campaign;
    StringBuilder text = new StringBuilder(160);
    if (forced) {
      Set<String> inHand = new TreeSet<>();
      agent.held.forEach(i -> inHand.add(i.mediaType));
      text.append("override: ")
          .append(interaction.mediaType)
          .append(" may put ")
          .append(String.join(", ", inHand))
          .append(" on hold; ");
    }
    text.append(agent.name)
        .append(" (agent ")
        .append(agent.id)
        .append("): penalty ")
        .append(member.penalty)
        .append(", spare ")
        .append(agent.spare())
        .append(", idle ")
        .append(idleSeconds(agent))
        .append(" s; ");
    TrackedMember next = campaign.eligible.higher(member);
    if (next == null) {
      text.append("the only eligible member of ").append(campaign.name());
      return text.toString();
    }
    TrackedAgent other = next.agent;
    text.append("chosen over ").append(other.name).append(" by ");
    if (member.penalty != next.penalty) {
      text.append("lower penalty (").append(next.penalty).append(')');
    } else if (agent.indexedSpare != other.indexedSpare) {
      text.append("more spare (").append(other.indexedSpare).append(')');
    } else if (!agent.indexedIdleSince.equals(other.indexedIdleSince)) {
      text.append("longer idle (").append(idleSeconds(other)).append(" s)");
    } else {
      text.append("lower agent id (").append(other.id).append(')');
    }
    text.append(" among ")
        .append(campaign.eligible.size())
        .append(" eligible members of ")
        .append(campaign.name());
    return text.toString();
  }

  private long idleSeconds(TrackedAgent agent) {
    return Math.max(0, Duration.between(agent.idleSince, now).toSeconds());
  }

  /* Rules 2 and 3 of design section 3 for one agent and one campaign. */
  private Fit fit(TrackedAgent agent, TrackedCampaign campaign) {
    if (agent.state != AgentState.READY) {
      return Fit.NOT_READY;
    }
    if (agent.heldOf(campaign) >= campaign.settings.maxInteractionsPerAgent()) {
      return Fit.AT_MAX;
    }
    MediaPolicy policy = campaign.policy;
    if (policy.fitsNormally(agent.used)) {
      return Fit.NORMAL;
    }
    if (agent.held.isEmpty()) {
      return Fit.NO_CAPACITY;
    }
    for (TrackedInteraction inHand : agent.held) {
      if (!policy.mayOverride(inHand.mediaType)) {
        return Fit.NO_CAPACITY;
      }
    }
    return Fit.OVERRIDE;
  }

  // ---------------------------------------------------------------- index maintenance

  /* Re-files an agent in the eligible index of each of its campaigns after its state or load changed. */
  private void refile(TrackedAgent agent) {
    List<TrackedMember> members = agent.membershipList;
    for (int i = 0, n = members.size(); i < n; i++) {
      unfile(members.get(i));
    }
    agent.indexedSpare = agent.spare();
    agent.indexedIdleSince = agent.idleSince;
    for (int i = 0, n = members.size(); i < n; i++) {
      TrackedMember member = members.get(i);
      fileIfEligible(member);
      refreshRoutable(member.campaign);
    }
  }

  /* Re-files every member of one campaign after the campaign's settings changed. */
  private void refileMembers(TrackedCampaign campaign) {
    for (TrackedMember member : campaign.members.values()) {
      unfile(member);
      fileIfEligible(member);
    }
    refreshRoutable(campaign);
  }

  private void unfile(TrackedMember member) {
    if (member.eligible) {
      member.campaign.eligible.remove(member);
      member.eligible = false;
    }
  }

  private void fileIfEligible(TrackedMember member) {
    if (!member.eligible && fit(member.agent, member.campaign).offerable()) {
      member.campaign.eligible.add(member);
      member.eligible = true;
    }
  }

  /* Puts a campaign in the routable index, or takes it out, to match its queue and members. */
  private void refreshRoutable(TrackedCampaign campaign) {
    boolean shouldBe = !campaign.waiting.isEmpty() && !campaign.eligible.isEmpty();
    if (campaign.routableHead != null) {
      if (shouldBe
          && campaign.routableHead == campaign.waiting.first()
          && campaign.routablePrecedence == precedenceOf(campaign)) {
        return;
      }
      routable.remove(campaign);
      campaign.routableHead = null;
    }
    if (shouldBe) {
      campaign.routableHead = campaign.waiting.first();
      campaign.routablePrecedence = precedenceOf(campaign);
      routable.add(campaign);
    }
  }

  private int precedenceOf(TrackedCampaign campaign) {
    return campaign.policy.precedence();
  }

  /* After a change that can touch every agent (policies, a restore): recompute loads and refile. */
  private void rebuildIndexes() {
    routable.clear();
    for (TrackedCampaign campaign : campaigns.values()) {
      campaign.policy = policies.get(campaign.settings.mediaType());
      campaign.eligible.clear();
      campaign.routableHead = null;
      campaign.members.values().forEach(m -> m.eligible = false);
    }
    for (TrackedAgent agent : agents.values()) {
      agent.used = 0;
      for (TrackedInteraction inHand : agent.held) {
        agent.used += policies.get(inHand.mediaType).share();
      }
      refile(agent);
    }
    for (TrackedCampaign campaign : campaigns.values()) {
      refreshRoutable(campaign);
    }
    route();
  }

  // ---------------------------------------------------------------- state changes

  private void enqueue(TrackedInteraction interaction) {
    TrackedCampaign campaign = interaction.campaign;
    campaign.waiting.add(interaction);
    campaign.waitingByAge.add(interaction);
    refreshRoutable(campaign);
  }

  private void dequeue(TrackedInteraction interaction) {
    TrackedCampaign campaign = interaction.campaign;
    campaign.waiting.remove(interaction);
    campaign.waitingByAge.remove(interaction);
    refreshRoutable(campaign);
  }

  private void hold(TrackedAgent agent, TrackedInteraction interaction) {
    interaction.agent = agent;
    agent.held.add(interaction);
    agent.used += policies.get(interaction.mediaType).share();
    interaction.campaign.held++;
  }

  /*
   * Takes an interaction out of an agent's hands. When work left the agent (finished, rejected,
   * timed out, abandoned) its idle time restarts; a withdrawal does not count as work done.
   */
  private void release(TrackedAgent agent, TrackedInteraction interaction, boolean workLeft) {
    agent.held.remove(interaction);
    agent.used -= policies.get(interaction.mediaType).share();
    interaction.campaign.held--;
    interaction.agent = null;
    if (workLeft) {
      agent.idleSince = now;
    }
  }

  /* Back to the queue with the original queue time, so it keeps its place. */
  private void requeue(TrackedInteraction interaction, TrackedAgent from, String reason) {
    interaction.state = InteractionState.QUEUED;
    interaction.forced = false;
    interaction.onHold = false;
    interaction.offeredAt = null;
    interaction.offerDeadline = null;
    interaction.reason = reason;
    out.add(
        new InteractionStateChanged(
            interaction.id,
            InteractionState.OFFERED,
            InteractionState.QUEUED,
            from.id,
            now,
            reason));
    requestDropoutTimer(interaction);
    enqueue(interaction);
  }

  private void requestDropoutTimer(TrackedInteraction interaction) {
    if (interaction.dropoutDeadline != null && !interaction.dropoutTimer) {
      out.add(new TimerRequest(TimerKind.DROPOUT, interaction.id, interaction.dropoutDeadline));
      interaction.dropoutTimer = true;
    }
  }

  private void cancelDropoutTimer(TrackedInteraction interaction) {
    if (interaction.dropoutTimer) {
      out.add(new TimerCancellation(TimerKind.DROPOUT, interaction.id));
      interaction.dropoutTimer = false;
    }
  }

  private void cancelOfferTimer(TrackedInteraction interaction) {
    if (interaction.offerDeadline != null) {
      out.add(new TimerCancellation(TimerKind.OFFER_TIMEOUT, interaction.id));
      interaction.offerDeadline = null;
    }
  }

  private void complete(TrackedInteraction interaction, InteractionState from, String reason) {
    TrackedAgent agent = interaction.agent;
    release(agent, interaction, true);
    interaction.state = InteractionState.COMPLETED;
    interactions.remove(interaction.id);
    out.add(
        new InteractionStateChanged(
            interaction.id, from, InteractionState.COMPLETED, agent.id, now, reason));
    resumeIfNoOverride(agent);
    refile(agent);
  }

  private void abandonNow(TrackedInteraction interaction, boolean dropout, String reason) {
    InteractionState from = interaction.state;
    TrackedAgent agent = interaction.agent;
    if (from == InteractionState.QUEUED) {
      dequeue(interaction);
      if (!dropout) {
        cancelDropoutTimer(interaction);
      }
    } else {
      cancelOfferTimer(interaction);
      release(agent, interaction, true);
    }
    interaction.state = InteractionState.ABANDONED;
    interactions.remove(interaction.id);
    out.add(
        new Abandoned(
            interaction.id,
            interaction.campaign.id(),
            from,
            agent == null ? null : agent.id,
            dropout,
            now,
            reason));
    if (agent != null) {
      refile(agent);
    }
  }

  /*
   * Interactions put on hold by an override resume once the agent holds no override that is still
   * running (ACTIVE and not itself on hold). Restored state carries only the on-hold flag, not who
   * put it on hold, so the rule looks at the agent rather than at one override.
   */
  private void resumeIfNoOverride(TrackedAgent agent) {
    boolean overrideRunning = false;
    boolean anyOnHold = false;
    for (TrackedInteraction inHand : agent.held) {
      if (inHand.onHold) {
        anyOnHold = true;
      } else if (inHand.forced && inHand.state == InteractionState.ACTIVE) {
        overrideRunning = true;
      }
    }
    if (!anyOnHold || overrideRunning) {
      return;
    }
    for (TrackedInteraction inHand : agent.held) {
      if (inHand.onHold) {
        inHand.onHold = false;
        out.add(new Resumed(inHand.id, agent.id, "the override that put it on hold has ended"));
      }
    }
  }

  private void restore(RestoredInteraction r) {
    TrackedCampaign campaign = campaigns.get(r.campaignId());
    String media = r.mediaType() == null ? campaign.settings.mediaType() : r.mediaType();
    TrackedInteraction interaction =
        new TrackedInteraction(r.id(), campaign, media, r.priority(), r.queuedAt());
    interactions.put(r.id(), interaction);
    if (campaign.settings.dropoutSeconds() > 0) {
      interaction.dropoutDeadline = r.queuedAt().plusSeconds(campaign.settings.dropoutSeconds());
    }
    switch (r.state()) {
      case QUEUED, OFFERED -> {
        if (r.state() == InteractionState.OFFERED) {
          out.add(
              new InteractionStateChanged(
                  r.id(),
                  InteractionState.OFFERED,
                  InteractionState.QUEUED,
                  r.agentId() == null ? 0 : r.agentId(),
                  now,
                  "offer lost in a restart; back in the queue"));
          out.add(new TimerCancellation(TimerKind.OFFER_TIMEOUT, r.id()));
        }
        requestDropoutTimer(interaction);
        campaign.waiting.add(interaction);
        campaign.waitingByAge.add(interaction);
      }
      default -> {
        TrackedAgent agent = agents.get(r.agentId());
        interaction.agent = agent;
        agent.held.add(interaction);
        campaign.held++;
        interaction.state = r.state();
        interaction.forced = r.forced();
        interaction.onHold = r.onHold() && r.state() == InteractionState.ACTIVE;
        interaction.offeredAt = r.offeredAt();
        interaction.answeredAt = r.answeredAt();
        interaction.finishedAt = r.finishedAt();
        if (r.state() == InteractionState.WRAP_UP) {
          interaction.wrapUpDeadline =
              r.finishedAt().plusSeconds(campaign.settings.wrapUpSeconds());
          out.add(new TimerRequest(TimerKind.WRAP_UP_END, r.id(), interaction.wrapUpDeadline));
        }
      }
    }
  }

  private void validate(RoutingConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    Set<String> media = new HashSet<>();
    configuration.mediaPolicies().forEach(p -> media.add(p.code()));
    Map<Long, CampaignSettings> campaignsById = new HashMap<>();
    for (CampaignSettings c : configuration.campaigns()) {
      if (!media.contains(c.mediaType())) {
        throw RoutingException.validation(
            c.name() + " uses media type " + c.mediaType() + ", which has no capacity policy");
      }
      campaignsById.put(c.id(), c);
    }
    Set<Long> agentIds =
        configuration.agents().stream().map(AgentSettings::id).collect(Collectors.toSet());
    Set<String> pairs = new HashSet<>();
    for (Membership m : configuration.memberships()) {
      if (!campaignsById.containsKey(m.campaignId()) || !agentIds.contains(m.agentId())) {
        throw RoutingException.validation(
            "membership of agent "
                + m.agentId()
                + " in campaign "
                + m.campaignId()
                + " names an unknown agent or campaign");
      }
      if (!pairs.add(m.campaignId() + "/" + m.agentId())) {
        throw RoutingException.validation(
            "agent " + m.agentId() + " is listed twice as a member of campaign " + m.campaignId());
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (RestoredInteraction r : configuration.interactions()) {
      String what = "restored interaction " + r.id();
      if (!ids.add(r.id())) {
        throw RoutingException.validation(what + " is listed twice");
      }
      if (!campaignsById.containsKey(r.campaignId())) {
        throw RoutingException.validation(what + " names unknown campaign " + r.campaignId());
      }
      if (r.mediaType() != null && !media.contains(r.mediaType())) {
        throw RoutingException.validation(what + " has unknown media type " + r.mediaType());
      }
      if (r.state() == null || r.queuedAt() == null) {
        throw RoutingException.validation(what + " needs a state and a queue time");
      }
      if (r.priority() < 0 || r.priority() > 9) {
        throw RoutingException.validation(what + " has priority " + r.priority());
      }
      switch (r.state()) {
        case QUEUED, OFFERED -> {}
        case ACTIVE, WRAP_UP -> {
          if (r.agentId() == null || !agentIds.contains(r.agentId())) {
            throw RoutingException.validation(what + " is " + r.state() + " without a known agent");
          }
          if (r.state() == InteractionState.WRAP_UP && r.finishedAt() == null) {
            throw RoutingException.validation(what + " is in WRAP_UP without a finish time");
          }
        }
        default -> throw RoutingException.validation(what + " is " + r.state() + ", not live");
      }
    }
  }

  // ---------------------------------------------------------------- lookups and views

  private TrackedInteraction interaction(long id) {
    TrackedInteraction interaction = interactions.get(id);
    if (interaction == null) {
      throw RoutingException.notFound("interaction " + id + " is not live in routing");
    }
    return interaction;
  }

  private TrackedAgent agent(long id) {
    TrackedAgent agent = agents.get(id);
    if (agent == null) {
      throw RoutingException.notFound("agent " + id + " is not known to routing");
    }
    return agent;
  }

  private TrackedCampaign campaign(long id) {
    TrackedCampaign campaign = campaigns.get(id);
    if (campaign == null) {
      throw RoutingException.notFound("campaign " + id + " is not known to routing");
    }
    return campaign;
  }

  private void requirePolicy(String mediaType, String campaignName) {
    if (!policies.containsKey(mediaType)) {
      throw RoutingException.validation(
          campaignName + " uses media type " + mediaType + ", which has no capacity policy");
    }
  }

  private static void requireHeldBy(
      TrackedInteraction interaction, TrackedAgent agent, String action) {
    if (interaction.agent != agent) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + (interaction.agent == null
                  ? " is " + interaction.state + " and held by no agent"
                  : " is held by " + interaction.agent.name + ", not " + agent.name)
              + "; "
              + agent.name
              + " cannot "
              + action
              + " it");
    }
  }

  private InteractionView view(TrackedInteraction i, Instant at) {
    int limit = i.campaign.settings.chatTimeLimitSeconds();
    boolean over =
        limit > 0
            && i.state == InteractionState.ACTIVE
            && i.answeredAt != null
            && !at.isBefore(i.answeredAt.plusSeconds(limit));
    return new InteractionView(
        i.id,
        i.campaign.id(),
        i.mediaType,
        i.priority,
        i.state,
        i.agent == null ? null : i.agent.id,
        i.forced,
        i.onHold,
        over,
        i.queuedAt,
        i.offeredAt,
        i.answeredAt,
        i.finishedAt,
        i.state == InteractionState.OFFERED ? i.offerDeadline : null,
        i.state == InteractionState.WRAP_UP ? i.wrapUpDeadline : null,
        i.reason);
  }

  private AgentWork work(TrackedAgent agent, Instant at) {
    return new AgentWork(
        agent.id,
        agent.name,
        agent.state,
        agent.used,
        agent.spare(),
        agent.idleSince,
        agent.held.stream().map(i -> view(i, at)).toList());
  }

  private QueueStatus status(TrackedCampaign campaign) {
    return new QueueStatus(
        campaign.id(),
        campaign.name(),
        campaign.settings.enabled(),
        campaign.settings.open(),
        campaign.waiting.size(),
        campaign.waitingByAge.isEmpty() ? null : campaign.waitingByAge.first().queuedAt);
  }

  // ---------------------------------------------------------------- event bracket

  private void begin() {
    now = clock.instant();
    out = new ArrayList<>(4);
  }

  private RoutingResult end() {
    RoutingResult result = out.isEmpty() ? RoutingResult.NOTHING : new RoutingResult(out);
    out = null;
    return result;
  }

  /**
   * Checks every index against a from-scratch computation; for tests. Returns the problems found,
   * empty when the indexes are consistent.
   */
  List<String> indexProblems() {
    List<String> problems = new ArrayList<>();
    for (TrackedCampaign campaign : campaigns.values()) {
      for (TrackedMember member : campaign.members.values()) {
        boolean shouldBe = fit(member.agent, campaign).offerable();
        if (shouldBe != member.eligible || shouldBe != campaign.eligible.contains(member)) {
          problems.add(
              "agent "
                  + member.agent.id
                  + " eligible for "
                  + campaign.id()
                  + " should be "
                  + shouldBe);
        }
      }
      if (campaign.eligible.size()
          != campaign.members.values().stream().filter(m -> m.eligible).count()) {
        problems.add("eligible index of " + campaign.id() + " has stale entries");
      }
      if (!campaign.waiting.isEmpty() && !campaign.eligible.isEmpty()) {
        problems.add("campaign " + campaign.id() + " could route but routing stopped");
      }
      if (campaign.routableHead != null && !routable.contains(campaign)) {
        problems.add("campaign " + campaign.id() + " missing from the routable index");
      }
      if (campaign.waiting.size() != campaign.waitingByAge.size()) {
        problems.add("campaign " + campaign.id() + " queue indexes differ in size");
      }
    }
    long filed = campaigns.values().stream().filter(c -> c.routableHead != null).count();
    if (filed != routable.size()) {
      problems.add("routable index holds " + routable.size() + " campaigns, " + filed + " filed");
    }
    for (TrackedAgent agent : agents.values()) {
      if (agent.indexedSpare != agent.spare() || !agent.indexedIdleSince.equals(agent.idleSince)) {
        problems.add("agent " + agent.id + " filed with stale spare or idle time");
      }
      int used = 0;
      for (TrackedInteraction inHand : agent.held) {
        used += policies.get(inHand.mediaType).share();
      }
      if (used != agent.used) {
        problems.add("agent " + agent.id + " used " + agent.used + " should be " + used);
      }
    }
    return problems;
  }
}
