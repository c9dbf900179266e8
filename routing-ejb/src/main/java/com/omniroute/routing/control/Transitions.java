package com.omniroute.routing.control;

import com.omniroute.routing.control.Effect.Abandoned;
import com.omniroute.routing.control.Effect.AgentStateChanged;
import com.omniroute.routing.control.Effect.InteractionStateChanged;
import com.omniroute.routing.control.Effect.Offered;
import com.omniroute.routing.control.Effect.Queued;
import com.omniroute.routing.control.Effect.Rejected;
import com.omniroute.routing.control.Effect.Resumed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The steps events are made of: routing and offering, taking work into and out of an agent's hands,
 * going back to the queue, completing, abandoning, resuming after an override, and the {@link
 * Timers} they need. Each step reports its effects into the event being applied and keeps the
 * {@link RoutingIndex} in line with the state it changed. The checks that may refuse an event come
 * before any step; a step never fails.
 */
final class Transitions {

  private final LiveState state;
  private final RoutingIndex index;
  private final Timers timers;
  private final BiConsumer<TrackedInteraction, TrackedMember> offer = this::offer;

  Transitions(LiveState state, RoutingIndex index, Timers timers) {
    this.state = state;
    this.index = index;
    this.timers = timers;
  }

  /** Offers until no waiting interaction can go to anyone (design.md section 4). */
  void route() {
    index.route(offer);
  }

  /**
   * Why the door refuses a new interaction of this campaign, in that order: the campaign is
   * disabled, closed by its schedule, or its ACD limit of waiting interactions is reached. Null
   * when it may enter.
   */
  static Rejected doorRefusal(TrackedCampaign campaign, long interactionId) {
    CampaignSettings settings = campaign.settings;
    if (!settings.enabled()) {
      return new Rejected(
          interactionId,
          settings.id(),
          RejectionCode.CAMPAIGN_DISABLED,
          settings.name() + " is disabled and accepts no new interactions");
    }
    if (!settings.open()) {
      return new Rejected(
          interactionId,
          settings.id(),
          RejectionCode.CAMPAIGN_CLOSED,
          settings.name() + " is closed by its schedule and accepts no new interactions");
    }
    if (settings.acdLimit() > 0 && campaign.waiting.size() >= settings.acdLimit()) {
      return new Rejected(
          interactionId,
          settings.id(),
          RejectionCode.QUEUE_FULL,
          settings.name()
              + " already has "
              + campaign.waiting.size()
              + " interactions waiting, its ACD limit");
    }
    return null;
  }

  /**
   * A new interaction joins its campaign's queue, with its dropout deadline if the campaign has
   * one.
   */
  TrackedInteraction enqueueNew(
      long interactionId, TrackedCampaign campaign, int priority, Instant queuedAt) {
    CampaignSettings settings = campaign.settings;
    TrackedInteraction interaction =
        new TrackedInteraction(
            interactionId,
            campaign,
            settings.mediaType(),
            priority,
            queuedAt == null ? state.now : queuedAt);
    state.interactions.put(interactionId, interaction);
    state.emit(new Queued(interactionId, campaign.id(), interaction.queuedAt));
    if (settings.dropoutSeconds() > 0) {
      interaction.dropoutDeadline = interaction.queuedAt.plusSeconds(settings.dropoutSeconds());
    }
    index.enqueue(interaction);
    return interaction;
  }

  /** The agent accepted its offer: OFFERED to ACTIVE. */
  void accept(TrackedInteraction interaction) {
    timers.cancelOfferTimeout(interaction);
    interaction.state = LiveInteractionState.ACTIVE;
    interaction.answeredAt = state.now;
    state.emit(
        new InteractionStateChanged(
            interaction.id,
            LiveInteractionState.OFFERED,
            LiveInteractionState.ACTIVE,
            interaction.agent.id,
            state.now,
            "accepted"));
  }

  /**
   * A pending offer goes back to the queue (rejected, or withdrawn by a logout or an override): its
   * timer cancelled, out of the agent's hands, back in its place in the queue. The caller re-files
   * the agent.
   */
  void takeBack(TrackedInteraction interaction, boolean workLeft, String reason) {
    TrackedAgent agent = interaction.agent;
    timers.cancelOfferTimeout(interaction);
    release(agent, interaction, workLeft);
    requeue(interaction, agent, reason);
  }

