package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a start or crash the host rebuilds the core from the database. */
class RestoreTest {

  final Fixture f = new Fixture();
  final Instant earlier = Fixture.START.minusSeconds(600);

  @Test
  void rebuildsQueuesAndLoadsThenRoutes() {
    CampaignSettings email = CampaignSettings.of(1, "Email", "EMAIL");
    CampaignSettings calls = CampaignSettings.of(2, "Calls", "VOICE").withDropoutSeconds(900);
    RoutingConfiguration configuration =
        new RoutingConfiguration(
            MediaPolicy.defaults(),
            List.of(email, calls),
            List.of(
                new AgentSettings(10, "Anna", LiveAgentState.READY),
                new AgentSettings(11, "Ben", LiveAgentState.READY)),
            List.of(new Membership(1, 10, 0), new Membership(2, 10, 0), new Membership(2, 11, 0)),
            List.of(
                new RestoredInteraction(
                    200,
                    1,
                    "EMAIL",
                    0,
                    LiveInteractionState.ACTIVE,
                    earlier,
                    10L,
                    false,
                    true,
                    earlier,
                    earlier,
                    null),
                new RestoredInteraction(
                    300,
                    2,
                    "VOICE",
                    0,
                    LiveInteractionState.ACTIVE,
                    earlier,
                    10L,
                    true,
                    false,
                    earlier,
                    earlier,
                    null),
                new RestoredInteraction(
                    301,
                    2,
                    null,
                    0,
                    LiveInteractionState.WRAP_UP,
                    earlier,
                    11L,
                    false,
                    false,
                    earlier,
                    earlier,
                    Fixture.START.minusSeconds(5)),
                new RestoredInteraction(
                    302,
                    2,
                    null,
                    3,
                    LiveInteractionState.OFFERED,
                    earlier.plusSeconds(1),
                    11L,
                    false,
                    false,
                    earlier,
                    null,
                    null),
                RestoredInteraction.queued(303, 2, 0, earlier)));

    RoutingResult result = f.core.loadConfiguration(configuration);

    assertThat(f.core.agentWork(10).used()).isEqualTo(125);
    assertThat(f.core.interactionView(200).onHold()).isTrue();
    assertThat(result.effects())
        .contains(
            new Effect.TimerRequest(TimerKind.WRAP_UP_END, 301, Fixture.START.plusSeconds(5)),
            new Effect.TimerRequest(TimerKind.DROPOUT, 302, earlier.plusSeconds(901)),
            new Effect.TimerRequest(TimerKind.DROPOUT, 303, earlier.plusSeconds(900)));
    assertThat(result.effects(Effect.InteractionStateChanged.class))
        .extracting(Effect.InteractionStateChanged::interactionId)
        .containsExactly(302L);
    assertThat(f.core.interactionView(302).queuedAt()).isEqualTo(earlier.plusSeconds(1));
    assertThat(result.offers()).as("both agents are full").isEmpty();
    assertThat(f.core.queueStatus(2).waiting()).isEqualTo(2);
    assertThat(f.core.indexProblems()).isEmpty();

    f.clock.advanceSeconds(5);
    RoutingResult wrapUp = f.core.wrapUpEnded(301);

    assertThat(wrapUp.offers())
        .as("the priority 3 call goes first")
        .extracting(Effect.Offered::interactionId)
        .containsExactly(302L);

    assertThat(f.core.finish(300, 10).effects(Effect.Resumed.class)).hasSize(1);
  }
}
