package com.omniroute.routing.control;

import java.time.Instant;
import java.util.List;

/**
 * One thing an event caused, in the order it happened. The host persists each effect and schedules
 * or cancels the timers; together the effects of a result describe every state change, so the
 * database can follow the core without reading it back.
 */
public sealed interface Effect {

  /** A new interaction entered its campaign's queue. */
  record Queued(long interactionId, long campaignId, Instant queuedAt) implements Effect {}

  /** An arriving interaction was refused at the door; the core does not keep it. */
  record Rejected(long interactionId, long campaignId, RejectionCode code, String message)
      implements Effect {}

  /**
   * A waiting interaction was given to an agent: QUEUED to OFFERED, or, for a forced (override)
   * offer, QUEUED to ACTIVE at once, because an override offer is accepted automatically.
   *
   * @param onHoldIds the agent's interactions the override put on hold
   * @param reason why this agent was chosen (penalty, spare, idle time)
   */
  record Offered(
      long interactionId,
      long campaignId,
      long agentId,
      boolean forced,
      List<Long> onHoldIds,
      Instant at,
      String reason)
      implements Effect {

    public Offered {
      onHoldIds = List.copyOf(onHoldIds);
    }

    /** The state the interaction is in now. */
    public LiveInteractionState state() {
      return forced ? LiveInteractionState.ACTIVE : LiveInteractionState.OFFERED;
    }
  }

  /**
   * Any other change of an interaction's state: accepted, back to the queue (rejected, timed out,
   * withdrawn), wrap-up started, completed.
   *
   * @param agentId the agent concerned (the one it left when going back to the queue)
   */
  record InteractionStateChanged(
      long interactionId,
      LiveInteractionState from,
      LiveInteractionState to,
      long agentId,
      Instant at,
      String reason)
      implements Effect {}

  /**
   * The customer left (or the dropout time passed) while the interaction was QUEUED or OFFERED.
   *
   * @param agentId the agent it was offered to, or {@code null} if it was waiting
   * @param dropout true if the dropout time passed, false if the customer was reported gone
   */
  record Abandoned(
      long interactionId,
      long campaignId,
      LiveInteractionState from,
      Long agentId,
      boolean dropout,
      Instant at,
      String reason)
      implements Effect {}

  /** An interaction an override had put on hold is no longer on hold. */
  record Resumed(long interactionId, long agentId, String reason) implements Effect {}

  /** The core changed an agent's state itself, for example NOT_READY after ring-no-answer. */
  record AgentStateChanged(long agentId, LiveAgentState from, LiveAgentState to, String reason)
      implements Effect {}

  /** Schedule a timer (replacing any of the same kind for the interaction). */
  record TimerRequest(TimerKind kind, long interactionId, Instant at) implements Effect {}

  /** Cancel a timer; cancelling one that has already fired or never existed is harmless. */
  record TimerCancellation(TimerKind kind, long interactionId) implements Effect {}
}
