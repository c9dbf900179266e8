package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Design.md section 4: the waiting order and the choice of agent. */
class WhoGetsWhatTest {

  static final long CHATS = 1;
  static final long EMAILS = 2;
  static final long CALLS = 3;

  final Fixture f = new Fixture();

  @Test
  void aChatGoesBeforeAnEmailThatWaitedLonger() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.campaign(EMAILS, "Email", "EMAIL");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(CHATS, 10, 0);
    f.member(EMAILS, 10, 0);
    f.arrive(200, EMAILS);
    f.clock.advanceSeconds(60);
    f.arrive(100, CHATS);

    RoutingResult ready = f.core.agentStateChanged(10, LiveAgentState.READY);

    assertThat(ready.offers()).extracting(Effect.Offered::interactionId).containsExactly(100L);
    assertThat(f.state(200))
        .as("one chat in hand leaves no 100 spare")
        .isEqualTo(LiveInteractionState.QUEUED);
  }

  @Test
  void precedenceBeatsPriority() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.campaign(EMAILS, "Email", "EMAIL");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(CHATS, 10, 0);
    f.member(EMAILS, 10, 0);
    f.core.arrive(200, EMAILS, 9);
    f.core.arrive(100, CHATS, 0);

    RoutingResult ready = f.core.agentStateChanged(10, LiveAgentState.READY);

    assertThat(ready.offers().get(0).interactionId()).isEqualTo(100L);
  }

  @Test
  void higherPriorityThenOlderThenLowerIdGoesFirst() {
    f.core.upsertCampaign(CampaignSettings.of(CALLS, "Calls", "VOICE").withWrapUpSeconds(0));
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(CALLS, 10, 0);
    f.core.arrive(300, CALLS, 1);
    f.clock.advanceSeconds(1);
    f.core.arrive(302, CALLS, 5);
    f.core.arrive(301, CALLS, 5);
    f.clock.advanceSeconds(1);
    f.core.arrive(299, CALLS, 5);

    List<Long> served = new java.util.ArrayList<>();
    f.core.agentStateChanged(10, LiveAgentState.READY);
    for (int i = 0; i < 4; i++) {
      long call = f.held(10).get(0);
      served.add(call);
      f.core.accept(call, 10);
      f.core.finish(call, 10);
    }

    assertThat(served).containsExactly(301L, 302L, 299L, 300L);
  }

  @Test
  void theLowerPenaltyMemberGetsTheInteraction() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.agent(11, "Ben");
    f.member(CHATS, 10, 20);
    f.member(CHATS, 11, 5);

    assertThat(f.arrive(100, CHATS).offers().get(0).agentId()).isEqualTo(11L);
  }

  @Test
  void equalPenaltiesGoToTheMostSpare() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.campaign(EMAILS, "Email", "EMAIL");
    f.agent(10, "Anna");
    f.agent(11, "Ben");
    f.member(EMAILS, 10, 0);
    f.arriveAndTake(200, EMAILS, 10);
    f.member(CHATS, 10, 0);
    f.member(CHATS, 11, 0);

    Effect.Offered offer = f.arrive(100, CHATS).offers().get(0);

    assertThat(offer.agentId()).as("Ben has 100 spare, Anna 75").isEqualTo(11L);
    assertThat(offer.reason()).contains("more spare (75)");
  }

  @Test
  void equalPenaltyAndSpareGoToTheLongestIdle() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(11, "Ben");
    f.clock.advanceSeconds(30);
    f.agent(10, "Anna");
    f.member(CHATS, 10, 0);
    f.member(CHATS, 11, 0);
    f.clock.advanceSeconds(15);

    Effect.Offered offer = f.arrive(100, CHATS).offers().get(0);

    assertThat(offer.agentId()).as("Ben has been ready 45 s, Anna 15 s").isEqualTo(11L);
    assertThat(offer.reason()).contains("idle 45 s").contains("longer idle (15 s)");
  }

  @Test
  void finishingWorkRestartsTheIdleTime() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.agent(11, "Ben");
    f.member(CHATS, 10, 0);
    f.member(CHATS, 11, 0);
    f.arriveAndTake(100, CHATS, 10);
    f.arriveAndTake(101, CHATS, 11);
    f.clock.advanceSeconds(10);
    f.core.finish(101, 11);
    f.clock.advanceSeconds(10);
    f.core.finish(100, 10);

    assertThat(f.arrive(102, CHATS).offers().get(0).agentId())
        .as("Ben finished 10 s before Anna, although Anna has the lower id")
        .isEqualTo(11L);
  }

  @Test
  void allElseEqualTheLowerAgentIdGetsIt() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(11, "Ben");
    f.agent(10, "Anna");
    f.member(CHATS, 11, 0);
    f.member(CHATS, 10, 0);

    Effect.Offered offer = f.arrive(100, CHATS).offers().get(0);

    assertThat(offer.agentId()).isEqualTo(10L);
    assertThat(offer.reason()).contains("lower agent id (11)");
  }

  @Test
  void routingRepeatsUntilNothingMoreCanBeOffered() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.agent(11, "Ben", LiveAgentState.NOT_READY);
    f.member(CHATS, 10, 0);
    f.member(CHATS, 11, 0);
    for (long id = 100; id < 110; id++) {
      f.arrive(id, CHATS);
    }

    f.core.agentStateChanged(10, LiveAgentState.READY);
    RoutingResult ben = f.core.agentStateChanged(11, LiveAgentState.READY);

    assertThat(f.held(10)).containsExactly(100L, 101L, 102L, 103L);
    assertThat(ben.offers()).hasSize(4);
    assertThat(f.core.queueStatus(CHATS).waiting()).isEqualTo(2);
  }

  @Test
  void precedenceIsHonouredAcrossCampaignsWhenSeveralAgentsFreeUp() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.campaign(CALLS, "Calls", "VOICE");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(CHATS, 10, 0);
    f.member(CALLS, 10, 0);
    f.arrive(100, CHATS);
    f.clock.advanceSeconds(5);
    f.arrive(300, CALLS);

    RoutingResult ready = f.core.agentStateChanged(10, LiveAgentState.READY);

    assertThat(ready.offers()).extracting(Effect.Offered::interactionId).containsExactly(300L);
  }

  @Test
  void eachOfferSaysWhyThatAgentWasChosen() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.agent(11, "Ben");
    f.member(CHATS, 10, 0);
    f.member(CHATS, 11, 10);
    f.clock.advanceSeconds(42);

    Effect.Offered offer = f.arrive(100, CHATS).offers().get(0);

    assertThat(offer.reason())
        .isEqualTo(
            "Anna (agent 10): penalty 0, spare 100, idle 42 s; chosen over Ben by lower penalty"
                + " (10) among 2 eligible members of Chat");
    assertThat(f.core.interactionView(100).reason()).isEqualTo(offer.reason());
  }
}
