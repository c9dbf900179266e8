package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.omniroute.routing.control.RoutingException.Code;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Illegal events are refused with a code the API can map, and change nothing. */
class RefusalsTest {

  final Fixture f = new Fixture();

  @BeforeEach
  void oneOfferAndOneWaiting() {
    f.core.upsertCampaign(CampaignSettings.of(3, "Calls", "VOICE"));
    f.agent(10, "Anna");
    f.agent(11, "Ben", LiveAgentState.NOT_READY);
    f.member(3, 10, 0);
    f.member(3, 11, 0);
    f.arrive(300, 3);
    f.arrive(301, 3);
  }

  private void refused(ThrowingCallable event, Code code, String message) {
    RoutingSnapshot before = f.core.snapshot();
    assertThatThrownBy(event)
        .isInstanceOfSatisfying(
            RoutingException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.getMessage()).contains(message);
            });
    assertThat(f.core.snapshot()).isEqualTo(before);
    assertThat(f.core.indexProblems()).isEmpty();
  }

  @Test
  void acceptByTheWrongAgent() {
    refused(() -> f.core.accept(300, 11), Code.INVALID_STATE, "held by Anna, not Ben");
  }

  @Test
  void acceptOfAWaitingInteraction() {
    refused(() -> f.core.accept(301, 10), Code.INVALID_STATE, "QUEUED and held by no agent");
  }

  @Test
  void finishOfAQueuedOrOfferedInteraction() {
    refused(() -> f.core.finish(301, 10), Code.INVALID_STATE, "held by no agent");
    refused(
        () -> f.core.finish(300, 10),
        Code.INVALID_STATE,
        "is OFFERED; only ACTIVE interactions can be finished");
  }

  @Test
  void abandonOfAnAnsweredInteraction() {
    f.core.accept(300, 10);
    refused(
        () -> f.core.abandon(300),
        Code.INVALID_STATE,
        "is ACTIVE; only QUEUED or OFFERED interactions can be abandoned");
  }

  @Test
  void unknownIds() {
    refused(() -> f.core.accept(999, 10), Code.NOT_FOUND, "interaction 999");
    refused(() -> f.core.accept(300, 99), Code.NOT_FOUND, "agent 99");
    refused(() -> f.core.arrive(400, 99, 0), Code.NOT_FOUND, "campaign 99");
    refused(() -> f.core.agentStateChanged(99, LiveAgentState.READY), Code.NOT_FOUND, "agent 99");
    refused(() -> f.core.removeMembership(3, 99), Code.NOT_FOUND, "agent 99");
  }

  @Test
  void badInput() {
    refused(() -> f.core.arrive(400, 3, 10), Code.VALIDATION, "priority must be between 0 and 9");
    refused(() -> f.core.arrive(300, 3, 0), Code.INVALID_STATE, "already live");
    refused(
        () -> f.core.upsertCampaign(CampaignSettings.of(3, "Calls", "FAX")),
        Code.VALIDATION,
        "FAX, which has no capacity policy");
    assertThatThrownBy(() -> new Membership(3, 10, 101))
        .isInstanceOf(RoutingException.class)
        .hasMessageContaining("penalty");
    assertThatThrownBy(
            () -> CampaignSettings.of(3, "Calls", "VOICE").withMaxInteractionsPerAgent(0))
        .isInstanceOf(RoutingException.class)
        .hasMessageContaining("maxInteractionsPerAgent");
  }

  @Test
  void changesThatWouldStrandLiveWork() {
    refused(
        () -> f.core.upsertCampaign(CampaignSettings.of(3, "Calls", "CHAT")),
        Code.INVALID_STATE,
        "media type cannot change");
    refused(() -> f.core.removeAgent(10), Code.INVALID_STATE, "holds 1 interactions");
    refused(() -> f.core.removeCampaign(3), Code.INVALID_STATE, "live interactions");
  }
}
