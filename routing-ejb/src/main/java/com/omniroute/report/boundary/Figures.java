package com.omniroute.report.boundary;

/** How the reports round: seconds and percentages to one decimal. */
final class Figures {

  private Figures() {}

  static double seconds(double millis) {
    return Math.round(millis / 100.0) / 10.0;
  }

  static double percent(long part, long whole) {
    return Math.round(1000.0 * part / whole) / 10.0;
  }
}
