package com.omniroute.simulation.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a supervisor asks the simulator to do. Its rules are Bean Validation constraints, checked by
 * the simulator's boundary before a run starts; each broken one names its field ({@code
 * arrivalsPerMinute} or {@code meanHandlingSeconds}, with the campaign id or media type code of a
 * refused entry, or {@code someRateAboveZero}) and says the rule.
 *
 * @param arrivalsPerMinute the mean arrival rate of each chosen campaign, by campaign id
 * @param meanHandlingSeconds the mean handling time of each media type, by media type code; a media
 *     type without one uses {@link #DEFAULT_HANDLING_SECONDS}
 */
public record SimulationSettings(
    @NotEmpty(message = CHOOSE_A_CAMPAIGN)
        Map<
                Long,
                @NotNull(message = RATE_RULE) @DecimalMin(value = "0", message = RATE_RULE)
                @DecimalMax(value = MAX_ARRIVALS_PER_MINUTE, message = RATE_RULE) Double>
            arrivalsPerMinute,
    Map<
            String,
            @NotNull(message = HANDLING_RULE)
            @DecimalMin(value = "0", inclusive = false, message = HANDLING_RULE)
            @DecimalMax(value = MAX_HANDLING_SECONDS, message = HANDLING_RULE) Double>
        meanHandlingSeconds)
    implements Serializable {

  /** Far above what one engine pushes through (see docs/performance.md), low enough to be sane. */
  public static final String MAX_ARRIVALS_PER_MINUTE = "60000";

  /** Eight hours: nothing a contact centre handles takes longer. */
  public static final String MAX_HANDLING_SECONDS = "28800";

  public static final double DEFAULT_HANDLING_SECONDS = 180;

  static final String CHOOSE_A_CAMPAIGN = "choose at least one campaign";
  static final String RATE_RULE =
      "must be between 0 and " + MAX_ARRIVALS_PER_MINUTE + " interactions per minute";
  static final String HANDLING_RULE =
      "must be above 0 and at most " + MAX_HANDLING_SECONDS + " seconds";
  static final String SOME_RATE_RULE = "at least one rate must be above 0";

  public SimulationSettings {
    arrivalsPerMinute = arrivalsPerMinute == null ? Map.of() : new TreeMap<>(arrivalsPerMinute);
    meanHandlingSeconds =
        meanHandlingSeconds == null ? Map.of() : new TreeMap<>(meanHandlingSeconds);
  }

  /**
   * Whether some chosen campaign gets arrivals: rates that are all 0 would simulate nothing. No
   * campaign at all, or a missing rate, is refused by the rules of the rates instead.
   */
  @AssertTrue(message = SOME_RATE_RULE)
  public boolean isSomeRateAboveZero() {
    return arrivalsPerMinute.isEmpty()
        || !arrivalsPerMinute.values().stream().allMatch(rate -> rate != null && rate == 0);
  }

  /** The longest a simulated agent may take over one interaction under these settings. */
  public Duration longestHandling() {
    double longestMean =
        meanHandlingSeconds.values().stream()
            .filter(mean -> mean != null)
            .reduce(DEFAULT_HANDLING_SECONDS, Math::max);
    return Duration.ofMillis(Math.round(longestMean * HandlingTime.MAX_FACTOR * 1000));
  }

  public double meanHandlingSeconds(String mediaType) {
    return meanHandlingSeconds.getOrDefault(mediaType, DEFAULT_HANDLING_SECONDS);
  }
}
