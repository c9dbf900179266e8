package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Why a waiting interaction is still waiting, in words an administrator understands. */
class ExplanationsTest {

  final Fixture f = new Fixture();

  @Test
  void saysWhichMembersCouldNotTakeItAndWhy() {
    f.campaign(1, "Support", "EMAIL");
    f.campaign(2, "Chat", "CHAT");
    for (long agent = 10; agent <= 11; agent++) {
      f.agent(agent, "Agent " + agent);
      f.member(2, agent, 0);
      f.member(1, agent, 0);
      f.arriveAndTake(100 + agent, 2, agent);
    }
    f.agent(12, "Carla", LiveAgentState.NOT_READY);
    f.member(1, 12, 0);
    f.arrive(200, 1);

    assertThat(f.core.whyWaiting(200))
        .isEqualTo(
            "no READY member of Support with 100 spare for EMAIL; 2 members busy, 1 NOT_READY");

    f.arrive(201, 1);
    assertThat(f.core.whyWaiting(201)).endsWith("; 1 waiting ahead of it");
  }

  @Test
  void saysWhenACampaignHasNoMembers() {
    f.campaign(1, "Support", "EMAIL");
    f.arrive(200, 1);

    assertThat(f.core.whyWaiting(200)).isEqualTo("Support has no members");
  }

  @Test
  void saysWhoHoldsAnInteractionThatIsNoLongerWaiting() {
    f.campaign(1, "Support", "EMAIL");
    f.agent(10, "Anna");
    f.member(1, 10, 0);
    f.arrive(200, 1);

    assertThat(f.core.whyWaiting(200))
        .startsWith("not waiting: OFFERED with Anna (Anna (agent 10): penalty 0, spare 100");
  }

  @Test
  void positionIsThePlaceInRoutingOrderWhileWaiting() {
    f.campaign(1, "Support", "EMAIL");
    f.campaign(2, "Sales", "EMAIL");
    f.core.arrive(200, 1, 0);
    f.clock.advanceSeconds(1);
    f.core.arrive(201, 1, 0);
    f.core.arrive(202, 2, 0);
    f.core.arrive(203, 1, 5);

    assertThat(f.core.position(203)).as("higher priority first").hasValue(1);
    assertThat(f.core.position(200)).hasValue(2);
    assertThat(f.core.position(201)).hasValue(3);
    assertThat(f.core.position(202)).as("each campaign counts its own queue").hasValue(1);
    assertThat(f.core.whyWaiting(201)).endsWith("; 2 waiting ahead of it");

    f.core.abandon(203);
    assertThat(f.core.position(200)).hasValue(1);
    assertThat(f.core.position(201)).hasValue(2);
  }

  @Test
  void positionIsEmptyUnlessWaiting() {
    f.campaign(1, "Support", "EMAIL");
    f.agent(10, "Anna");
    f.member(1, 10, 0);
    f.arrive(200, 1);
    f.arrive(201, 1);

    assertThat(f.core.position(200)).as("offered").isEmpty();
    assertThat(f.core.position(201)).hasValue(1);
    assertThat(f.core.position(999)).as("not live").isEmpty();

    f.core.agentStateChanged(10, LiveAgentState.NOT_READY);
    f.core.reject(200, 10);
    assertThat(f.core.position(200))
        .as("a rejected offer goes back to its place, ahead of the later arrival")
        .hasValue(1);
  }
}
