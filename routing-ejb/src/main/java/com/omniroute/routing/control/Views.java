package com.omniroute.routing.control;

import java.time.Instant;

/** Immutable copies of the core's records for the host: they stay right after the next event. */
final class Views {

  private Views() {}

  static InteractionView of(TrackedInteraction i, Instant at) {
    int limit = i.campaign.settings.chatTimeLimitSeconds();
    boolean over =
        limit > 0
            && i.state == LiveInteractionState.ACTIVE
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
        i.state == LiveInteractionState.OFFERED ? i.offerDeadline : null,
        i.state == LiveInteractionState.WRAP_UP ? i.wrapUpDeadline : null,
        i.reason);
  }

  static AgentWork of(TrackedAgent agent, Instant at) {
    return new AgentWork(
        agent.id,
        agent.name,
        agent.state,
        agent.used,
        agent.spare(),
        agent.idleSince,
        agent.held.stream().map(i -> of(i, at)).toList());
  }

  static QueueStatus of(TrackedCampaign campaign) {
    return new QueueStatus(
        campaign.id(),
        campaign.name(),
        campaign.settings.enabled(),
        campaign.settings.open(),
        campaign.waiting.size(),
        campaign.waitingByAge.isEmpty() ? null : campaign.waitingByAge.first().queuedAt);
  }
}
