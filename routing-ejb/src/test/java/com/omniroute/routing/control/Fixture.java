package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

/** A routing core with a hand-driven clock and short ways to set up campaigns, agents and work. */
final class Fixture {

  static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

  final TestClock clock = new TestClock(START);
  final RoutingCore core = new RoutingCore(clock);

  /** A campaign with no wrap-up, a 20 s offer timeout and room for 10 per agent. */
  CampaignSettings campaign(long id, String name, String mediaType) {
    CampaignSettings settings =
        CampaignSettings.of(id, name, mediaType)
            .withWrapUpSeconds(0)
            .withMaxInteractionsPerAgent(10);
    core.upsertCampaign(settings);
    return settings;
  }

  void agent(long id, String name) {
    core.upsertAgent(new AgentSettings(id, name, LiveAgentState.READY));
  }

  void agent(long id, String name, LiveAgentState state) {
    core.upsertAgent(new AgentSettings(id, name, state));
  }

  void member(long campaignId, long agentId, int penalty) {
    core.upsertMembership(new Membership(campaignId, agentId, penalty));
  }

  RoutingResult arrive(long interactionId, long campaignId) {
    return core.arrive(interactionId, campaignId, 0);
  }

  /** Arrives and asserts it was offered to the agent; accepts a normal offer. */
  void arriveAndTake(long interactionId, long campaignId, long agentId) {
    RoutingResult result = arrive(interactionId, campaignId);
    assertThat(result.offers()).extracting(Effect.Offered::agentId).containsExactly(agentId);
    if (!result.offers().get(0).forced()) {
      core.accept(interactionId, agentId);
    }
  }

  LiveInteractionState state(long interactionId) {
    return core.interactionView(interactionId).state();
  }

  Long holder(long interactionId) {
    return core.interactionView(interactionId).agentId();
  }

  List<Long> held(long agentId) {
    return core.agentWork(agentId).interactions().stream().map(InteractionView::id).toList();
  }
}
