package com.omniroute.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.LiveInteractionState;
import com.omniroute.simulation.control.Simulation.Accept;
import com.omniroute.simulation.control.Simulation.Finish;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What simulated agents do with what the engine gives them, and when arrivals stop. */
class SimulationTest {

  static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  static final long AGENT = 7;
  static final long CAMPAIGN = 3;

  /** Exactly two seconds of thought; a two-second mean handling time for chats. */
  final Simulation simulation =
      new Simulation(
          new SimulationSettings(Map.of(CAMPAIGN, 60.0), Map.of("CHAT", 2.0)),
          START,
          new ThinkTime(Duration.ofSeconds(2), Duration.ofSeconds(2)),
          new SplittableRandom(1));

  @Test
  void anOfferIsAcceptedAfterTheThinkTime() {
    List<AgentWork> offered = work(view(100, LiveInteractionState.OFFERED, false, false));

    assertThat(simulation.agentActions(START, offered)).isEmpty();
    assertThat(simulation.agentActions(START.plusMillis(1_999), offered)).isEmpty();
    assertThat(simulation.agentActions(START.plusSeconds(2), offered))
        .containsExactly(new Accept(100, AGENT));
  }

  @Test
  void anActiveInteractionIsFinishedAfterItsHandlingTimeAndNotBefore() {
    List<AgentWork> active = work(view(100, LiveInteractionState.ACTIVE, false, false));

    assertThat(simulation.agentActions(START, active)).isEmpty();
    // The clamp bounds a two-second mean to 0.4-10 s.
    assertThat(simulation.agentActions(START.plusMillis(399), active)).isEmpty();
    assertThat(simulation.agentActions(START.plusSeconds(10), active))
        .containsExactly(new Finish(100, AGENT));
  }

  @Test
  void aForcedOverrideArrivesActiveAndIsFinishedWithoutAnAccept() {
    List<AgentWork> forced = work(view(100, LiveInteractionState.ACTIVE, true, false));

    simulation.agentActions(START, forced);

    assertThat(simulation.agentActions(START.plusSeconds(10), forced))
        .containsExactly(new Finish(100, AGENT));
  }

  @Test
  void anInteractionOnHoldWaitsUntilResumed() {
    simulation.agentActions(START, work(view(100, LiveInteractionState.ACTIVE, false, true)));

    assertThat(
            simulation.agentActions(
                START.plusSeconds(10), work(view(100, LiveInteractionState.ACTIVE, false, true))))
        .isEmpty();
    assertThat(
            simulation.agentActions(
                START.plusSeconds(11), work(view(100, LiveInteractionState.ACTIVE, false, false))))
        .containsExactly(new Finish(100, AGENT));
  }

  @Test
  void anOfferWithdrawnMeanwhileIsForgotten() {
    simulation.agentActions(START, work(view(100, LiveInteractionState.OFFERED, false, false)));

    assertThat(simulation.agentActions(START.plusSeconds(5), work())).isEmpty();
    // Offered again later: a new think time, counted from then.
    List<AgentWork> again = work(view(100, LiveInteractionState.OFFERED, false, false));
    assertThat(simulation.agentActions(START.plusSeconds(6), again)).isEmpty();
    assertThat(simulation.agentActions(START.plusSeconds(8), again))
        .containsExactly(new Accept(100, AGENT));
  }

  @Test
  void wrapUpIsTheEnginesAndNotInHand() {
    assertThat(
            simulation.agentActions(
                START, work(view(100, LiveInteractionState.WRAP_UP, false, false))))
        .isEmpty();
    assertThat(
            Simulation.nothingInHand(work(view(100, LiveInteractionState.WRAP_UP, false, false))))
        .isTrue();
    assertThat(
            Simulation.nothingInHand(work(view(101, LiveInteractionState.OFFERED, false, false))))
        .isFalse();
  }

  @Test
  void arrivalsComeUntilStopped() {
    assertThat(simulation.arrivalsDue(START.plusSeconds(60)))
        .containsOnlyKeys(CAMPAIGN)
        .hasEntrySatisfying(CAMPAIGN, count -> assertThat(count).isBetween(40, 80));

    simulation.stopArrivals();

    assertThat(simulation.arrivalsDue(START.plusSeconds(600))).isEmpty();
    assertThat(simulation.isArriving()).isFalse();
  }

  static InteractionView view(long id, LiveInteractionState state, boolean forced, boolean onHold) {
    return new InteractionView(
        id, CAMPAIGN, "CHAT", 0, state, AGENT, forced, onHold, false, START, START, null, null,
        null, null, "");
  }

  static List<AgentWork> work(InteractionView... held) {
    return List.of(new AgentWork(AGENT, "Ann", LiveAgentState.READY, 0, 100, START, List.of(held)));
  }
}
