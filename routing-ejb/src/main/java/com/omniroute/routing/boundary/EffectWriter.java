package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.media.entity.MediaType;
import com.omniroute.report.boundary.IntervalAggregates;
import com.omniroute.report.control.IntervalDeltas;
import com.omniroute.routing.control.Effect;
import com.omniroute.routing.control.RoutingResult;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes the effects the core reported to the entities of the current transaction and to the
 * engine's timers, and notes the agents whose work they changed. One writer serves one transaction:
 * a commit group of the engine, or a configuration change's own transaction.
 *
 * <p>It also gathers what the effects add to the interval report aggregates, and {@link
 * #writeFigures} writes each touched aggregate row once, just before the transaction commits
 * (docs/reports.md).
 */
final class EffectWriter {

  private final EntityManager em;
  private final TimerOrders timers;
  private final Supplier<Instant> clock;
  private final Set<Long> touchedAgents = new HashSet<>();
  private IntervalDeltas figures = new IntervalDeltas();

  /**
   * @param clock the time of effects that carry none (agent state changes), as the core's clock
   */
  EffectWriter(EntityManager em, TimerOrders timers, Supplier<Instant> clock) {
    this.em = em;
    this.timers = timers;
    this.clock = clock;
  }

  void write(RoutingResult result) {
    for (Effect effect : result.effects()) {
      touchedAgentOf(effect).ifPresent(touchedAgents::add);
      if (effect instanceof Effect.Rejected r) {
        Interaction i = interaction(r.interactionId());
        i.setState(InteractionState.REJECTED);
        i.setReason(r.message());
        i.setEndedAt(i.getQueuedAt());
        figures.rejectedAtDoor(r.campaignId(), i.getQueuedAt());
      } else if (effect instanceof Effect.Queued q) {
        figures.queued(q.campaignId(), q.queuedAt());
      } else if (effect instanceof Effect.Offered o) {
        Interaction i = interaction(o.interactionId());
        i.setState(CoreMapping.stored(o.state()));
        i.setAgent(em.getReference(Agent.class, o.agentId()));
        i.setForced(o.forced());
        i.setOfferedAt(o.at());
        figures.offered(o.agentId(), o.at());
        if (o.forced()) {
          i.setAnsweredAt(o.at());
          timers.armChatTimeLimit(i);
          figures.answered(
              o.campaignId(), o.agentId(), i.getQueuedAt(), o.at(), serviceLevelSeconds(i));
        }
        i.setReason(o.reason());
        o.onHoldIds().forEach(held -> interaction(held).setOnHold(true));
      } else if (effect instanceof Effect.InteractionStateChanged c) {
        stateChanged(c);
      } else if (effect instanceof Effect.Abandoned a) {
        Interaction i = interaction(a.interactionId());
        i.setState(InteractionState.ABANDONED);
        i.setAgent(null);
        i.setEndedAt(a.at());
        i.setReason(a.reason());
        figures.abandoned(a.campaignId(), i.getQueuedAt(), a.at(), serviceLevelSeconds(i));
      } else if (effect instanceof Effect.Resumed r) {
        interaction(r.interactionId()).setOnHold(false);
      } else if (effect instanceof Effect.AgentStateChanged s) {
        agentStateChanged(s);
      } else if (effect instanceof Effect.TimerRequest t) {
        timers.schedule(new TimerKey(t.kind(), t.interactionId()), t.at());
      } else if (effect instanceof Effect.TimerCancellation t) {
        timers.cancel(new TimerKey(t.kind(), t.interactionId()));
      }
    }
  }

  private void stateChanged(Effect.InteractionStateChanged c) {
    Interaction i = interaction(c.interactionId());
    i.setState(CoreMapping.stored(c.to()));
    switch (c.to()) {
      case QUEUED -> {
        i.setAgent(null);
        i.setForced(false);
        i.setOnHold(false);
        i.setReason(c.reason());
      }
      case ACTIVE -> {
        i.setAnsweredAt(c.at());
        timers.armChatTimeLimit(i);
        figures.answered(
            i.getCampaign().getId(), c.agentId(), i.getQueuedAt(), c.at(), serviceLevelSeconds(i));
      }
      case WRAP_UP -> i.setFinishedAt(c.at());
      case COMPLETED -> {
        i.setEndedAt(c.at());
        i.setOnHold(false);
        figures.handled(
            i.getCampaign().getId(),
            c.agentId(),
            i.getAnsweredAt(),
            c.at(),
            em.find(MediaType.class, i.getMediaType()).getShare());
      }
      default -> i.setReason(c.reason());
    }
  }

  /* The period of the agent's previous state ends now, for the agent report. */
  private void agentStateChanged(Effect.AgentStateChanged s) {
    Agent agent = em.find(Agent.class, s.agentId());
    Instant now = clock.get();
    figures.stateEnded(s.agentId(), agent.getState(), agent.getStateSince(), now);
    agent.setState(CoreMapping.stored(s.to()));
    agent.setStateSince(now);
  }

  /** The agent refused an offer (an event the effects do not tell apart from a withdrawal). */
  void offerRejected(long agentId) {
    figures.offerRejected(agentId, clock.get());
  }

  /** An offer to the agent timed out (ring-no-answer). */
  void offerMissed(long agentId) {
    figures.offerMissed(agentId, clock.get());
  }

  /**
   * Writes the report figures gathered since the last call into the aggregate rows of this
   * transaction; call it once, just before the commit.
   */
  void writeFigures() {
    if (!figures.isEmpty()) {
      IntervalAggregates.write(em, figures);
      figures = new IntervalDeltas();
    }
  }

  private static int serviceLevelSeconds(Interaction i) {
    return i.getCampaign().getServiceLevelSeconds();
  }

  /** The agents whose work the written effects changed. */
  Set<Long> touchedAgents() {
    return touchedAgents;
  }

  private static Optional<Long> touchedAgentOf(Effect effect) {
    if (effect instanceof Effect.Offered o) {
      return Optional.of(o.agentId());
    }
    if (effect instanceof Effect.InteractionStateChanged c) {
      return Optional.of(c.agentId());
    }
    if (effect instanceof Effect.Abandoned a) {
      return Optional.ofNullable(a.agentId());
    }
    if (effect instanceof Effect.Resumed r) {
      return Optional.of(r.agentId());
    }
    if (effect instanceof Effect.AgentStateChanged s) {
      return Optional.of(s.agentId());
    }
    return Optional.empty();
  }

  private Interaction interaction(long id) {
    Interaction interaction = em.find(Interaction.class, id);
    if (interaction == null) {
      throw new IllegalStateException(
          "Interaction " + id + " is live in the engine but not stored");
    }
    return interaction;
  }
}