  /**
   * An agent's requested state change. Becoming READY starts its idle time; logging out withdraws
   * its pending offers back to the queue.
   */
  void changeState(TrackedAgent agent, LiveAgentState to) {
    LiveAgentState from = agent.state;
    agent.state = to;
    if (to == LiveAgentState.READY) {
      agent.idleSince = state.now;
    }
    state.emit(new AgentStateChanged(agent.id, from, to, "requested"));
    if (to == LiveAgentState.LOGGED_OUT) {
      for (TrackedInteraction offered : List.copyOf(agent.held)) {
        if (offered.state == LiveInteractionState.OFFERED) {
          takeBack(offered, false, "offer withdrawn: " + agent.name + " logged out");
        }
      }
    }
    index.refile(agent);
  }

  /**
   * Ring-no-answer: an offer was not answered in time. It goes back to its place in the queue and a
   * READY agent becomes NOT_READY. The timer has fired, so there is none to cancel.
   */
  void ringNoAnswer(TrackedInteraction interaction) {
    TrackedAgent agent = interaction.agent;
    int timeout = interaction.campaign.settings.offerTimeoutSeconds();
    release(agent, interaction, true);
    requeue(interaction, agent, "not answered by " + agent.name + " within " + timeout + " s");
    if (agent.state == LiveAgentState.READY) {
      agent.state = LiveAgentState.NOT_READY;
      state.emit(
          new AgentStateChanged(
              agent.id,
              LiveAgentState.READY,
              LiveAgentState.NOT_READY,
              "ring-no-answer: did not answer interaction "
                  + interaction.id
                  + " within "
                  + timeout
                  + " s"));
    }
    index.refile(agent);
  }

  private void offer(TrackedInteraction interaction, TrackedMember member) {
    TrackedAgent agent = member.agent;
    TrackedCampaign campaign = interaction.campaign;
    boolean forced = Fit.of(agent, campaign) == Fit.OVERRIDE;
    String reason = Explanations.choice(interaction, member, forced, state.now);
    index.dequeue(interaction);
    timers.cancelDropout(interaction);
    List<Long> putOnHold = new ArrayList<>();
    List<TrackedInteraction> withdrawn = new ArrayList<>();
    if (forced) {
      for (TrackedInteraction inHand : agent.held) {
        if (inHand.state == LiveInteractionState.ACTIVE && !inHand.onHold) {
          inHand.onHold = true;
          putOnHold.add(inHand.id);
        } else if (inHand.state == LiveInteractionState.OFFERED) {
          withdrawn.add(inHand);
        }
      }
    }
    hold(agent, interaction);
    interaction.forced = forced;
    interaction.offeredAt = state.now;
    interaction.reason = reason;
    if (forced) {
      interaction.state = LiveInteractionState.ACTIVE;
      interaction.answeredAt = state.now;
    } else {
      interaction.state = LiveInteractionState.OFFERED;
      int timeout = campaign.settings.offerTimeoutSeconds();
      if (timeout > 0) {
        interaction.offerDeadline = state.now.plusSeconds(timeout);
      }
    }
    state.emit(
        new Offered(interaction.id, campaign.id(), agent.id, forced, putOnHold, state.now, reason));
    if (interaction.offerDeadline != null) {
      timers.requestOfferTimeout(interaction);
    }
    for (TrackedInteraction pending : withdrawn) {
      takeBack(
          pending,
          false,
          "offer withdrawn: "
              + agent.name
              + " was given interaction "
              + interaction.id
              + " by override");
    }
    index.refile(agent);
    index.refreshRoutable(campaign);
  }

  private void hold(TrackedAgent agent, TrackedInteraction interaction) {
    interaction.agent = agent;
    agent.held.add(interaction);
    agent.used += state.shareOf(interaction.mediaType);
    interaction.campaign.held++;
  }

  /*
   * Takes an interaction out of an agent's hands. When work left the agent (finished, rejected,
   * timed out, abandoned) its idle time restarts; a withdrawal does not count as work done. The
   * caller re-files the agent.
   */
  void release(TrackedAgent agent, TrackedInteraction interaction, boolean workLeft) {
    agent.held.remove(interaction);
    agent.used -= state.shareOf(interaction.mediaType);
    interaction.campaign.held--;
    interaction.agent = null;
    if (workLeft) {
      agent.idleSince = state.now;
    }
  }

