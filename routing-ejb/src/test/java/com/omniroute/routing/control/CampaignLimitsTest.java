package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ACD limit, disabled and closed campaigns: refused at the door, while the queue drains. */
class CampaignLimitsTest {

  static final long SUPPORT = 1;

  final Fixture f = new Fixture();

  @Test
  void theAcdLimitRefusesTheNextArrivalWithAReason() {
    f.core.upsertCampaign(CampaignSettings.of(SUPPORT, "Support", "CHAT").withAcdLimit(2));
    f.arrive(100, SUPPORT);
    f.arrive(101, SUPPORT);

    RoutingResult third = f.arrive(102, SUPPORT);

    assertThat(third.effects())
        .singleElement()
        .isEqualTo(
            new Effect.Rejected(
                102,
                SUPPORT,
                RejectionCode.QUEUE_FULL,
                "Support already has 2 interactions waiting, its ACD limit"));
    assertThat(f.core.isLive(102)).isFalse();

    f.core.abandon(100);

    assertThat(f.arrive(103, SUPPORT).effects(Effect.Queued.class)).hasSize(1);
  }

  @Test
  void theAcdLimitCountsOnlyWaitingInteractions() {
    f.core.upsertCampaign(
        CampaignSettings.of(SUPPORT, "Support", "CHAT").withAcdLimit(1).withWrapUpSeconds(0));
    f.agent(10, "Anna");
    f.member(SUPPORT, 10, 0);
    f.arriveAndTake(100, SUPPORT, 10);
    f.arriveAndTake(101, SUPPORT, 10);

    assertThat(f.arrive(102, SUPPORT).offers()).hasSize(1);
  }

  @Test
  void aDisabledCampaignRefusesNewArrivalsButItsQueueDrains() {
    f.campaign(SUPPORT, "Support", "VOICE");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(SUPPORT, 10, 0);
    f.arrive(300, SUPPORT);
    f.arrive(301, SUPPORT);

    f.core.setCampaignEnabled(SUPPORT, false);
    RoutingResult refused = f.arrive(302, SUPPORT);

    assertThat(refused.effects(Effect.Rejected.class))
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.CAMPAIGN_DISABLED))
        .satisfies(r -> assertThat(r.message()).contains("Support is disabled"));
    assertThat(f.core.queueStatus(SUPPORT).enabled()).isFalse();

    assertThat(f.core.agentStateChanged(10, LiveAgentState.READY).offers())
        .extracting(Effect.Offered::interactionId)
        .containsExactly(300L);
    f.core.accept(300, 10);
    f.core.finish(300, 10);
    assertThat(f.holder(301)).isEqualTo(10L);
  }

  @Test
  void aClosedCampaignRefusesNewArrivalsButItsQueueDrains() {
    f.campaign(SUPPORT, "Support", "VOICE");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(SUPPORT, 10, 0);
    f.arrive(300, SUPPORT);

    f.core.setCampaignOpen(SUPPORT, false);
    RoutingResult refused = f.arrive(301, SUPPORT);

    assertThat(refused.effects(Effect.Rejected.class))
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.CAMPAIGN_CLOSED));
    assertThat(f.core.agentStateChanged(10, LiveAgentState.READY).offers()).hasSize(1);

    f.core.setCampaignOpen(SUPPORT, true);
    assertThat(f.arrive(302, SUPPORT).effects(Effect.Queued.class)).hasSize(1);
  }

  @Test
  void disabledIsReportedBeforeClosedAndClosedBeforeFull() {
    f.core.upsertCampaign(
        CampaignSettings.of(SUPPORT, "Support", "CHAT")
            .withAcdLimit(1)
            .withEnabled(false)
            .withOpen(false));
    assertThat(f.arrive(100, SUPPORT).effects(Effect.Rejected.class).get(0).code())
        .isEqualTo(RejectionCode.CAMPAIGN_DISABLED);

    f.core.setCampaignEnabled(SUPPORT, true);
    assertThat(f.arrive(101, SUPPORT).effects(Effect.Rejected.class).get(0).code())
        .isEqualTo(RejectionCode.CAMPAIGN_CLOSED);
  }

  @Test
  void theQueueReportsHowManyWaitAndSinceWhenTheLongest() {
    f.campaign(SUPPORT, "Support", "CHAT");
    f.core.arrive(100, SUPPORT, 0);
    f.clock.advanceSeconds(10);
    f.core.arrive(101, SUPPORT, 9);

    QueueStatus status = f.core.queueStatus(SUPPORT);

    assertThat(status.waiting()).isEqualTo(2);
    assertThat(status.longestWaitingSince()).isEqualTo(Fixture.START);
  }
}
