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
      throw error(from, "emptyGroup");
    }
    Token first = tokens.get(0);
    if (first.kind == Kind.WORD) {
      weeklyGroup();
    } else if (first.kind == Kind.NUMBER) {
      if (tokens.size() > 1 && tokens.get(1).is(':')) {
        throw error(first.position, "missingDays");
      }
      datedGroup();
    } else {
      throw error(first.position, "expectedDayOrDate", first.quoted());
    }
  }

  private void weeklyGroup() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    while (true) {
      Token word = take();
      if (word == null) {
        throw error(endPosition(), "expectedDay");
      }
      if (word.kind != Kind.WORD) {
        throw error(word.position, "expectedDayFound", word.quoted());
      }
      DayOfWeek day = day(word);
      if (!days.add(day)) {
        throw error(word.position, "duplicateDay", word.quotedLower());
      }
      Token separator = take();
      if (separator == null) {
        throw error(endPosition(), "missingRangeAfterDays");
      }
      if (separator.is(',')) {
        continue;
      }
      if (separator.is(';')) {
        break;
      }
      if (separator.kind == Kind.NUMBER) {
        throw error(separator.position, "missingSemicolonAfterDays");
      }
      if (separator.kind == Kind.WORD) {
        throw error(separator.position, "missingComma");
      }
      throw error(separator.position, "expectedCommaOrSemicolon", separator.quoted());
    }
    Token after = peek();
    if (after != null && after.kind == Kind.WORD && after.text.equalsIgnoreCase(CLOSED)) {
      throw error(after.position, "closedOnlyForDates");
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
    throw error(word.position, "unknownDay", word.quoted(), DAY_NAMES);
  }

  static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private void datedGroup() {
    Token yearToken = take();
    int year = digits(yearToken, 4, "yearDigits");
    expectDateDash();
    Token monthToken = take();
    if (monthToken == null || monthToken.kind != Kind.NUMBER) {
      throw dateFormat(monthToken);
    }
    int month = digits(monthToken, 2, "monthDigits");
    expectDateDash();
    Token dayToken = take();
    if (dayToken == null || dayToken.kind != Kind.NUMBER) {
      throw dateFormat(dayToken);
    }
    int dayOfMonth = digits(dayToken, 2, "dayDigits");
    String written = yearToken.text + "-" + monthToken.text + "-" + dayToken.text;
    if (month < 1 || month > 12) {
      throw error(monthToken.position, "monthRange", monthToken.text);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth()) {
      throw error(
          yearToken.position,
          "invalidDate",
          written,
          Month.of(month),
          String.valueOf(year),
          yearMonth.lengthOfMonth());
    }
    LocalDate date = yearMonth.atDay(dayOfMonth);
    Integer earlier = exceptionGroups.get(date);
    if (earlier != null) {
      throw error(yearToken.position, "duplicateDate", date.toString(), earlier);
    }
    Token separator = take();
    if (separator == null) {
      throw error(endPosition(), "missingHoursAfterDate");
    }
    if (!separator.is(';')) {
      throw error(separator.position, "missingSemicolonAfterDate");
    }
    Token hours = peek();
    List<DailyRange> ranges;
    if (hours != null && hours.kind == Kind.WORD) {
      if (!hours.text.equalsIgnoreCase(CLOSED)) {
        throw error(hours.position, "expectedHoursOrClosed", hours.quoted());
      }
      take();
      Token extra = take();
      if (extra != null) {
        throw error(extra.position, "expectedAmpersandAfterClosed", extra.quoted());
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
        ? error(endPosition(), "dateFormat")
        : error(found.position, "dateFormatFound", found.quoted());
  }

  /**
   * @param rule the code of the error that the number does not have {@code count} digits
   */
  private int digits(Token number, int count, String rule) {
    if (number.text.length() != count) {
      throw error(number.position, rule, number.quoted());
    }
    return Integer.parseInt(number.text);
  }

  private List<DailyRange> ranges() {
    if (peek() == null) {
      throw error(endPosition(), "missingRange");
    }
    List<DailyRange> ranges = new ArrayList<>();
    while (true) {
      int position = peek() == null ? endPosition() : peek().position;
      int start = time("start");
      Token dash = take();
      if (dash == null) {
        throw error(endPosition(), "missingDashAndEnd");
      }
      if (!dash.is('-')) {
        throw error(dash.position, "missingDash");
      }
      int end = time("end");
      if (start == end) {
        throw error(position, "emptyRange", DailyRange.time(end), DailyRange.time(start));
      }
      DailyRange range = new DailyRange(start, end);
      for (DailyRange earlier : ranges) {
        if (earlier.overlaps(range)) {
          throw error(position, "overlap", range.text(), earlier.text());
        }
      }
      ranges.add(range);
      Token separator = take();
      if (separator == null) {
        return ranges;
      }
      if (!separator.is(',')) {
        throw error(separator.position, "expectedCommaOrAmpersand", separator.quoted());
      }
      if (peek() == null) {
        throw error(endPosition(), "expectedRange");
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
      throw error(endPosition(), "missing." + which);
    }
    if (hour.kind != Kind.NUMBER) {
      throw error(hour.position, "expected." + which, hour.quoted());
    }
    int h = digits(hour, 2, "hourDigits");
    Token colon = take();
    if (colon == null) {
      throw error(endPosition(), "missingColon");
    }
    if (!colon.is(':')) {
      throw error(colon.position, "missingColon");
    }
    Token minute = take();
    if (minute == null) {
      throw error(endPosition(), "missingMinute");
    }
    if (minute.kind != Kind.NUMBER) {
      throw error(minute.position, "expectedMinute", minute.quoted());
    }
    int m = digits(minute, 2, "minuteDigits");
    if (h == 24 && m == 0 && which.equals("end")) {
      // Midnight at the end of the day, as the weekly preview writes it: 09:00-24:00, 00:00-24:00.
      return DailyRange.MINUTES_PER_DAY;
    }
    if (h == 24) {
      throw error(hour.position, "midnightEndsOnly");
    }
    if (h > 23) {
      throw error(hour.position, "hourRange", hour.text);
    }
    if (m > 59) {
      throw error(minute.position, "minuteRange", minute.text);
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

  /**
   * @param code one of {@link ScheduleException#ENGLISH}'s codes
   */
  private ScheduleException error(int position, String code, Object... arguments) {
    return new ScheduleException(group, position, code, arguments);
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
        throw error(i, "unexpectedCharacter", String.valueOf(c));
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
