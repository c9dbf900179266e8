package com.omniroute.schedule.control;

import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A schedule text that cannot be accepted. The message is a sentence for the administrator who
 * typed the schedule: {@code Group 2, position 14: unknown day "tus"; days are mon tue wed thu fri
 * sat sun}. The group and position are also available separately so that a form can highlight the
 * spot, and the reason as a {@link #code()} and {@link #arguments()} so that the console can say it
 * in the user's language (its bundles' keys {@code schedule.error.<code>}); the message is English,
 * as the API answers it.
 */
public final class ScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The English patterns (MessageFormat) of every code. A {@link Month} argument is a month's name.
   */
  public static final Map<String, String> ENGLISH =
      Map.ofEntries(
          Map.entry("emptyGroup", "empty group"),
          Map.entry("missingDays", "missing days and \";\" before the time range"),
          Map.entry("expectedDayOrDate", "expected a day or a date, found {0}"),
          Map.entry("expectedDay", "expected a day after \",\""),
          Map.entry("expectedDayFound", "expected a day after \",\", found {0}"),
          Map.entry("duplicateDay", "duplicate day {0} in this group"),
          Map.entry("missingRangeAfterDays", "missing \";\" and time range after the days"),
          Map.entry("missingSemicolonAfterDays", "missing \";\" between days and times"),
          Map.entry("missingComma", "missing \",\" between days"),
          Map.entry("expectedCommaOrSemicolon", "expected \",\" or \";\" after a day, found {0}"),
          Map.entry(
              "closedOnlyForDates",
              "\"closed\" is only for dated exceptions; leave the day out of the schedule to close"
                  + " it"),
          Map.entry("unknownDay", "unknown day {0}; days are {1}"),
          Map.entry("yearDigits", "year must be four digits, found {0}"),
          Map.entry("monthDigits", "month must be two digits, found {0}"),
          Map.entry("dayDigits", "day must be two digits, found {0}"),
          Map.entry("monthRange", "month {0} is out of range; months are 01 to 12"),
          Map.entry("invalidDate", "invalid date {0}: {1} {2} has {3} days"),
          Map.entry("duplicateDate", "duplicate date {0}; group {1} already sets it"),
          Map.entry(
              "missingHoursAfterDate", "missing \";\" and hours or \"closed\" after the date"),
          Map.entry("missingSemicolonAfterDate", "missing \";\" between date and hours"),
          Map.entry(
              "expectedHoursOrClosed", "expected hours or \"closed\" after the date, found {0}"),
          Map.entry("expectedAmpersandAfterClosed", "expected \"&\" after \"closed\", found {0}"),
          Map.entry("dateFormat", "date must be yyyy-mm-dd"),
          Map.entry("dateFormatFound", "date must be yyyy-mm-dd, found {0}"),
          Map.entry("missingRange", "missing time range after \";\""),
          Map.entry("missingDashAndEnd", "missing \"-\" and end time"),
          Map.entry("missingDash", "missing \"-\" between start and end time"),
          Map.entry(
              "emptyRange",
              "end {0} equals start {1}; a range cannot be empty or last a whole day"),
          Map.entry("overlap", "range {0} overlaps {1}"),
          Map.entry(
              "expectedCommaOrAmpersand", "expected \",\" or \"&\" after a time range, found {0}"),
          Map.entry("expectedRange", "expected a time range after \",\""),
          Map.entry("missing.start", "missing start time"),
          Map.entry("missing.end", "missing end time"),
          Map.entry("expected.start", "expected start time hh:mm, found {0}"),
          Map.entry("expected.end", "expected end time hh:mm, found {0}"),
          Map.entry("hourDigits", "hour must be two digits, found {0}"),
          Map.entry("missingColon", "missing \":\" between hour and minute"),
          Map.entry("missingMinute", "missing minute after \":\""),
          Map.entry("expectedMinute", "expected minute after \":\", found {0}"),
          Map.entry("minuteDigits", "minute must be two digits, found {0}"),
          Map.entry("hourRange", "hour {0} is out of range; hours are 00 to 23"),
          Map.entry(
              "midnightEndsOnly", "24:00 can only end a range (midnight at the end of the day)"),
          Map.entry("minuteRange", "minute {0} is out of range; minutes are 00 to 59"),
          Map.entry("unexpectedCharacter", "unexpected character \"{0}\""));

  private final int group;
  private final int position;
  private final String code;
  private final String reason;
  private final transient List<Object> arguments;

  /**
   * @param group the 1-based number of the {@code &}-separated group, 0 if none applies
   * @param position the 0-based character offset into the text as given (not stripped)
   * @param code what is wrong, one of {@link #ENGLISH}'s codes
   * @param arguments the code's arguments
   */
  public ScheduleException(int group, int position, String code, Object... arguments) {
    super(location(group, position) + english(code, arguments));
    this.group = group;
    this.position = position;
    this.code = code;
    this.reason = english(code, arguments);
    this.arguments = List.of(arguments);
  }

  private static String location(int group, int position) {
    return group > 0
        ? "Group " + group + ", position " + position + ": "
        : "Position " + position + ": ";
  }

  private static String english(String code, Object[] arguments) {
    Object[] english = arguments.clone();
    for (int i = 0; i < english.length; i++) {
      if (english[i] instanceof Month month) {
        english[i] = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      }
    }
    return new MessageFormat(ENGLISH.get(code), Locale.ROOT).format(english);
  }

  /** The 1-based number of the group that is wrong, 0 if the error is not inside one group. */
  public int group() {
    return group;
  }

  /** The 0-based character offset into the original text where the problem was found. */
  public int position() {
    return position;
  }

  /** What is wrong, without the "Group g, position p: " prefix of {@link #getMessage()}. */
  public String reason() {
    return reason;
  }

  /** What is wrong, as a code of {@link #ENGLISH}. */
  public String code() {
    return code;
  }

  /** The code's arguments: texts and numbers, and {@link Month}s. */
  public List<Object> arguments() {
    return arguments;
  }
}
