package com.omniroute.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.simulation.control.SimulationSettings.Problem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the simulator's settings: each broken one names its field. */
class SimulationSettingsTest {

  @Test
  void reasonableSettingsBreakNoRule() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, 6.0, 2L, 0.0), Map.of("VOICE", 180.0, "CHAT", 2.5));

    assertThat(settings.problems()).isEmpty();
  }

  @Test
  void aNegativeOrHugeRateIsRefusedOnItsCampaign() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, -1.0, 2L, 1e9, 3L, 5.0), Map.of());

    assertThat(settings.problems())
        .containsExactly(
            new Problem(
                "arrivalsPerMinute[1]", "must be between 0 and 60000 interactions per minute"),
            new Problem(
                "arrivalsPerMinute[2]", "must be between 0 and 60000 interactions per minute"));
  }

  @Test
  void aMissingRateIsRefusedToo() {
    Map<Long, Double> rates = new HashMap<>();
    rates.put(4L, null);
    rates.put(5L, 1.0);

    assertThat(new SimulationSettings(rates, Map.of()).problems())
        .extracting(Problem::field)
        .containsExactly("arrivalsPerMinute[4]");
  }

  @Test
  void noCampaignOrOnlyZeroRatesWouldSimulateNothing() {
    assertThat(new SimulationSettings(Map.of(), Map.of()).problems())
        .containsExactly(new Problem("campaigns", "choose at least one campaign"));
    assertThat(new SimulationSettings(Map.of(1L, 0.0), Map.of()).problems())
        .containsExactly(new Problem("arrivalsPerMinute", "at least one rate must be above 0"));
  }

  @Test
  void handlingTimesMustBePositiveAndBounded() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, 1.0), Map.of("CHAT", 0.0, "EMAIL", 1e6, "SMS", 0.5));

    assertThat(settings.problems())
        .containsExactly(
            new Problem("meanHandlingSeconds[CHAT]", "must be above 0 and at most 28800 seconds"),
            new Problem("meanHandlingSeconds[EMAIL]", "must be above 0 and at most 28800 seconds"));
  }

  @Test
  void aMediaTypeWithoutAMeanUsesTheDefault() {
    SimulationSettings settings = new SimulationSettings(Map.of(1L, 1.0), Map.of("CHAT", 30.0));

    assertThat(settings.meanHandlingSeconds("CHAT")).isEqualTo(30.0);
    assertThat(settings.meanHandlingSeconds("VOICE"))
        .isEqualTo(SimulationSettings.DEFAULT_HANDLING_SECONDS);
  }
}
