package com.omniroute.media.control;

import com.omniroute.routing.control.MediaPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a capacity model (docs/design.md section 3) means for one agent, for the policies as an
 * administrator is editing them: how many interactions of each type one agent holds at once, the
 * order in which types are served, and, for a given hand, which types may still be offered
 * normally, which only by override, and why the others may not.
 *
 * <p>It asks the same rule methods as the routing core ({@link MediaPolicy#fitsNormally} and {@link
 * MediaPolicy#mayOverride}), so what the preview promises is what the engine does. Campaign limits
 * (max interactions per agent) and the agent's state are not part of the capacity model and are
 * left out.
 */
public final class CapacityPreview {

  /** How an interaction of one type could reach an agent with a given hand. */
  public enum Offer {
    /** Rule 2: enough spare, and its share fits. */
    NORMAL,
    /** Rule 3: not on capacity, but it overrides every interaction in hand. */
    OVERRIDE,
    /** Neither. */
    REFUSED
  }

  /** Why a type is not offered normally: the first part of rule 2 that fails. */
  public enum Shortfall {
    /** It is offered normally. */
    NONE,
    /** The spare is below the type's required spare. */
    SPARE,
    /** The spare is enough, but the type's share does not fit in it. */
    SHARE
  }

  /** The answer for one media type and one hand. */
  public record Verdict(MediaPolicy policy, Offer offer, Shortfall shortfall) {}

  /**
   * One agent's hand and what may still be offered to it.
   *
   * @param held how many interactions of each type are in hand, in precedence order
   * @param used the capacity they occupy
   * @param verdicts one per media type, in precedence order
   */
  public record Hand(Map<String, Integer> held, int used, List<Verdict> verdicts) {

    public Hand {
      held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
      verdicts = List.copyOf(verdicts);
    }

    public int spare() {
      return MediaPolicy.CAPACITY - used;
    }

    /** The verdicts with that offer, in precedence order. */
    public List<Verdict> withOffer(Offer offer) {
      return verdicts.stream().filter(v -> v.offer() == offer).toList();
    }
  }

  private static final Comparator<MediaPolicy> SERVED_FIRST =
      Comparator.comparingInt(MediaPolicy::precedence).thenComparing(MediaPolicy::code);

  private final List<MediaPolicy> byPrecedence;
  private final Map<String, MediaPolicy> byCode = new LinkedHashMap<>();

  public CapacityPreview(Collection<MediaPolicy> policies) {
    byPrecedence = policies.stream().sorted(SERVED_FIRST).toList();
    for (MediaPolicy policy : byPrecedence) {
      if (byCode.put(policy.code(), policy) != null) {
        throw new IllegalArgumentException("media type " + policy.code() + " given twice");
      }
    }
  }

  /**
   * The types in the order the routing serves them when an agent could take several: lowest
   * precedence first, then (for equal precedence, where priority and waiting time decide) by code.
   */
  public List<MediaPolicy> precedenceOrder() {
    return byPrecedence;
  }

  /**
   * How many interactions of this type one agent holding nothing else can take, one after the
   * other: each must find its required spare free and fit in it.
   */
  public int aloneAtOnce(String code) {
    MediaPolicy policy = policy(code);
    int held = 0;
    while (policy.fitsNormally(held * policy.share())) {
      held++;
    }
    return held;
  }

  /** What may still be offered to an agent holding these interactions (type to count). */
  public Hand hand(Map<String, Integer> held) {
    held.keySet().forEach(this::policy);
    Map<String, Integer> ordered = new LinkedHashMap<>();
    int used = 0;
    for (MediaPolicy policy : byPrecedence) {
      int count = held.getOrDefault(policy.code(), 0);
      if (count > 0) {
        ordered.put(policy.code(), count);
        used += count * policy.share();
      }
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (MediaPolicy candidate : byPrecedence) {
      verdicts.add(verdict(candidate, ordered, used));
    }
    return new Hand(ordered, used, verdicts);
  }

  private static Verdict verdict(MediaPolicy candidate, Map<String, Integer> held, int used) {
    if (candidate.fitsNormally(used)) {
      return new Verdict(candidate, Offer.NORMAL, Shortfall.NONE);
    }
    Shortfall shortfall =
        MediaPolicy.CAPACITY - used < candidate.requiredSpare() ? Shortfall.SPARE : Shortfall.SHARE;
    boolean overridesAll =
        !held.isEmpty() && held.keySet().stream().allMatch(candidate::mayOverride);
    return new Verdict(candidate, overridesAll ? Offer.OVERRIDE : Offer.REFUSED, shortfall);
  }

  /**
   * Hands worth showing, like the worked examples of docs/design.md section 3.4: for each type, in
   * precedence order, one interaction in hand, one short of the most it can hold alone (three chats
   * with the defaults), and the most it can hold alone.
   */
  public List<Hand> examples() {
    List<Hand> hands = new ArrayList<>();
    for (MediaPolicy policy : byPrecedence) {
      int most = aloneAtOnce(policy.code());
      for (int count : new TreeSet<>(List.of(1, Math.max(1, most - 1), most))) {
        hands.add(hand(Map.of(policy.code(), count)));
      }
    }
    return hands;
  }

  private MediaPolicy policy(String code) {
    MediaPolicy policy = byCode.get(code);
    if (policy == null) {
      throw new IllegalArgumentException("no capacity policy for media type " + code);
    }
    return policy;
  }
}
