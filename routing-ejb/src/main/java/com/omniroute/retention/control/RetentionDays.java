package com.omniroute.retention.control;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How many days an ended interaction is kept: the system property {@value #PROPERTY}, else the
 * environment variable {@value #ENVIRONMENT}, else {@value #DEFAULT_DAYS}. A value that is not a
 * whole number of days between {@value #MIN_DAYS} and {@value #MAX_DAYS} is refused with a sentence
 * saying why: nothing is purged on a setting nobody meant.
 */
public record RetentionDays(int days, String source) {

  public static final String PROPERTY = "omniroute.retention.days";
  public static final String ENVIRONMENT = "ROUTING_RETENTION_DAYS";
  public static final int DEFAULT_DAYS = 400;

  /** A day's interactions are kept at least a day: the reports of today are built from them. */
  public static final int MIN_DAYS = 1;

  /** About a hundred years: beyond that, keeping everything is what was meant. */
  public static final int MAX_DAYS = 36_500;

  /**
   * The setting from system properties and environment.
   *
   * @return the days, or empty with the problem in {@code problem}
   */
  public static Result read(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String property = properties.apply(PROPERTY);
    if (property != null && !property.isBlank()) {
      return parse(property, "system property " + PROPERTY);
    }
    String variable = environment.apply(ENVIRONMENT);
    if (variable != null && !variable.isBlank()) {
      return parse(variable, "environment variable " + ENVIRONMENT);
    }
    return new Result(Optional.of(new RetentionDays(DEFAULT_DAYS, "default")), null);
  }

  /** The setting as the application reads it. */
  public static Result fromSystem() {
    return read(System::getProperty, System::getenv);
  }

  /** Either the days, or the sentence that says why the setting was refused. */
  public record Result(Optional<RetentionDays> days, String problem) {}

  private static Result parse(String text, String source) {
    try {
      int days = Integer.parseInt(text.strip());
      if (days >= MIN_DAYS && days <= MAX_DAYS) {
        return new Result(Optional.of(new RetentionDays(days, source)), null);
      }
    } catch (NumberFormatException e) {
      // Refused below, with the same words as a number out of range.
    }
    return new Result(
        Optional.empty(),
        "The "
            + source
            + " is '"
            + text
            + "'; it must be a whole number of days from "
            + MIN_DAYS
            + " to "
            + MAX_DAYS);
  }
}
