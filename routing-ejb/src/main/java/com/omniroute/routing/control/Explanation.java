package com.omniroute.routing.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sentence of the core for people (why an interaction still waits), as codes and arguments rather
 * than words: the console renders each phrase with its message bundle in the user's language (keys
 * {@code whyWaiting.<code>}), the API in English ({@link #english()}). Clauses are joined by "; ",
 * the phrases of one clause by ", ".
 */
public record Explanation(List<List<Phrase>> clauses) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One phrase: its code and its arguments, in the order the patterns number them. */
  public record Phrase(String code, List<Object> arguments) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Phrase(String code, Object... arguments) {
      this(code, List.of(arguments));
    }
  }

  /** An argument that names a channel (a media type code): the console shows its name. */
  public record Channel(String code) implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * The English patterns of every code (MessageFormat), as the API answers them. The console's
   * bundles have the same codes under {@code whyWaiting.}, with the same arguments.
   */
  public static final Map<String, String> ENGLISH =
      Map.of(
          "notWaiting", "not waiting: {0} with {1}{2,choice,0#|1#, on hold}{3}",
          "noMembers", "{0} has no members",
          "beingRouted",
              "{0,choice,1#1 member|1<{0} members} of {1} could take it; it is being routed",
          "noReadyMember", "no READY member of {0} with {1} spare for {2}",
          "busy", "{0,choice,1#1 member busy|1<{0} members busy}",
          "atLimit", "{0} at the limit of {1} interactions of {2}",
          "notReady", "{0} NOT_READY",
          "loggedOut", "{0} LOGGED_OUT",
          "ahead", "{0} waiting ahead of it");

  public Explanation {
    clauses = clauses.stream().map(List::copyOf).toList();
  }

  /** The sentence in English, the API's language. */
  public String english() {
    return clauses.stream()
        .map(
            clause ->
                clause.stream()
                    .map(
                        p ->
                            new MessageFormat(ENGLISH.get(p.code()), Locale.ROOT)
                                .format(p.arguments().toArray()))
                    .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }
}
