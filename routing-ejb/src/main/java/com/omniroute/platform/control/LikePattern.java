package com.omniroute.platform.control;

import java.util.Locale;

/**
 * The LIKE pattern of a "name contains" filter that a person typed. What they typed is matched
 * literally, wildcards included: a typed {@code %} or {@code _} finds that character, not every
 * name. The queries compare it with {@code LOWER(column) LIKE :pattern ESCAPE '!'}.
 */
public final class LikePattern {

  /**
   * The escape character the queries declare. Not a backslash: MySQL also reads a backslash in a
   * string literal as its own escape, so {@code ESCAPE '\'} is not portable.
   */
  public static final char ESCAPE = '!';

  private LikePattern() {}

  /** The pattern of names containing the text, in lower case; every name for a blank text. */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return "%";
    }
    StringBuilder pattern = new StringBuilder("%");
    for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
