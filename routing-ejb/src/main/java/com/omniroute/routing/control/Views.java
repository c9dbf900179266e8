package com.omniroute.routing.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

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

  /** 1 for the next one its campaign will offer; empty unless live and QUEUED. */
  static OptionalInt position(TrackedInteraction interaction) {
    if (interaction == null || interaction.state != LiveInteractionState.QUEUED) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(interaction.campaign.waiting.rank(interaction) + 1);
  }

  /** The campaigns open now: enabled, and open by their schedule. */
  static Set<Long> openCampaignIds(LiveState state) {
    Set<Long> open = new HashSet<>();
    for (TrackedCampaign campaign : state.campaigns.values()) {
      if (campaign.settings.enabled() && campaign.settings.open()) {
        open.add(campaign.id());
      }
    }
    return open;
  }

  /** Every live interaction, agent and queue, each in id order. */
  static RoutingSnapshot snapshot(LiveState state) {
    Instant at = state.clock.instant();
    return new RoutingSnapshot(
        state.interactions.values().stream()
            .map(i -> of(i, at))
            .sorted(Comparator.comparingLong(InteractionView::id))
            .toList(),
        state.agents.values().stream()
            .map(a -> of(a, at))
            .sorted(Comparator.comparingLong(AgentWork::agentId))
            .toList(),
        state.campaigns.values().stream()
            .map(Views::of)
            .sorted(Comparator.comparingLong(QueueStatus::campaignId))
            .toList());
  }

  /** Everything the core holds, in the shape it is loaded from, in id order. */
  static RoutingConfiguration configuration(LiveState state) {
    List<Membership> memberships = new ArrayList<>();
    state
        .campaigns
        .values()
        .forEach(
            c ->
                c.members
                    .values()
                    .forEach(m -> memberships.add(new Membership(c.id(), m.agent.id, m.penalty))));
    return new RoutingConfiguration(
            List.copyOf(state.policies.values()),
            state.campaigns.values().stream().map(c -> c.settings).toList(),
            state.agents.values().stream()
                .map(a -> new AgentSettings(a.id, a.name, a.state))
                .toList(),
            memberships,
            state.interactions.values().stream().map(Views::restorable).toList())
        .inIdOrder();
  }

  private static RestoredInteraction restorable(TrackedInteraction i) {
    return new RestoredInteraction(
        i.id,
        i.campaign.id(),
        i.mediaType,
        i.priority,
        i.state,
        i.queuedAt,
        i.agent == null ? null : i.agent.id,
        i.forced,
        i.onHold,
        i.offeredAt,
        i.answeredAt,
        i.finishedAt);
  }
}
