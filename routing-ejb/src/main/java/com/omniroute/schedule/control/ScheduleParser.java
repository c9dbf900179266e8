package com.omniroute.schedule.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads schedule text into a {@link Schedule}. The text is split on {@code &} into groups, each
 * group into tokens (words, digit runs and the symbols {@code , ; : -}) so that white space between
 * tokens never matters, and then each group is read by recursive descent. The first problem found
 * ends the parse: administrators fix one thing at a time, and a second message after a first error
 * is usually a consequence of it.
 */
final class ScheduleParser {

  static final String DAY_NAMES = "mon tue wed thu fri sat sun";

  private static final String CLOSED = "closed";

  private final String text;
  private final List<Schedule.WeeklyGroup> weekly = new ArrayList<>();
  private final Map<LocalDate, List<DailyRange>> exceptions = new TreeMap<>();
  private final Map<LocalDate, Integer> exceptionGroups = new TreeMap<>();

  private int group;
  private List<Token> tokens;
  private int next;
  private int groupEnd;

  private ScheduleParser(String text) {
    this.text = text;
  }

  static Schedule parse(String text) {
    if (text == null || text.isBlank()) {
      return Schedule.ALWAYS_OPEN;
    }
    return new ScheduleParser(text).schedule();
  }

  private Schedule schedule() {
    int from = 0;
    while (true) {
      group++;
      int amp = text.indexOf('&', from);
      int to = amp < 0 ? text.length() : amp;
      readGroup(from, to);
      if (amp < 0) {
        return new Schedule(weekly, exceptions);
      }
      from = amp + 1;
    }
  }

  private void readGroup(int from, int to) {
    tokens = tokenize(from, to);
    next = 0;
    groupEnd = to;
    if (tokens.isEmpty()) {
      throw error(from, "empty group");
    }
    Token first = tokens.get(0);
    if (first.kind == Kind.WORD) {
      weeklyGroup();
    } else if (first.kind == Kind.NUMBER) {
      if (tokens.size() > 1 && tokens.get(1).is(':')) {
        throw error(first.position, "missing days and \";\" before the time range");
      }
      datedGroup();
    } else {
      throw error(first.position, "expected a day or a date, found " + first.quoted());
    }
  }

