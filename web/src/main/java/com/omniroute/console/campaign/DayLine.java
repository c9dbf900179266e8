package com.omniroute.console.campaign;

import com.omniroute.schedule.control.WeeklyPreview;
import java.util.List;
import java.util.Locale;

/**
 * One day of the campaign form's weekly preview: the day's name in the view's language, its open
 * hours as text, and the same hours as bars placed on a 24-hour scale. A class with getters, not a
 * record: Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class DayLine {

  private static final double MINUTES_PER_DAY = 24 * 60;

  /** One bar: where it starts and how long it is, in percent of the day, for a CSS style. */
  public static final class Bar {

    private final String style;

    Bar(WeeklyPreview.Opening opening) {
      style =
          String.format(
              Locale.ROOT,
              "left: %.3f%%; width: %.3f%%",
              opening.start() * 100 / MINUTES_PER_DAY,
              (opening.end() - opening.start()) * 100 / MINUTES_PER_DAY);
    }

    public String getStyle() {
      return style;
    }
  }

  private final String code;
  private final String name;
  private final String hours;
  private final List<Bar> bars;

  DayLine(String code, String name, String hours, List<WeeklyPreview.Opening> openings) {
    this.code = code;
    this.name = name;
    this.hours = hours;
    this.bars = openings.stream().map(Bar::new).toList();
  }

  /** The day as the schedule text names it ({@code fri}), for the page's markup. */
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getHours() {
    return hours;
  }

  public List<Bar> getBars() {
    return bars;
  }
}
