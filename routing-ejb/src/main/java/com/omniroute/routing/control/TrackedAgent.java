package com.omniroute.routing.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The core's mutable record of one agent: state, load, and memberships. */
final class TrackedAgent {

  final long id;
  String name;
  AgentState state;
  int used;
  Instant idleSince;
  final List<TrackedInteraction> held = new ArrayList<>();
  final Map<Long, Integer> heldPerCampaign = new HashMap<>();
  final Map<Long, TrackedMember> memberships = new LinkedHashMap<>();

  /*
   * The spare and idle time the eligible-member indexes were last sorted with. They are copies,
   * not the live values, so that an index entry can always be found and removed before the live
   * values change.
   */
  int indexedSpare;
  Instant indexedIdleSince;

  TrackedAgent(long id, String name, AgentState state, Instant idleSince) {
    this.id = id;
    this.name = name;
    this.state = state;
    this.idleSince = idleSince;
    this.indexedSpare = MediaPolicy.CAPACITY;
    this.indexedIdleSince = idleSince;
  }

  int spare() {
    return MediaPolicy.CAPACITY - used;
  }

  int heldOf(long campaignId) {
    return heldPerCampaign.getOrDefault(campaignId, 0);
  }
}