  private void weeklyGroup() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    while (true) {
      Token word = take();
      if (word == null) {
        throw error(endPosition(), "expected a day after \",\"");
      }
      if (word.kind != Kind.WORD) {
        throw error(word.position, "expected a day after \",\", found " + word.quoted());
      }
      DayOfWeek day = day(word);
      if (!days.add(day)) {
        throw error(word.position, "duplicate day " + word.quotedLower() + " in this group");
      }
      Token separator = take();
      if (separator == null) {
        throw error(endPosition(), "missing \";\" and time range after the days");
      }
      if (separator.is(',')) {
        continue;
      }
      if (separator.is(';')) {
        break;
      }
      if (separator.kind == Kind.NUMBER) {
        throw error(separator.position, "missing \";\" between days and times");
      }
      if (separator.kind == Kind.WORD) {
        throw error(separator.position, "missing \",\" between days");
      }
      throw error(
          separator.position, "expected \",\" or \";\" after a day, found " + separator.quoted());
    }
    Token after = peek();
    if (after != null && after.kind == Kind.WORD && after.text.equalsIgnoreCase(CLOSED)) {
      throw error(
          after.position,
          "\"closed\" is only for dated exceptions; leave the day out of the schedule to close it");
    }
    weekly.add(new Schedule.WeeklyGroup(days, ranges()));
  }

  /** Day names are read case-insensitively: "Mon" is what people type after a full stop. */
  private DayOfWeek day(Token word) {
    String name = word.text.toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (dayName(day).equals(name)) {
        return day;
      }
    }
    throw error(word.position, "unknown day " + word.quoted() + "; days are " + DAY_NAMES);
  }

  static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private void datedGroup() {
    Token yearToken = take();
    int year = digits(yearToken, 4, "year must be four digits");
    expectDateDash();
    Token monthToken = take();
    if (monthToken == null || monthToken.kind != Kind.NUMBER) {
      throw dateFormat(monthToken);
    }
    int month = digits(monthToken, 2, "month must be two digits");
    expectDateDash();
    Token dayToken = take();
    if (dayToken == null || dayToken.kind != Kind.NUMBER) {
      throw dateFormat(dayToken);
    }
    int dayOfMonth = digits(dayToken, 2, "day must be two digits");
    String written = yearToken.text + "-" + monthToken.text + "-" + dayToken.text;
    if (month < 1 || month > 12) {
      throw error(
          monthToken.position,
          "month " + monthToken.text + " is out of range; months are 01 to 12");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth()) {
      throw error(
          yearToken.position,
          "invalid date "
              + written
              + ": "
              + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has "
              + yearMonth.lengthOfMonth()
              + " days");
    }
    LocalDate date = yearMonth.atDay(dayOfMonth);
    Integer earlier = exceptionGroups.get(date);
    if (earlier != null) {
      throw error(
          yearToken.position, "duplicate date " + date + "; group " + earlier + " already sets it");
    }
    Token separator = take();
    if (separator == null) {
      throw error(endPosition(), "missing \";\" and hours or \"closed\" after the date");
    }
    if (!separator.is(';')) {
      throw error(separator.position, "missing \";\" between date and hours");
    }
    Token hours = peek();
    List<DailyRange> ranges;
    if (hours != null && hours.kind == Kind.WORD) {
      if (!hours.text.equalsIgnoreCase(CLOSED)) {
        throw error(
            hours.position, "expected hours or \"closed\" after the date, found " + hours.quoted());
      }
      take();
      Token extra = take();
      if (extra != null) {
        throw error(extra.position, "expected \"&\" after \"closed\", found " + extra.quoted());
      }
      ranges = List.of();
    } else {
      ranges = ranges();
    }
    exceptions.put(date, ranges);
    exceptionGroups.put(date, group);
  }

  private void expectDateDash() {
    Token dash = take();
    if (dash == null || !dash.is('-')) {
      throw dateFormat(dash);
    }
  }

  private ScheduleException dateFormat(Token found) {
    return found == null
        ? error(endPosition(), "date must be yyyy-mm-dd")
        : error(found.position, "date must be yyyy-mm-dd, found " + found.quoted());
  }

  private int digits(Token number, int count, String rule) {
    if (number.text.length() != count) {
      throw error(number.position, rule + ", found " + number.quoted());
    }
    return Integer.parseInt(number.text);
  }

  private List<DailyRange> ranges() {
    if (peek() == null) {
      throw error(endPosition(), "missing time range after \";\"");
    }
    List<DailyRange> ranges = new ArrayList<>();
    while (true) {
      int position = peek() == null ? endPosition() : peek().position;
      int start = time("start");
      Token dash = take();
      if (dash == null) {
        throw error(endPosition(), "missing \"-\" and end time");
      }
      if (!dash.is('-')) {
        throw error(dash.position, "missing \"-\" between start and end time");
      }
      int end = time("end");
      if (start == end) {
        throw error(
            position,
            "end "
                + DailyRange.time(end)
                + " equals start "
                + DailyRange.time(start)
                + "; a range cannot be empty or last a whole day");
      }
      DailyRange range = new DailyRange(start, end);
      for (DailyRange earlier : ranges) {
        if (earlier.overlaps(range)) {
          throw error(position, "range " + range.text() + " overlaps " + earlier.text());
        }
      }
      ranges.add(range);
      Token separator = take();
      if (separator == null) {
        return ranges;
      }
      if (!separator.is(',')) {
        throw error(
            separator.position,
            "expected \",\" or \"&\" after a time range, found " + separator.quoted());
      }
      if (peek() == null) {
        throw error(endPosition(), "expected a time range after \",\"");
      }
    }
  }

  /**
   * Reads {@code hh:mm} and answers the minute of the day; an end may also be {@code 24:00}, the
   * midnight that ends the day ({@link DailyRange#MINUTES_PER_DAY}).
   */
  private int time(String which) {
    Token hour = take();
    if (hour == null) {
      throw error(endPosition(), "missing " + which + " time");
    }
    if (hour.kind != Kind.NUMBER) {
      throw error(hour.position, "expected " + which + " time hh:mm, found " + hour.quoted());
    }
    int h = digits(hour, 2, "hour must be two digits");
    Token colon = take();
    if (colon == null) {
      throw error(endPosition(), "missing \":\" between hour and minute");
    }
    if (!colon.is(':')) {
      throw error(colon.position, "missing \":\" between hour and minute");
    }
    Token minute = take();
    if (minute == null) {
      throw error(endPosition(), "missing minute after \":\"");
    }
    if (minute.kind != Kind.NUMBER) {
      throw error(minute.position, "expected minute after \":\", found " + minute.quoted());
    }
    int m = digits(minute, 2, "minute must be two digits");
    if (h == 24 && m == 0 && which.equals("end")) {
      // Midnight at the end of the day, as the weekly preview writes it: 09:00-24:00, 00:00-24:00.
      return DailyRange.MINUTES_PER_DAY;
    }
    if (h == 24) {
      throw error(hour.position, "24:00 can only end a range (midnight at the end of the day)");
    }
    if (h > 23) {
      throw error(hour.position, "hour " + hour.text + " is out of range; hours are 00 to 23");
    }
    if (m > 59) {
      throw error(
          minute.position, "minute " + minute.text + " is out of range; minutes are 00 to 59");
    }
    return h * 60 + m;
  }

  private Token peek() {
    return next < tokens.size() ? tokens.get(next) : null;
  }

  private Token take() {
    Token token = peek();
    if (token != null) {
      next++;
    }
    return token;
  }

  /** Just after the last token of the group: where something is missing. */
  private int endPosition() {
    if (tokens.isEmpty()) {
      return groupEnd;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.position + last.text.length();
  }

  private ScheduleException error(int position, String reason) {
    return new ScheduleException(group, position, reason);
  }

  private List<Token> tokenize(int from, int to) {
    List<Token> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
        found.add(new Token(Kind.WORD, text.substring(start, i), start));
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        found.add(new Token(Kind.NUMBER, text.substring(start, i), start));
      } else if (",;:-".indexOf(c) >= 0) {
        found.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
        i++;
      } else {
        throw error(i, "unexpected character \"" + c + "\"");
      }
    }
    return found;
  }

  private enum Kind {
    WORD,
    NUMBER,
    SYMBOL
  }

  private record Token(Kind kind, String text, int position) {

    boolean is(char symbol) {
      return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    String quoted() {
      return "\"" + text + "\"";
    }

    String quotedLower() {
      return "\"" + text.toLowerCase(Locale.ROOT) + "\"";
    }
  }
}
