package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.control.Effect;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.LiveInteractionState;
import com.omniroute.routing.control.RoutingCore;
import com.omniroute.routing.control.RoutingResult;
import com.omniroute.routing.control.TimerKind;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What the routing events that are more than one call of the core do inside their commit group: an
 * arrival, a rejection, a recorded agent state change, and the timers' deadlines, schedule
 * transitions and chat time limits. Each is a step for {@link RoutingEngine}'s commit groups: it
 * runs in the writer's turn and the group's transaction, calls the core through the engine's write
 * lock and writes the effects with the group's {@link EffectWriter}. When and how a step runs (the
 * turn, the group, the commit, the rebuild after a failure) is the engine's alone.
 */
final class RoutingSteps {

  /* The engine's category: what a step logs is the engine's. */
  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

  /** The engine's core, as a step reaches it. */
  interface Core {

    /**
     * Calls the core to change it, under the engine's write lock; its refusals are the boundary's.
     */
    <T> T change(Function<RoutingCore, T> call);

    /** The core itself: a step runs in the writer's turn, so no change of it can interleave. */
    RoutingCore inWritersTurn();
  }

  private final EntityManager em;
  private final RoutingTimers timers;
  private final Clock clock;
  private final Core core;

  RoutingSteps(EntityManager em, RoutingTimers timers, Clock clock, Core core) {
    this.em = em;
    this.timers = timers;
    this.clock = clock;
    this.core = core;
  }

  /**
   * Stores the new interaction, then has the core queue it, offer it or refuse it at the door; a
   * refused arrival is not stored.
   */
  CommitGroups.Step<EffectWriter, RoutingEngine.Arrival> arrival(
      long campaignId, String customer, String subject, int priority) {
    return writer -> {
      Campaign campaign = em.find(Campaign.class, campaignId);
      if (campaign == null) {
        throw ServiceException.notFound("Campaign", campaignId);
      }
      Interaction interaction = new Interaction(campaign, customer, clock.instant());
      interaction.setSubject(subject);
      interaction.setPriority(priority);
      em.persist(interaction);
      RoutingResult result;
      try {
        result =
            core.change(
                c ->
                    c.arrive(interaction.getId(), campaignId, priority, interaction.getQueuedAt()));
      } catch (ServiceException refused) {
        em.remove(interaction);
        throw refused;
      }
      writer.write(result);
      return new RoutingEngine.Arrival(
          interaction,
          result.effects(Effect.Rejected.class).stream()
              .map(Effect.Rejected::code)
              .findFirst()
              .orElse(null));
    };
  }

  /** The agent rejects the offer, which the agent's figures count. */
  CommitGroups.Step<EffectWriter, Void> rejection(long interactionId, long agentId) {
    return writer -> {
      writer.write(core.change(c -> c.reject(interactionId, agentId)));
      writer.offerRejected(agentId);
      return null;
    };
  }

  /** Changes the agent's state and has the recorder write what changed, if anything did. */
  CommitGroups.Step<EffectWriter, Void> agentState(
      long agentId, LiveAgentState state, RoutingEngine.StateChangeRecorder recorder) {
    return writer -> {
      Agent agent = em.find(Agent.class, agentId);
      AgentState before = agent == null ? null : agent.getState();
      writer.write(core.change(c -> c.agentStateChanged(agentId, state)));
      if (agent != null && before != agent.getState()) {
        recorder.changed(agent, before, agent.getState());
      }
      return null;
    };
  }

  /** What a routing timer (not a recovery timer) does when it fires. */
  CommitGroups.Step<EffectWriter, Void> timerFired(Serializable info) {
    return writer -> {
      timers.fired(info);
      if (info instanceof ScheduleKey key) {
        scheduleTransition(key, writer);
      } else if (info instanceof ChatLimitKey key) {
        chatTimeLimitPassed(key);
      } else {
        deadlinePassed((TimerKey) info, writer);
      }
      return null;
    };
  }

  private void deadlinePassed(TimerKey key, EffectWriter writer) {
    RoutingResult result =
        core.change(
            c ->
                switch (key.kind()) {
                  case OFFER_TIMEOUT -> c.offerTimedOut(key.interactionId());
                  case WRAP_UP_END -> c.wrapUpEnded(key.interactionId());
                  case DROPOUT -> c.dropoutReached(key.interactionId());
                });
    writer.write(result);
    if (key.kind() == TimerKind.OFFER_TIMEOUT) {
      result.effects(Effect.InteractionStateChanged.class).stream()
          .filter(
              c ->
                  c.interactionId() == key.interactionId()
                      && c.from() == LiveInteractionState.OFFERED)
          .findFirst()
          .ifPresent(c -> writer.offerMissed(c.agentId()));
    }
    if (result.isEmpty()) {
      // Fired before the deadline the core keeps (or lost a race): set it again if due.
      core.inWritersTurn()
          .pendingDeadline(key.kind(), key.interactionId())
          .ifPresent(at -> timers.schedule(key, at));
    }
  }

  /**
   * The campaign's schedule opens or closes it now. The schedule is read at the instant the timer
   * was set for (or now, if the container fired late), and the timer for the next transition set.
   */
  private void scheduleTransition(ScheduleKey key, EffectWriter writer) {
    Instant now = clock.instant();
    Instant at = now.isBefore(key.transition()) ? key.transition() : now;
    Campaign campaign = em.find(Campaign.class, key.campaignId());
    if (campaign == null) {
      return;
    }
    boolean open = CoreMapping.schedule(campaign).isOpen(at, CoreMapping.zone(campaign));
    writer.write(core.change(c -> c.setCampaignOpen(campaign.getId(), open)));
    LOG.info(
        () ->
            "Campaign " + campaign.getName() + (open ? " opened" : " closed") + " by its schedule");
    timers.scheduleNextTransition(
        campaign.getId(), CoreMapping.schedule(campaign), CoreMapping.zone(campaign), at);
  }

  /**
   * An active interaction has been active longer than its campaign's chat time limit: recorded on
   * the interaction, where the API and the statistics show it. Nothing else changes: the limit
   * flags, it does not end the chat.
   */
  private void chatTimeLimitPassed(ChatLimitKey key) {
    Interaction interaction = em.find(Interaction.class, key.interactionId());
    if (interaction != null
        && interaction.getState() == InteractionState.ACTIVE
        && interaction.getOverChatTimeLimitAt() == null) {
      interaction.setOverChatTimeLimitAt(clock.instant());
      LOG.info(() -> "Interaction " + key.interactionId() + " is over its chat time limit");
    }
  }
}
