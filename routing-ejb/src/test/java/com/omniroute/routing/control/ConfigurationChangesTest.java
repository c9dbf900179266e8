package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agents, campaigns and memberships coming and going while work is live. */
class ConfigurationChangesTest {

  final Fixture f = new Fixture();

  @Test
  void aNewMembershipRoutesTheWaitingAtOnce() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.arrive(100, 1);

    RoutingResult joined = f.core.upsertMembership(new Membership(1, 10, 0));

    assertThat(joined.offers()).extracting(Effect.Offered::interactionId).containsExactly(100L);
  }

  @Test
  void aChangedPenaltyDecidesTheNextChoice() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.agent(11, "Ben");
    f.member(1, 10, 0);
    f.member(1, 11, 5);
    f.member(1, 10, 9);

    assertThat(f.arrive(100, 1).offers().get(0).agentId()).isEqualTo(11L);
  }

  @Test
  void leavingACampaignKeepsTheWorkInHandButStopsNewOffers() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.member(1, 10, 0);
    f.arriveAndTake(100, 1, 10);

    f.core.removeMembership(1, 10);

    assertThat(f.held(10)).containsExactly(100L);
    assertThat(f.arrive(101, 1).offers()).isEmpty();
    assertThat(f.core.whyWaiting(101)).isEqualTo("Chat has no members");
    f.core.finish(100, 10);
    assertThat(f.core.agentWork(10).used()).isZero();
  }

  @Test
  void anAgentOrCampaignWithoutLiveWorkCanBeRemoved() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.member(1, 10, 0);

    f.core.removeAgent(10);
    assertThatThrownBy(() -> f.core.agentWork(10)).isInstanceOf(RoutingException.class);
    assertThat(f.arrive(100, 1).offers()).isEmpty();
    f.core.abandon(100);

    f.core.removeCampaign(1);
    assertThatThrownBy(() -> f.arrive(101, 1))
        .isInstanceOfSatisfying(
            RoutingException.class,
            e -> assertThat(e.code()).isEqualTo(RoutingException.Code.NOT_FOUND));
    assertThat(f.core.indexProblems()).isEmpty();
  }

  @Test
  void upsertingAnAgentRenamesItAndChangesItsState() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna", LiveAgentState.NOT_READY);
    f.member(1, 10, 0);
    f.arrive(100, 1);

    RoutingResult ready =
        f.core.upsertAgent(new AgentSettings(10, "Anna B.", LiveAgentState.READY));

    assertThat(ready.offers()).hasSize(1);
    assertThat(f.core.agentWork(10).name()).isEqualTo("Anna B.");
  }

  @Test
  void aBulkChangeJoinsLeavesAndReweighsInOneEventAndRoutesOnceAfterwards() {
    f.campaign(1, "Chat", "CHAT");
    f.campaign(2, "Sales", "CHAT");
    f.agent(10, "Anna");
    f.agent(11, "Ben", LiveAgentState.NOT_READY);
    f.agent(12, "Carl");
    f.member(1, 11, 0);
    f.member(2, 11, 0);
    f.arrive(100, 1);
    f.arrive(101, 2);

    RoutingResult replaced =
        f.core.replaceMemberships(
            List.of(1L, 2L),
            List.of(10L, 11L, 12L),
            List.of(new Membership(1, 10, 3), new Membership(2, 12, 9)));

    assertThat(replaced.offers())
        .extracting(o -> o.interactionId() + "->" + o.agentId())
        .containsExactlyInAnyOrder("100->10", "101->12");
    assertThatThrownBy(() -> f.core.removeMembership(1, 11))
        .isInstanceOf(RoutingException.class)
        .hasMessageContaining("not a member");

    f.core.replaceMemberships(
        List.of(1L),
        List.of(10L, 12L),
        List.of(new Membership(1, 10, 7), new Membership(1, 12, 4)));

    assertThat(f.arrive(102, 1).offers().get(0).agentId()).isEqualTo(12L);
    assertThat(f.core.indexProblems()).isEmpty();
  }

  @Test
  void aBulkChangeNamingAnUnknownCampaignOrAgentChangesNothing() {
    f.campaign(1, "Chat", "CHAT");
    f.agent(10, "Anna");
    f.member(1, 10, 0);

    assertThatThrownBy(() -> f.core.replaceMemberships(List.of(1L, 7L), List.of(10L), List.of()))
        .isInstanceOfSatisfying(
            RoutingException.class,
            e -> assertThat(e.code()).isEqualTo(RoutingException.Code.NOT_FOUND));
    assertThatThrownBy(
            () ->
                f.core.replaceMemberships(
                    List.of(1L), List.of(10L), List.of(new Membership(1, 11, 0))))
        .isInstanceOfSatisfying(
            RoutingException.class,
            e -> assertThat(e.code()).isEqualTo(RoutingException.Code.VALIDATION));

    f.arrive(100, 1);
    assertThat(f.holder(100)).isEqualTo(10L);
  }

  @Test
  void theOpenCampaignsAreTheEnabledOnesTheirScheduleOpens() {
    f.core.upsertCampaign(CampaignSettings.of(1, "Chat", "CHAT"));
    f.core.upsertCampaign(CampaignSettings.of(2, "Night", "CHAT").withOpen(false));
    f.core.upsertCampaign(CampaignSettings.of(3, "Paused", "CHAT").withEnabled(false));

    assertThat(f.core.openCampaignIds()).isEqualTo(Set.of(1L));
  }
}
