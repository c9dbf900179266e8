package com.omniroute.routing.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The core's record of one campaign: its queue in routing order, its members, and the members who
 * could be offered its media type right now, in the order they would be chosen.
 */
final class TrackedCampaign {

  /**
   * Order of the campaigns that have both a waiting interaction and an eligible member: by the
   * routing order of their first waiting interaction (precedence, priority, queue time, id).
   */
  static final Comparator<TrackedCampaign> ROUTABLE_ORDER =
      (x, y) -> {
        int byPrecedence = Integer.compare(x.routablePrecedence, y.routablePrecedence);
        if (byPrecedence != 0) {
          return byPrecedence;
        }
        int byHead = TrackedInteraction.WAITING_ORDER.compare(x.routableHead, y.routableHead);
        return byHead != 0 ? byHead : Long.compare(x.settings.id(), y.settings.id());
      };

  CampaignSettings settings;

  /** The capacity policy of the campaign's media type, kept with it to spare a lookup per check. */
  MediaPolicy policy;

  /** The queue in routing order; ranked, so that a position in it costs O(log n). */
  final RankedSet<TrackedInteraction> waiting = new RankedSet<>(TrackedInteraction.WAITING_ORDER);

  final NavigableSet<TrackedInteraction> waitingByAge = new TreeSet<>(TrackedInteraction.AGE_ORDER);
  final Map<Long, TrackedMember> members = new HashMap<>();
  final NavigableSet<TrackedMember> eligible = new TreeSet<>(TrackedMember.CHOICE_ORDER);

  /** Interactions of this campaign in agents' hands. */
  int held;

  /*
   * The key this campaign is filed under in the routable index, or null when it is not there.
   * Copies, for the same reason as the agent's indexed values.
   */
  TrackedInteraction routableHead;
  int routablePrecedence;

  TrackedCampaign(CampaignSettings settings) {
    this.settings = settings;
  }

  long id() {
    return settings.id();
  }

  String name() {
    return settings.name();
  }
}
