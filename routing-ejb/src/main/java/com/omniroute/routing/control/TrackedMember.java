package com.omniroute.routing.control;

import java.util.Comparator;

/** One membership, the entry the per-campaign index of eligible members sorts. */
final class TrackedMember {

  /** Who gets an interaction: lowest penalty, then most spare, then longest idle, then id. */
  static final Comparator<TrackedMember> CHOICE_ORDER =
      (x, y) -> {
        int byPenalty = Integer.compare(x.penalty, y.penalty);
        if (byPenalty != 0) {
          return byPenalty;
        }
        int bySpare = Integer.compare(y.agent.indexedSpare, x.agent.indexedSpare);
        if (bySpare != 0) {
          return bySpare;
        }
        int byIdle = x.agent.indexedIdleSince.compareTo(y.agent.indexedIdleSince);
        return byIdle != 0 ? byIdle : Long.compare(x.agent.id, y.agent.id);
      };

  final TrackedAgent agent;
  final TrackedCampaign campaign;
  int penalty;

  /** Whether this entry is in {@link TrackedCampaign#eligible} now. */
  boolean eligible;

  TrackedMember(TrackedAgent agent, TrackedCampaign campaign, int penalty) {
    this.agent = agent;
    this.campaign = campaign;
    this.penalty = penalty;
  }
}
