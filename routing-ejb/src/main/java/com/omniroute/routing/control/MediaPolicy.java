package com.omniroute.routing.control;

import java.util.List;
import java.util.Set;

/**
 * The capacity policy of one media type (docs/design.md section 3). Codes are open-ended strings so
 * that an administrator can add channels without a code change.
 *
 * @param code the media type, for example {@code CHAT}
 * @param share the capacity one interaction of this type occupies, 1..100
 * @param requiredSpare the free capacity an agent needs to be offered this type, 0..100
 * @param precedence lower goes first when an agent could take several types, at least 1
 * @param overrides the media types an interaction of this type may put on hold
 */
public record MediaPolicy(
    String code, int share, int requiredSpare, int precedence, Set<String> overrides) {

  /** Every agent's capacity, in percent. */
  public static final int CAPACITY = 100;

  public MediaPolicy {
    if (code == null || code.isBlank()) {
      throw RoutingException.validation("a media type needs a code");
    }
    if (share < 1 || share > CAPACITY) {
      throw RoutingException.validation(
          "share of " + code + " must be between 1 and 100, was " + share);
    }
    if (requiredSpare < 0 || requiredSpare > CAPACITY) {
      throw RoutingException.validation(
          "required spare of " + code + " must be between 0 and 100, was " + requiredSpare);
    }
    if (precedence < 1) {
      throw RoutingException.validation(
          "precedence of " + code + " must be at least 1, was " + precedence);
    }
    overrides = overrides == null ? Set.of() : Set.copyOf(overrides);
  }

  /**
   * Rule 2 of docs/design.md section 3, its capacity part: an agent using {@code used} of its
   * capacity may be offered an interaction of this type normally when at least the required spare
   * is free and the interaction's share still fits. The routing core and the console's preview both
   * ask this method, so that what the preview promises is what the engine does.
   */
  public boolean fitsNormally(int used) {
    return CAPACITY - used >= requiredSpare && used + share <= CAPACITY;
  }

  /**
   * Rule 3 of docs/design.md section 3, its media part: an interaction of this type may be offered
   * by override only when it may put each interaction in hand on hold, that is, when this is true
   * for the type of every one of them (and the agent holds at least one).
   */
  public boolean mayOverride(String typeInHand) {
    return overrides.contains(typeInHand);
  }

  /** The defaults of docs/design.md section 3. */
  public static List<MediaPolicy> defaults() {
    return List.of(
        new MediaPolicy("VOICE", 100, 50, 1, Set.of("CHAT", "EMAIL")),
        new MediaPolicy("CHAT", 25, 25, 2, Set.of()),
        new MediaPolicy("WHATSAPP", 25, 25, 3, Set.of()),
        new MediaPolicy("MESSENGER", 25, 25, 4, Set.of()),
        new MediaPolicy("SMS", 25, 25, 5, Set.of()),
        new MediaPolicy("EMAIL", 25, 100, 6, Set.of()));
  }
}
