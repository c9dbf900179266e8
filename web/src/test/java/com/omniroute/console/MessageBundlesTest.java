package com.omniroute.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.routing.control.Explanation;
import com.omniroute.schedule.control.ScheduleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's three bundles say the same things: the same keys, no empty value, the same
 * arguments in every value, and no Spanish or Portuguese value left in English (except the words
 * that are the same in both languages).
 */
class MessageBundlesTest {

  private static final String BASE = "/com/omniroute/console/messages";

  /**
   * Words that are rightly the same in English and in Spanish or Portuguese: names, codes, units,
   * loanwords both languages use, and the schedule syntax's day names. A value left as in English
   * passes only if each of its words (arguments aside) is one of these.
   */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "Omniroute",
          "EN",
          "ES",
          "PT",
          "English",
          "Español",
          "Português",
          "OK",
          "Email",
          "SMS",
          "Chat",
          "Login",
          "Admin",
          "Superadmin",
          "Supervisor",
          "No",
          "Roles",
          "s",
          "ms",
          "UTC",
          "Total",
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  static Map<String, String> bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
            MessageBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> values = new TreeMap<>();
    properties.forEach((k, v) -> values.put((String) k, (String) v));
    return values;
  }

  private static Set<String> arguments(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_es", "_pt"})
  void everyKeyIsInEveryLanguageWithTheSameArguments(String language) throws IOException {
    Map<String, String> english = bundle("");
    Map<String, String> other = bundle(language);
    assertThat(other.keySet()).as("keys of messages%s", language).isEqualTo(english.keySet());
    Map<String, String> mismatched = new TreeMap<>();
    english.forEach(
        (key, value) -> {
          String translated = other.get(key);
          if (translated != null && !arguments(value).equals(arguments(translated))) {
            mismatched.put(key, value + " <> " + translated);
          }
        });
    assertThat(mismatched).as("values whose arguments differ from English").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_es", "_pt"})
  void noValueIsEmpty(String language) throws IOException {
    assertThat(bundle(language))
        .as("messages%s", language)
        .allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"_es", "_pt"})
  void nothingIsLeftInEnglish(String language) throws IOException {
    Map<String, String> english = bundle("");
    Map<String, String> other = bundle(language);
    Map<String, String> same = new TreeMap<>();
    english.forEach(
        (key, value) -> {
          if (value.equals(other.get(key)) && !onlyWordsOfBoth(value)) {
            same.put(key, value);
          }
        });
    assertThat(same).as("values of messages%s identical to English", language).isEmpty();
  }

  /**
   * Overrides (an interaction that may put others on hold) and dated schedule exceptions are two
   * different things and must not share a word.
   */
  @ParameterizedTest
  @ValueSource(strings = {"_es", "_pt"})
  void overridesAreNotCalledExceptions(String language) throws IOException {
    Map<String, String> other = bundle(language);
    for (String key :
        List.of(
            "capacityModel.overrides",
            "capacity.overridesNote",
            "capacity.byOverride",
            "desk.override")) {
      assertThat(other.get(key).toLowerCase(Locale.ROOT)).as(key).doesNotContain("exce");
    }
    assertThat(other.get("schedulePreview.exceptions").toLowerCase(Locale.ROOT)).contains("exce");
  }

  @Test
  void theRoutingCoresPhrasesAreInTheBundleAsTheApiSaysThemInEnglish() throws IOException {
    Map<String, String> english = bundle("");
    Explanation.ENGLISH.forEach(
        (code, pattern) ->
            assertThat(english.get("whyWaiting." + code)).as(code).isEqualTo(pattern));
  }

  @Test
  void everyScheduleErrorIsInTheBundleAsTheApiSaysItInEnglish() throws IOException {
    Map<String, String> english = bundle("");
    ScheduleException.ENGLISH.forEach(
        (code, pattern) ->
            assertThat(english.get("schedule.error." + code)).as(code).isEqualTo(pattern));
  }

  @ParameterizedTest
  @CsvSource({
    "'', 'Selected: 1 member, no agents', 'Selected: 2 members, 1 agent'",
    "_es, 'Seleccionados: 1 miembro, ningún agente', 'Seleccionados: 2 miembros, 1 agente'",
    "_pt, 'Selecionados: 1 membro, nenhum agente', 'Selecionados: 2 membros, 1 agente'"
  })
  void countsAgreeWithTheirNouns(String language, String one, String two) throws IOException {
    String pattern = bundle(language).get("members.selectionCounts");
    assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 0})).isEqualTo(one);
    assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {2, 1})).isEqualTo(two);
  }

  private static boolean onlyWordsOfBoth(String value) {
    Matcher word = WORD.matcher(value.replaceAll("\\{[^}]*\\}", " "));
    while (word.find()) {
      if (!SAME_IN_BOTH.contains(word.group())) {
        return false;
      }
    }
    return true;
  }
}
