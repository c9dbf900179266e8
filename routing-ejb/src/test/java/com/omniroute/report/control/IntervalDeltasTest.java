package com.omniroute.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.agent.entity.AgentState;
import com.omniroute.report.entity.AgentFigures;
import com.omniroute.report.entity.AgentInterval;
import com.omniroute.report.entity.CampaignFigures;
import com.omniroute.report.entity.CampaignInterval;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalDeltasTest {

  private static final Instant T0900 = Instant.parse("2026-12-01T09:00:00Z");

  private final IntervalDeltas deltas = new IntervalDeltas();

  private static long at(String utc) {
    return Instant.parse("2026-12-01T" + utc + "Z").getEpochSecond();
  }

  private CampaignFigures campaign(String utc) {
    return deltas.campaigns().get(new CampaignInterval.Key(7, at(utc)));
  }

  private AgentFigures agent(String utc) {
    return deltas.agents().get(new AgentInterval.Key(3, at(utc)));
  }

  @Test
  void eachEventCountsInTheQuarterHourItHappenedIn() {
    deltas.queued(7, T0900.plusSeconds(14 * 60 + 59));
    deltas.answered(7, 3, T0900.plusSeconds(14 * 60 + 59), T0900.plusSeconds(15 * 60 + 20), 20);
    deltas.queued(7, T0900.plusSeconds(20 * 60));
    deltas.abandoned(7, T0900.plusSeconds(20 * 60), T0900.plusSeconds(21 * 60), 20);

    assertThat(campaign("09:00:00").getOffered()).isEqualTo(1);
    CampaignFigures quarterPast = campaign("09:15:00");
    assertThat(quarterPast.getOffered()).isEqualTo(1);
    assertThat(quarterPast.getAnswered()).isEqualTo(1);
    assertThat(quarterPast.getAnsweredInServiceLevel()).isZero();
    assertThat(quarterPast.getSpeedOfAnswerMillis()).isEqualTo(21_000);
    assertThat(quarterPast.getAbandoned()).isEqualTo(1);
    assertThat(quarterPast.getAbandonedAfterServiceLevel()).isEqualTo(1);
    assertThat(quarterPast.getLongestWaitMillis()).isEqualTo(60_000);
    assertThat(agent("09:15:00").getAnswered()).isEqualTo(1);
  }

  @Test
  void anAnswerExactlyAtTheServiceLevelTimeIsWithinIt() {
    deltas.answered(7, 3, T0900, T0900.plusSeconds(20), 20);
    deltas.abandoned(7, T0900, T0900.plusSeconds(20), 20);

    assertThat(campaign("09:00:00").getAnsweredInServiceLevel()).isEqualTo(1);
    assertThat(campaign("09:00:00").getAbandonedAfterServiceLevel()).isZero();
  }

  @Test
  void handlingCountsForTheCampaignWhenItEndsAndIsSpreadOverTheAgentsIntervals() {
    deltas.handled(7, 3L, T0900.plusSeconds(10 * 60), T0900.plusSeconds(35 * 60), 25);

    assertThat(campaign("09:30:00").getHandled()).isEqualTo(1);
    assertThat(campaign("09:30:00").getHandleMillis()).isEqualTo(25 * 60_000);
    assertThat(campaign("09:00:00")).isNull();
    assertThat(agent("09:00:00").getHandleMillis()).isEqualTo(5 * 60_000);
    assertThat(agent("09:15:00").getHandleMillis()).isEqualTo(15 * 60_000);
    assertThat(agent("09:30:00").getHandleMillis()).isEqualTo(5 * 60_000);
    assertThat(agent("09:15:00").getOccupiedMillis()).isEqualTo(15 * 60_000 / 4);
  }

  @Test
  void readyAndNotReadyPeriodsAreSplitAtQuarterHoursAndLoggedOutTimeIsNotCounted() {
    deltas.stateEnded(3, AgentState.READY, T0900.plusSeconds(50 * 60), T0900.plusSeconds(80 * 60));
    deltas.stateEnded(
        3, AgentState.NOT_READY, T0900.plusSeconds(80 * 60), T0900.plusSeconds(81 * 60));
    deltas.stateEnded(3, AgentState.LOGGED_OUT, T0900, T0900.plusSeconds(50 * 60));

    assertThat(agent("09:00:00")).isNull();
    assertThat(agent("09:45:00").getReadyMillis()).isEqualTo(10 * 60_000);
    assertThat(agent("10:00:00").getReadyMillis()).isEqualTo(15 * 60_000);
    assertThat(agent("10:15:00").getReadyMillis()).isEqualTo(5 * 60_000);
    assertThat(agent("10:15:00").getNotReadyMillis()).isEqualTo(60_000);
  }

  @Test
  void offersRejectionsAndMissesCountForTheAgent() {
    deltas.offered(3, T0900);
    deltas.offerRejected(3, T0900);
    deltas.offered(3, T0900);
    deltas.offerMissed(3, T0900);

    AgentFigures figures = agent("09:00:00");
    assertThat(figures.getOffered()).isEqualTo(2);
    assertThat(figures.getRejected()).isEqualTo(1);
    assertThat(figures.getMissed()).isEqualTo(1);
  }

  @Test
  void intervalsBeforeTheEpochRoundDown() {
    assertThat(IntervalDeltas.intervalOf(Instant.ofEpochSecond(-1))).isEqualTo(-900);
  }
}
