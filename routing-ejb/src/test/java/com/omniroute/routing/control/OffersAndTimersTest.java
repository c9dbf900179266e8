package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Offer timeout, rejection, wrap-up, dropout and abandonment. */
class OffersAndTimersTest {

  static final long CALLS = 3;
  static final long ANNA = 10;
  static final long BEN = 11;

  final Fixture f = new Fixture();

  private void calls(CampaignSettings settings) {
    f.core.upsertCampaign(settings);
    f.agent(ANNA, "Anna");
    f.agent(BEN, "Ben", LiveAgentState.NOT_READY);
    f.member(CALLS, ANNA, 0);
    f.member(CALLS, BEN, 0);
  }

  @Test
  void anOfferThatTimesOutGoesBackToTheHeadOfItsPlaceAndTheAgentToNotReady() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withOfferTimeoutSeconds(20));
    RoutingResult first = f.arrive(300, CALLS);
    assertThat(first.effects(Effect.TimerRequest.class))
        .containsExactly(
            new Effect.TimerRequest(TimerKind.OFFER_TIMEOUT, 300, Fixture.START.plusSeconds(20)));
    f.clock.advanceSeconds(5);
    f.arrive(301, CALLS);
    f.arrive(302, CALLS);

    f.clock.advanceSeconds(15);
    RoutingResult timeout = f.core.offerTimedOut(300);

    assertThat(timeout.effects(Effect.InteractionStateChanged.class))
        .singleElement()
        .satisfies(c -> assertThat(c.to()).isEqualTo(LiveInteractionState.QUEUED));
    assertThat(timeout.effects(Effect.AgentStateChanged.class))
        .containsExactly(
            new Effect.AgentStateChanged(
                ANNA,
                LiveAgentState.READY,
                LiveAgentState.NOT_READY,
                "ring-no-answer: did not answer interaction 300 within 20 s"));
    assertThat(f.core.interactionView(300).queuedAt()).isEqualTo(Fixture.START);

    RoutingResult ben = f.core.agentStateChanged(BEN, LiveAgentState.READY);

    assertThat(ben.offers()).extracting(Effect.Offered::interactionId).containsExactly(300L);
  }

  @Test
  void aTimerThatNoLongerFitsChangesNothing() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withOfferTimeoutSeconds(20));
    f.arrive(300, CALLS);

    f.clock.advanceSeconds(19);
    assertThat(f.core.offerTimedOut(300)).isEqualTo(RoutingResult.NOTHING);

    f.core.accept(300, ANNA);
    f.clock.advanceSeconds(1);
    assertThat(f.core.offerTimedOut(300)).isEqualTo(RoutingResult.NOTHING);
    assertThat(f.core.wrapUpEnded(300)).isEqualTo(RoutingResult.NOTHING);
    assertThat(f.core.dropoutReached(300)).isEqualTo(RoutingResult.NOTHING);
    assertThat(f.core.offerTimedOut(999)).isEqualTo(RoutingResult.NOTHING);
    assertThat(f.state(300)).isEqualTo(LiveInteractionState.ACTIVE);
  }

  @Test
  void acceptingCancelsTheOfferTimeout() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE"));
    f.arrive(300, CALLS);

    RoutingResult accepted = f.core.accept(300, ANNA);

    assertThat(accepted.effects())
        .containsExactly(
            new Effect.TimerCancellation(TimerKind.OFFER_TIMEOUT, 300),
            new Effect.InteractionStateChanged(
                300,
                LiveInteractionState.OFFERED,
                LiveInteractionState.ACTIVE,
                ANNA,
                Fixture.START,
                "accepted"));
  }

  @Test
  void noOfferTimeoutMeansNoTimer() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withOfferTimeoutSeconds(0));

    assertThat(f.arrive(300, CALLS).effects(Effect.TimerRequest.class)).isEmpty();
  }

  @Test
  void aRejectedOfferKeepsItsQueueTimeAndGoesToTheNextBest() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE"));
    f.core.agentStateChanged(BEN, LiveAgentState.READY);
    f.arrive(300, CALLS);
    assertThat(f.holder(300)).isEqualTo(ANNA);
    f.clock.advanceSeconds(5);

    RoutingResult rejected = f.core.reject(300, ANNA);

    assertThat(rejected.offers())
        .as("Ben has been idle longer now that Anna's work ended")
        .extracting(Effect.Offered::agentId)
        .containsExactly(BEN);
    assertThat(f.core.interactionView(300).queuedAt()).isEqualTo(Fixture.START);
    assertThat(f.core.agentWork(ANNA).state()).isEqualTo(LiveAgentState.READY);
  }

  @Test
  void wrapUpHoldsCapacityUntilItEnds() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withWrapUpSeconds(30));
    f.arriveAndTake(300, CALLS, ANNA);
    f.arrive(301, CALLS);

    f.clock.advanceSeconds(60);
    RoutingResult finished = f.core.finish(300, ANNA);

    assertThat(finished.effects(Effect.TimerRequest.class))
        .containsExactly(
            new Effect.TimerRequest(TimerKind.WRAP_UP_END, 300, Fixture.START.plusSeconds(90)));
    assertThat(f.state(300)).isEqualTo(LiveInteractionState.WRAP_UP);
    assertThat(f.core.agentWork(ANNA).used()).isEqualTo(100);
    assertThat(f.state(301)).isEqualTo(LiveInteractionState.QUEUED);

    f.clock.advanceSeconds(29);
    assertThat(f.core.wrapUpEnded(300)).isEqualTo(RoutingResult.NOTHING);
    // A timer that fired early finds its deadline still pending, so the host can set it again.
    assertThat(f.core.pendingDeadline(TimerKind.WRAP_UP_END, 300))
        .contains(Fixture.START.plusSeconds(90));
    assertThat(f.core.pendingDeadline(TimerKind.OFFER_TIMEOUT, 300)).isEmpty();
    assertThat(f.core.pendingDeadline(TimerKind.DROPOUT, 301)).isEmpty();

    f.clock.advanceSeconds(1);
    RoutingResult ended = f.core.wrapUpEnded(300);

    assertThat(ended.effects(Effect.InteractionStateChanged.class).get(0).to())
        .isEqualTo(LiveInteractionState.COMPLETED);
    assertThat(ended.offers()).extracting(Effect.Offered::interactionId).containsExactly(301L);
    assertThat(f.core.isLive(300)).isFalse();
    assertThat(f.core.pendingDeadline(TimerKind.WRAP_UP_END, 300)).isEmpty();
  }

  @Test
  void noWrapUpCompletesAtOnce() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withWrapUpSeconds(0));
    f.arriveAndTake(300, CALLS, ANNA);

    RoutingResult finished = f.core.finish(300, ANNA);

    assertThat(finished.effects(Effect.InteractionStateChanged.class).get(0).to())
        .isEqualTo(LiveInteractionState.COMPLETED);
    assertThat(f.core.agentWork(ANNA).used()).isZero();
  }

  @Test
  void aWaitingInteractionReachingTheDropoutTimeIsAbandoned() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE").withDropoutSeconds(120));
    f.core.agentStateChanged(ANNA, LiveAgentState.NOT_READY);

    RoutingResult arrival = f.arrive(300, CALLS);

    Instant deadline = Fixture.START.plusSeconds(120);
    assertThat(arrival.effects(Effect.TimerRequest.class))
        .containsExactly(new Effect.TimerRequest(TimerKind.DROPOUT, 300, deadline));

    f.clock.advanceSeconds(119);
    assertThat(f.core.dropoutReached(300)).isEqualTo(RoutingResult.NOTHING);

    f.clock.advanceSeconds(1);
    RoutingResult dropout = f.core.dropoutReached(300);

    assertThat(dropout.effects(Effect.Abandoned.class))
        .singleElement()
        .satisfies(a -> assertThat(a.dropout()).isTrue())
        .satisfies(a -> assertThat(a.reason()).contains("dropout time of 120 s"));
    assertThat(f.core.queueStatus(CALLS).waiting()).isZero();
  }

  @Test
  void anInteractionOfferedAtOnceHasNoDropoutTimerAndAnOfferedOneStopsItsDropout() {
    calls(
        CampaignSettings.of(CALLS, "Calls", "VOICE").withDropoutSeconds(120).withWrapUpSeconds(0));
    assertThat(f.arrive(300, CALLS).effects(Effect.TimerRequest.class))
        .extracting(Effect.TimerRequest::kind)
        .containsExactly(TimerKind.OFFER_TIMEOUT);

    f.arrive(301, CALLS);
    f.core.accept(300, ANNA);
    RoutingResult finished = f.core.finish(300, ANNA);

    assertThat(finished.effects()).contains(new Effect.TimerCancellation(TimerKind.DROPOUT, 301));
  }

  @Test
  void theCustomerMayLeaveWhileWaitingOrWhileOffered() {
    calls(CampaignSettings.of(CALLS, "Calls", "VOICE"));
    f.arrive(300, CALLS);
    f.arrive(301, CALLS);

    RoutingResult leftWhileOffered = f.core.abandon(300);

    assertThat(leftWhileOffered.effects(Effect.Abandoned.class).get(0).from())
        .isEqualTo(LiveInteractionState.OFFERED);
    assertThat(leftWhileOffered.offers())
        .as("Anna's capacity is free again")
        .extracting(Effect.Offered::interactionId)
        .containsExactly(301L);
    f.arrive(302, CALLS);
    assertThat(f.core.abandon(302).effects(Effect.Abandoned.class).get(0).from())
        .isEqualTo(LiveInteractionState.QUEUED);
  }

  @Test
  void loggingOutWithdrawsPendingOffersButKeepsAcceptedWork() {
    f.core.upsertCampaign(CampaignSettings.of(1, "Chat", "CHAT"));
    f.agent(ANNA, "Anna");
    f.member(1, ANNA, 0);
    f.arriveAndTake(100, 1, ANNA);
    f.arrive(101, 1);

    RoutingResult out = f.core.agentStateChanged(ANNA, LiveAgentState.LOGGED_OUT);

    assertThat(f.state(101)).isEqualTo(LiveInteractionState.QUEUED);
    assertThat(out.effects(Effect.TimerCancellation.class))
        .containsExactly(new Effect.TimerCancellation(TimerKind.OFFER_TIMEOUT, 101));
    assertThat(f.held(ANNA)).containsExactly(100L);
  }

  @Test
  void chatsOverTheirTimeLimitAreFlagged() {
    f.core.upsertCampaign(CampaignSettings.of(1, "Chat", "CHAT").withChatTimeLimitSeconds(300));
    f.agent(ANNA, "Anna");
    f.member(1, ANNA, 0);
    f.arriveAndTake(100, 1, ANNA);

    f.clock.advanceSeconds(299);
    assertThat(f.core.interactionView(100).overChatTimeLimit()).isFalse();
    f.clock.advanceSeconds(1);
    assertThat(f.core.interactionView(100).overChatTimeLimit()).isTrue();
  }

  @Test
  void theViewCarriesTheOfferDeadlineWhileOfferedAndTheWrapUpEndWhileWrappingUp() {
    calls(
        CampaignSettings.of(CALLS, "Calls", "VOICE")
            .withOfferTimeoutSeconds(20)
            .withWrapUpSeconds(30));
    f.arrive(300, CALLS);

    InteractionView offered = f.core.interactionView(300);
    assertThat(offered.offerDeadline()).isEqualTo(Fixture.START.plusSeconds(20));
    assertThat(offered.wrapUpEnds()).isNull();

    f.clock.advanceSeconds(5);
    f.core.accept(300, ANNA);
    InteractionView active = f.core.agentWork(ANNA).interactions().get(0);
    assertThat(active.offerDeadline()).isNull();
    assertThat(active.wrapUpEnds()).isNull();

    f.clock.advanceSeconds(60);
    f.core.finish(300, ANNA);
    InteractionView wrappingUp = f.core.interactionView(300);
    assertThat(wrappingUp.state()).isEqualTo(LiveInteractionState.WRAP_UP);
    assertThat(wrappingUp.wrapUpEnds()).isEqualTo(Fixture.START.plusSeconds(95));
    assertThat(wrappingUp.offerDeadline()).isNull();
  }
}
