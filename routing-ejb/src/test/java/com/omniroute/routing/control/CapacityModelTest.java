package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Design.md section 3: shares, required spare, overrides, max per agent, and the 3.4 examples. */
class CapacityModelTest {

  static final long CHATS = 1;
  static final long EMAILS = 2;
  static final long CALLS = 3;
  static final long SMS = 4;
  static final long ANNA = 10;

  final Fixture f = new Fixture();

  @BeforeEach
  void oneAgentInFourCampaigns() {
    f.campaign(CHATS, "Chat", "CHAT");
    f.campaign(EMAILS, "Email", "EMAIL");
    f.campaign(CALLS, "Calls", "VOICE");
    f.campaign(SMS, "Sms", "SMS");
    f.agent(ANNA, "Anna");
    for (long campaign : new long[] {CHATS, EMAILS, CALLS, SMS}) {
      f.member(campaign, ANNA, 0);
    }
  }

  @Test
  void usedIsTheSumOfSharesInHandAndSpareTheRest() {
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(101, CHATS, ANNA);

    AgentWork work = f.core.agentWork(ANNA);
    assertThat(work.used()).isEqualTo(50);
    assertThat(work.spare()).isEqualTo(50);
  }

  @Test
  void anOfferedInteractionAlreadyOccupiesCapacity() {
    f.arrive(100, CALLS);
    assertThat(f.state(100)).isEqualTo(LiveInteractionState.OFFERED);

    assertThat(f.core.agentWork(ANNA).used()).isEqualTo(100);
    assertThat(f.arrive(101, CHATS).offers()).isEmpty();
  }

  @Test
  void example_threeChatsMayTakeAFourthChatButNotAnEmail() {
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(101, CHATS, ANNA);
    f.arriveAndTake(102, CHATS, ANNA);

    assertThat(f.arrive(200, EMAILS).offers()).as("email needs 100 spare").isEmpty();
    assertThat(f.arrive(103, CHATS).offers())
        .singleElement()
        .satisfies(o -> assertThat(o.forced()).isFalse());
    assertThat(f.state(200)).isEqualTo(LiveInteractionState.QUEUED);
    assertThat(f.core.agentWork(ANNA).used()).isEqualTo(100);
  }

  @Test
  void example_threeChatsDoNotTakeACallWhenVoiceDoesNotOverrideChat() {
    f.core.upsertMediaPolicy(new MediaPolicy("VOICE", 100, 50, 1, Set.of("EMAIL")));
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(101, CHATS, ANNA);
    f.arriveAndTake(102, CHATS, ANNA);

    assertThat(f.arrive(300, CALLS).offers()).as("a call needs 50 spare").isEmpty();
    assertThat(f.state(300)).isEqualTo(LiveInteractionState.QUEUED);
  }

  @Test
  void example_threeChatsTakeACallByOverrideWhenVoiceOverridesChat() {
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(101, CHATS, ANNA);
    f.arriveAndTake(102, CHATS, ANNA);

    Effect.Offered call = f.arrive(300, CALLS).offers().get(0);

    assertThat(call.forced()).isTrue();
    assertThat(call.onHoldIds()).containsExactly(100L, 101L, 102L);
    assertThat(f.core.agentWork(ANNA).used()).as("above capacity only by override").isEqualTo(175);
  }

  @Test
  void example_oneEmailInHandTakesACallOnlyByOverride() {
    f.arriveAndTake(200, EMAILS, ANNA);

    Effect.Offered call = f.arrive(300, CALLS).offers().get(0);

    assertThat(call.forced()).isTrue();
    assertThat(call.onHoldIds()).containsExactly(200L);
  }

  @Test
  void example_oneEmailInHandAndNoOverrideMeansTheCallWaits() {
    f.core.upsertMediaPolicy(new MediaPolicy("VOICE", 100, 50, 1, Set.of()));
    f.arriveAndTake(200, EMAILS, ANNA);

    assertThat(f.arrive(300, CALLS).offers()).isEmpty();
  }

  @Test
  void example_aCallInHandBlocksEverything() {
    f.arriveAndTake(300, CALLS, ANNA);

    assertThat(f.arrive(100, CHATS).offers()).isEmpty();
    assertThat(f.arrive(200, EMAILS).offers()).isEmpty();
    assertThat(f.arrive(400, SMS).offers()).isEmpty();
    assertThat(f.arrive(301, CALLS).offers()).as("voice does not override voice").isEmpty();
  }

  @Test
  void overrideNeedsEveryInteractionInHandToBeOverridable() {
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(400, SMS, ANNA);

    assertThat(f.arrive(300, CALLS).offers()).as("voice does not override SMS").isEmpty();
  }

