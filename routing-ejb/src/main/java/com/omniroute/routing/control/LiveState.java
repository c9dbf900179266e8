package com.omniroute.routing.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the core knows, shared by its parts: the media policies, campaigns, agents and live
 * interactions, and the event being applied (its instant and the effects it had so far). Lookups by
 * id refuse an unknown id with {@code NOT_FOUND}.
 */
final class LiveState {

  final Clock clock;
  final Map<String, MediaPolicy> policies = new HashMap<>();
  final Map<Long, TrackedCampaign> campaigns = new HashMap<>();
  final Map<Long, TrackedAgent> agents = new HashMap<>();
  final Map<Long, TrackedInteraction> interactions = new HashMap<>();

  /* The event being applied: its time and the effects so far; null between events. */
  Instant now;
  List<Effect> out;

  LiveState(Clock clock) {
    this.clock = clock;
  }

  /** Starts an event: from here on it happens at one instant and collects its effects. */
  void begin() {
    now = clock.instant();
    out = new ArrayList<>(4);
  }

  /** Ends the event started by {@link #begin} and answers with its effects. */
  RoutingResult end() {
    RoutingResult result = out.isEmpty() ? RoutingResult.NOTHING : new RoutingResult(out);
    out = null;
    return result;
  }

  void emit(Effect effect) {
    out.add(effect);
  }

  /** The capacity share of one interaction of this media type. */
  int shareOf(String mediaType) {
    return policies.get(mediaType).share();
  }

  TrackedInteraction interaction(long id) {
    TrackedInteraction interaction = interactions.get(id);
    if (interaction == null) {
      throw RoutingException.notFound("interaction " + id + " is not live in routing");
    }
    return interaction;
  }

  TrackedAgent agent(long id) {
    TrackedAgent agent = agents.get(id);
    if (agent == null) {
      throw RoutingException.notFound("agent " + id + " is not known to routing");
    }
    return agent;
  }

  TrackedCampaign campaign(long id) {
    TrackedCampaign campaign = campaigns.get(id);
    if (campaign == null) {
      throw RoutingException.notFound("campaign " + id + " is not known to routing");
    }
    return campaign;
  }
}
