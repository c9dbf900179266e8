package com.omniroute.simulation.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a supervisor asks the simulator to do.
 *
 * @param arrivalsPerMinute the mean arrival rate of each chosen campaign, by campaign id
 * @param meanHandlingSeconds the mean handling time of each media type, by media type code; a media
 *     type without one uses {@link #DEFAULT_HANDLING_SECONDS}
 */
public record SimulationSettings(
    Map<Long, Double> arrivalsPerMinute, Map<String, Double> meanHandlingSeconds)
    implements Serializable {

  /** Far above what one engine pushes through (see docs/performance.md), low enough to be sane. */
  public static final double MAX_ARRIVALS_PER_MINUTE = 60_000;

  /** Eight hours: nothing a contact centre handles takes longer. */
  public static final double MAX_HANDLING_SECONDS = 8 * 3600;

  public static final double DEFAULT_HANDLING_SECONDS = 180;

  public SimulationSettings {
    arrivalsPerMinute = arrivalsPerMinute == null ? Map.of() : new TreeMap<>(arrivalsPerMinute);
    meanHandlingSeconds =
        meanHandlingSeconds == null ? Map.of() : new TreeMap<>(meanHandlingSeconds);
  }

  /** One broken rule: the field as the service names it, and the rule in words. */
  public record Problem(String field, String rule) implements Serializable {}

  /**
   * The rules these settings break, in a stable order (campaigns by id, then media types by code);
   * empty when they can be run.
   */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (arrivalsPerMinute.isEmpty()) {
      problems.add(new Problem("campaigns", "choose at least one campaign"));
    }
    arrivalsPerMinute.forEach(
        (campaign, rate) -> {
          if (rate == null || !(rate >= 0 && rate <= MAX_ARRIVALS_PER_MINUTE)) {
            problems.add(
                new Problem(
                    rateField(campaign),
                    "must be between 0 and "
                        + (long) MAX_ARRIVALS_PER_MINUTE
                        + " interactions per minute"));
          }
        });
    if (!arrivalsPerMinute.isEmpty()
        && arrivalsPerMinute.values().stream().allMatch(rate -> rate != null && rate == 0)) {
      problems.add(new Problem("arrivalsPerMinute", "at least one rate must be above 0"));
    }
    meanHandlingSeconds.forEach(
        (media, mean) -> {
          if (mean == null || !(mean > 0 && mean <= MAX_HANDLING_SECONDS)) {
            problems.add(
                new Problem(
                    handlingField(media),
                    "must be above 0 and at most " + (long) MAX_HANDLING_SECONDS + " seconds"));
          }
        });
    return List.copyOf(problems);
  }

  public static String rateField(long campaignId) {
    return "arrivalsPerMinute[" + campaignId + "]";
  }

  public static String handlingField(String mediaType) {
    return "meanHandlingSeconds[" + mediaType + "]";
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
