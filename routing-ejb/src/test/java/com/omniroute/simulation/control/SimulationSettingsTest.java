package com.omniroute.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the simulator's settings: each broken one names its field and says the rule. */
class SimulationSettingsTest {

  private static ValidatorFactory factory;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /**
   * Each broken rule as "field: rule", the field as its property path says it, once (NaN breaks
   * both bounds of a rate with the same sentence).
   */
  private static List<String> broken(SimulationSettings settings) {
    return factory.getValidator().validate(settings).stream()
        .map(SimulationSettingsTest::text)
        .distinct()
        .sorted()
        .toList();
  }

  private static String text(ConstraintViolation<SimulationSettings> v) {
    return v.getPropertyPath().toString() + ": " + v.getMessage();
  }

  @Test
  void reasonableSettingsBreakNoRule() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, 6.0, 2L, 0.0), Map.of("VOICE", 180.0, "CHAT", 2.5));

    assertThat(broken(settings)).isEmpty();
  }

  @Test
  void aNegativeOrHugeRateIsRefusedOnItsCampaign() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, -1.0, 2L, 1e9, 3L, 5.0, 4L, Double.NaN), Map.of());

    assertThat(broken(settings))
        .containsExactly(
            "arrivalsPerMinute[1].<map value>: must be between 0 and 60000 interactions per minute",
            "arrivalsPerMinute[2].<map value>: must be between 0 and 60000 interactions per minute",
            "arrivalsPerMinute[4].<map value>: must be between 0 and 60000 interactions per minute");
  }

  @Test
  void aMissingRateIsRefusedToo() {
    Map<Long, Double> rates = new HashMap<>();
    rates.put(4L, null);
    rates.put(5L, 1.0);

    assertThat(broken(new SimulationSettings(rates, Map.of())))
        .containsExactly(
            "arrivalsPerMinute[4].<map value>: must be between 0 and 60000 interactions per minute");
  }

  @Test
  void noCampaignOrOnlyZeroRatesWouldSimulateNothing() {
    assertThat(broken(new SimulationSettings(Map.of(), Map.of())))
        .containsExactly("arrivalsPerMinute: choose at least one campaign");
    assertThat(broken(new SimulationSettings(Map.of(1L, 0.0), Map.of())))
        .containsExactly("someRateAboveZero: at least one rate must be above 0");
  }

  @Test
  void handlingTimesMustBePositiveAndBounded() {
    SimulationSettings settings =
        new SimulationSettings(Map.of(1L, 1.0), Map.of("CHAT", 0.0, "EMAIL", 1e6, "SMS", 0.5));

    assertThat(broken(settings))
        .containsExactly(
            "meanHandlingSeconds[CHAT].<map value>: must be above 0 and at most 28800 seconds",
            "meanHandlingSeconds[EMAIL].<map value>: must be above 0 and at most 28800 seconds");
  }

  @Test
  void aMediaTypeWithoutAMeanUsesTheDefault() {
    SimulationSettings settings = new SimulationSettings(Map.of(1L, 1.0), Map.of("CHAT", 30.0));

    assertThat(settings.meanHandlingSeconds("CHAT")).isEqualTo(30.0);
    assertThat(settings.meanHandlingSeconds("VOICE"))
        .isEqualTo(SimulationSettings.DEFAULT_HANDLING_SECONDS);
  }
}
