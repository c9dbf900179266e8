package com.omniroute.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.demo.control.DemoPlan.PlannedAgent;
import com.omniroute.demo.control.DemoPlan.PlannedCampaign;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's data: every channel, 50 agents spread with penalties, the password's source. */
class DemoPlanTest {

  @Test
  void everyChannelHasACampaignAndMostAreAlwaysOpen() {
    assertThat(DemoPlan.campaigns())
        .extracting(PlannedCampaign::mediaType)
        .containsAll(Set.of("VOICE", "CHAT", "EMAIL", "SMS", "WHATSAPP", "MESSENGER"));
    assertThat(DemoPlan.campaigns()).filteredOn(c -> c.schedule().isEmpty()).hasSizeGreaterThan(5);
    assertThat(DemoPlan.campaigns())
        .filteredOn(c -> !c.schedule().isEmpty())
        .extracting(PlannedCampaign::timeZone)
        .containsExactly("Europe/Madrid");
    assertThat(DemoPlan.campaigns()).extracting(PlannedCampaign::group).contains(0, 1);
  }

  @Test
  void fiftyAgentsAreMembersOfTheirOwnGroupsCampaignsWithPenaltiesSpread() {
    Map<String, Integer> groupOf =
        DemoPlan.campaigns().stream()
            .collect(Collectors.toMap(PlannedCampaign::name, PlannedCampaign::group));

    assertThat(DemoPlan.agents()).hasSize(50);
    assertThat(DemoPlan.agents()).extracting(PlannedAgent::login).doesNotHaveDuplicates();
    assertThat(DemoPlan.agents()).extracting(PlannedAgent::name).doesNotHaveDuplicates();
    assertThat(DemoPlan.agents())
        .allSatisfy(
            agent -> {
              assertThat(agent.penalties()).isNotEmpty();
              assertThat(agent.penalties().keySet())
                  .allMatch(campaign -> groupOf.get(campaign) == agent.group());
            });
    assertThat(
            DemoPlan.agents().stream()
                .flatMap(a -> a.penalties().values().stream())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(
            DemoPlan.agents().stream()
                .flatMap(a -> a.penalties().keySet().stream())
                .collect(Collectors.toSet()))
        .hasSameSizeAs(DemoPlan.campaigns());
  }

  @Test
  void thePasswordComesFromTheEnvironmentThenThePropertyThenTheDefault() {
    assertThat(DemoPlan.password(Map.of(DemoPlan.PASSWORD_ENV, "from-env")::get, p -> "prop"))
        .isEqualTo("from-env");
    assertThat(DemoPlan.password(k -> " ", Map.of(DemoPlan.PASSWORD_PROPERTY, "prop")::get))
        .isEqualTo("prop");
    assertThat(DemoPlan.password(k -> null, k -> null)).isEqualTo(DemoPlan.DEFAULT_PASSWORD);
  }
}
