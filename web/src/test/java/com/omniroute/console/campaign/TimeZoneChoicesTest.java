package com.omniroute.console.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeZoneChoicesTest {

  @Test
  void theJvmsZonesAreOfferedWithoutAliasesOrLegacyIdsButWithUtc() {
    assertThat(TimeZoneChoices.OFFERED)
        .contains("UTC", "Asia/Kolkata", "Europe/Madrid", "America/Sao_Paulo", "Europe/Bratislava")
        .doesNotContain("Asia/Calcutta", "America/Buenos_Aires", "Asia/Saigon", "Etc/UTC", "GMT")
        .noneMatch(id -> id.startsWith("SystemV/") || id.startsWith("US/"))
        .allMatch(id -> ZoneId.getAvailableZoneIds().contains(id));
    assertThat(ZoneId.getAvailableZoneIds()).hasSizeGreaterThan(TimeZoneChoices.OFFERED.size());
  }

  @Test
  void anAliasIsKeptWhenTheJvmLacksTheZoneItPointsTo() {
    Set<String> oldJvm = Set.of("Europe/Kiev", "Europe/Madrid", "Etc/GMT+3", "UTC");
    Map<String, String> aliases = Map.of("Europe/Kiev", "Europe/Kyiv");

    assertThat(TimeZoneChoices.offered(oldJvm, aliases))
        .containsExactly("Europe/Kiev", "Europe/Madrid", "UTC");
    assertThat(
            TimeZoneChoices.offered(
                Set.of("Europe/Kiev", "Europe/Kyiv", "Europe/Madrid", "UTC"), aliases))
        .containsExactly("Europe/Kyiv", "Europe/Madrid", "UTC");
  }

  @Test
  void everyAliasPointsToAZoneNotItselfAnAlias() {
    Map<String, String> aliases = TimeZoneChoices.aliases();
    assertThat(aliases).containsEntry("Asia/Calcutta", "Asia/Kolkata").hasSizeGreaterThan(50);
    assertThat(aliases.values()).doesNotContainAnyElementsOf(aliases.keySet());
  }
}
