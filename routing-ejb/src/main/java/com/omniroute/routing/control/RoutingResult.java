package com.omniroute.routing.control;

import java.util.List;

/** What one event did, as effects in the order they happened. Empty when nothing changed. */
public record RoutingResult(List<Effect> effects) {

  public static final RoutingResult NOTHING = new RoutingResult(List.of());

  public RoutingResult {
    effects = List.copyOf(effects);
  }

  /** The effects of one kind, in order. */
  public <T extends Effect> List<T> effects(Class<T> kind) {
    return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The offers this event caused, in order. */
  public List<Effect.Offered> offers() {
    return effects(Effect.Offered.class);
  }

  public boolean isEmpty() {
    return effects.isEmpty();
  }
}