  /* Back to the queue with the original queue time, so it keeps its place. */
  void requeue(TrackedInteraction interaction, TrackedAgent from, String reason) {
    interaction.state = LiveInteractionState.QUEUED;
    interaction.forced = false;
    interaction.onHold = false;
    interaction.offeredAt = null;
    interaction.offerDeadline = null;
    interaction.reason = reason;
    state.emit(
        new InteractionStateChanged(
            interaction.id,
            LiveInteractionState.OFFERED,
            LiveInteractionState.QUEUED,
            from.id,
            state.now,
            reason));
    timers.requestDropout(interaction);
    index.enqueue(interaction);
  }

  /**
   * The agent finished an active interaction: wrap-up starts, or, with a wrap-up time of 0, it
   * completes at once. Finishing an override resumes what it put on hold.
   */
  void finish(TrackedInteraction interaction) {
    interaction.finishedAt = state.now;
    interaction.onHold = false;
    int wrapUp = interaction.campaign.settings.wrapUpSeconds();
    if (wrapUp > 0) {
      startWrapUp(interaction, wrapUp);
    } else {
      complete(interaction, LiveInteractionState.ACTIVE, "finished; no wrap-up");
    }
  }

  /* Wrap-up starts: capacity stays in use until its timer ends it. */
  private void startWrapUp(TrackedInteraction interaction, int wrapUpSeconds) {
    interaction.state = LiveInteractionState.WRAP_UP;
    interaction.wrapUpDeadline = state.now.plusSeconds(wrapUpSeconds);
    state.emit(
        new InteractionStateChanged(
            interaction.id,
            LiveInteractionState.ACTIVE,
            LiveInteractionState.WRAP_UP,
            interaction.agent.id,
            state.now,
            "finished; wrap-up of " + wrapUpSeconds + " s"));
    timers.requestWrapUpEnd(interaction);
    resumeIfNoOverride(interaction.agent);
  }

  void complete(TrackedInteraction interaction, LiveInteractionState from, String reason) {
    TrackedAgent agent = interaction.agent;
    release(agent, interaction, true);
    interaction.state = LiveInteractionState.COMPLETED;
    state.interactions.remove(interaction.id);
    state.emit(
        new InteractionStateChanged(
            interaction.id, from, LiveInteractionState.COMPLETED, agent.id, state.now, reason));
    resumeIfNoOverride(agent);
    index.refile(agent);
  }

  /** A waiting interaction reached its campaign's dropout time and leaves the queue. */
  void dropout(TrackedInteraction interaction) {
    long waited = Duration.between(interaction.queuedAt, state.now).toSeconds();
    int dropout = interaction.campaign.settings.dropoutSeconds();
    abandon(
        interaction,
        true,
        "waited " + waited + " s, reaching the dropout time of " + dropout + " s");
  }

  void abandon(TrackedInteraction interaction, boolean dropout, String reason) {
    LiveInteractionState from = interaction.state;
    TrackedAgent agent = interaction.agent;
    if (from == LiveInteractionState.QUEUED) {
      index.dequeue(interaction);
      if (!dropout) {
        timers.cancelDropout(interaction);
      }
    } else {
      timers.cancelOfferTimeout(interaction);
      release(agent, interaction, true);
    }
    interaction.state = LiveInteractionState.ABANDONED;
    state.interactions.remove(interaction.id);
    state.emit(
        new Abandoned(
            interaction.id,
            interaction.campaign.id(),
            from,
            agent == null ? null : agent.id,
            dropout,
            state.now,
            reason));
    if (agent != null) {
      index.refile(agent);
    }
  }

  /*
   * Interactions put on hold by an override resume once the agent holds no override that is still
   * running (ACTIVE and not itself on hold). Restored state carries only the on-hold flag, not who
   * put it on hold, so the rule looks at the agent rather than at one override.
   */
  void resumeIfNoOverride(TrackedAgent agent) {
    boolean overrideRunning = false;
    boolean anyOnHold = false;
    for (TrackedInteraction inHand : agent.held) {
      if (inHand.onHold) {
        anyOnHold = true;
      } else if (inHand.forced && inHand.state == LiveInteractionState.ACTIVE) {
        overrideRunning = true;
      }
    }
    if (!anyOnHold || overrideRunning) {
      return;
    }
    for (TrackedInteraction inHand : agent.held) {
      if (inHand.onHold) {
        inHand.onHold = false;
        state.emit(new Resumed(inHand.id, agent.id, "the override that put it on hold has ended"));
      }
    }
  }
}
