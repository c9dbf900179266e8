package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.routing.control.Effect;
import com.omniroute.routing.control.RoutingResult;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the effects the core reported to the entities of the current transaction and to the
 * engine's timers, and notes the agents whose work they changed. One writer serves one transaction:
 * a commit group of the engine, or a configuration change's own transaction.
 */
final class EffectWriter {

  private final EntityManager em;
  private final TimerOrders timers;
  private final Set<Long> touchedAgents = new HashSet<>();

  EffectWriter(EntityManager em, TimerOrders timers) {
    this.em = em;
    this.timers = timers;
  }

  void write(RoutingResult result) {
    for (Effect effect : result.effects()) {
      touchedAgentOf(effect).ifPresent(touchedAgents::add);
      if (effect instanceof Effect.Rejected r) {
        Interaction i = interaction(r.interactionId());
        i.setState(InteractionState.REJECTED);
        i.setReason(r.message());
        i.setEndedAt(i.getQueuedAt());
      } else if (effect instanceof Effect.Offered o) {
        Interaction i = interaction(o.interactionId());
        i.setState(CoreMapping.stored(o.state()));
        i.setAgent(em.getReference(Agent.class, o.agentId()));
        i.setForced(o.forced());
        i.setOfferedAt(o.at());
        if (o.forced()) {
          i.setAnsweredAt(o.at());
          timers.armChatTimeLimit(i);
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
      } else if (effect instanceof Effect.Resumed r) {
        interaction(r.interactionId()).setOnHold(false);
      } else if (effect instanceof Effect.AgentStateChanged s) {
        em.find(Agent.class, s.agentId()).setState(CoreMapping.stored(s.to()));
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
      }
      case WRAP_UP -> i.setFinishedAt(c.at());
      case COMPLETED -> {
        i.setEndedAt(c.at());
        i.setOnHold(false);
      }
      default -> i.setReason(c.reason());
    }
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