  @Test
  void aCallOverridesAnEmailCannotBeRejectedAndTheEmailResumesAfterTheCall() {
    f.arriveAndTake(200, EMAILS, ANNA);

    RoutingResult arrival = f.arrive(300, CALLS);

    Effect.Offered call = arrival.offers().get(0);
    assertThat(call.forced()).isTrue();
    assertThat(call.state()).isEqualTo(LiveInteractionState.ACTIVE);
    assertThat(arrival.effects(Effect.TimerRequest.class))
        .as("an override offer is accepted at once, so it has no offer timeout")
        .isEmpty();
    assertThat(f.core.interactionView(200).onHold()).isTrue();
    assertThatThrownBy(() -> f.core.reject(300, ANNA))
        .isInstanceOfSatisfying(
            RoutingException.class,
            e -> assertThat(e.code()).isEqualTo(RoutingException.Code.INVALID_STATE));
    assertThatThrownBy(() -> f.core.accept(300, ANNA)).isInstanceOf(RoutingException.class);
    assertThat(f.state(300)).isEqualTo(LiveInteractionState.ACTIVE);

    RoutingResult end = f.core.finish(300, ANNA);

    assertThat(end.effects(Effect.Resumed.class))
        .extracting(Effect.Resumed::interactionId)
        .containsExactly(200L);
    assertThat(f.core.interactionView(200).onHold()).isFalse();
    assertThat(f.state(200)).isEqualTo(LiveInteractionState.ACTIVE);
  }

  @Test
  void anOverrideWithdrawsAPendingOfferOfAnOverriddenType() {
    f.arrive(200, EMAILS);
    assertThat(f.state(200)).isEqualTo(LiveInteractionState.OFFERED);

    RoutingResult arrival = f.arrive(300, CALLS);

    assertThat(arrival.offers().get(0).forced()).isTrue();
    assertThat(f.state(200)).isEqualTo(LiveInteractionState.QUEUED);
    assertThat(f.held(ANNA)).containsExactly(300L);
  }

  @Test
  void maxInteractionsPerAgentLetsTheRestWait() {
    f.core.upsertCampaign(
        CampaignSettings.of(CHATS, "Chat", "CHAT")
            .withWrapUpSeconds(0)
            .withMaxInteractionsPerAgent(2));
    f.arriveAndTake(100, CHATS, ANNA);
    f.arriveAndTake(101, CHATS, ANNA);

    assertThat(f.arrive(102, CHATS).offers()).isEmpty();
    assertThat(f.core.whyWaiting(102)).contains("1 at the limit of 2 interactions of Chat");
    assertThat(f.arrive(400, SMS).offers())
        .as("the limit is per campaign, capacity is still free for other campaigns")
        .hasSize(1);

    f.core.finish(100, ANNA);

    assertThat(f.holder(102)).isEqualTo(ANNA);
  }

  @Test
  void raisingTheMaxPerAgentRoutesTheWaitingAtOnce() {
    f.core.upsertCampaign(
        CampaignSettings.of(CHATS, "Chat", "CHAT")
            .withWrapUpSeconds(0)
            .withMaxInteractionsPerAgent(1));
    f.arriveAndTake(100, CHATS, ANNA);
    f.arrive(101, CHATS);

    RoutingResult raised =
        f.core.upsertCampaign(
            CampaignSettings.of(CHATS, "Chat", "CHAT")
                .withWrapUpSeconds(0)
                .withMaxInteractionsPerAgent(2));

    assertThat(raised.offers()).extracting(Effect.Offered::interactionId).containsExactly(101L);
  }

  @Test
  void onlyReadyMembersAreOffered() {
    f.agent(11, "Ben");
    f.core.agentStateChanged(ANNA, LiveAgentState.NOT_READY);

    assertThat(f.arrive(100, CHATS).offers()).as("Ben is READY but no member").isEmpty();

    f.member(CHATS, 11, 0);

    assertThat(f.holder(100)).isEqualTo(11L);
  }

  @Test
  void aCapacityPolicyChangeAppliesToWhatIsInHandAndRoutesAtOnce() {
    f.arriveAndTake(200, EMAILS, ANNA);
    f.arrive(201, EMAILS);
    assertThat(f.state(201)).isEqualTo(LiveInteractionState.QUEUED);

    RoutingResult change = f.core.upsertMediaPolicy(new MediaPolicy("EMAIL", 25, 50, 6, Set.of()));

    assertThat(change.offers()).extracting(Effect.Offered::interactionId).containsExactly(201L);
    assertThat(f.core.agentWork(ANNA).used()).isEqualTo(50);
  }
}
