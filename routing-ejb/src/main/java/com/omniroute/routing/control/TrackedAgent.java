package com.omniroute.routing.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The core's mutable record of one agent: state, load, and memberships. */
final class TrackedAgent {

  final long id;
  String name;
  LiveAgentState state;
  int used;
  Instant idleSince;
  final List<TrackedInteraction> held = new ArrayList<>();
  final Map<Long, TrackedMember> memberships = new HashMap<>();

  /* The same memberships as a list: re-filing walks it on every load change, and a list is cheaper to walk than a map. */
  final List<TrackedMember> membershipList = new ArrayList<>();

  /*
   * The spare and idle time the eligible-member indexes were last sorted with. They are copies,
   * not the live values, so that an index entry can always be found and removed before the live
   * values change.
   */
  int indexedSpare;
  Instant indexedIdleSince;

  TrackedAgent(long id, String name, LiveAgentState state, Instant idleSince) {
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

  /* An agent holds a handful of interactions, so counting beats keeping a map up to date. */
  int heldOf(TrackedCampaign campaign) {
    int count = 0;
    for (TrackedInteraction inHand : held) {
      if (inHand.campaign == campaign) {
        count++;
      }
    }
    return count;
  }

  void addMembership(TrackedMember member) {
    memberships.put(member.campaign.id(), member);
    membershipList.add(member);
  }

  void removeMembership(TrackedMember member) {
    memberships.remove(member.campaign.id());
    membershipList.remove(member);
  }
}
