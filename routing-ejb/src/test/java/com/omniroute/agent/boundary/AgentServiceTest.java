package com.omniroute.agent.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentServiceTest {

  @Test
  void aFilterPartMatchesAnywhereInEitherCase() {
    assertThat(AgentService.containing("  Ana ")).isEqualTo("%ana%");
    assertThat(AgentService.containing(null)).isEqualTo("%");
    assertThat(AgentService.containing(" ")).isEqualTo("%");
  }

  @Test
  void typedWildcardsMatchOnlyThemselves() {
    assertThat(AgentService.containing("ana_b")).isEqualTo("%ana!_b%");
    assertThat(AgentService.containing("100%")).isEqualTo("%100!%%");
    assertThat(AgentService.containing("wow!")).isEqualTo("%wow!!%");
  }
}
