package com.omniroute.routing.control;

import java.util.Comparator;

/** One membership, the entry the per-campaign index of eligible members sorts. */
final class TrackedMember {

  /**
   * The rules that decide who gets an interaction, in the order they apply: the first that tells
   * two members apart decides. {@link #CHOICE_ORDER} and the explanation of a choice both read this
   * list, so they cannot disagree.
   */
  enum ChoiceRule {
    LOWER_PENALTY {
      @Override
      int compare(TrackedMember x, TrackedMember y) {
        return Integer.compare(x.penalty, y.penalty);
      }
    },
    MORE_SPARE {
      @Override
      int compare(TrackedMember x, TrackedMember y) {
        return Integer.compare(y.agent.indexedSpare, x.agent.indexedSpare);
      }
    },
    LONGER_IDLE {
      @Override
      int compare(TrackedMember x, TrackedMember y) {
        return x.agent.indexedIdleSince.compareTo(y.agent.indexedIdleSince);
      }
    },
    LOWER_AGENT_ID {
      @Override
      int compare(TrackedMember x, TrackedMember y) {
        return Long.compare(x.agent.id, y.agent.id);
      }
    };

    private static final ChoiceRule[] IN_ORDER = values();

    /** Negative if {@code x} comes first by this rule alone, positive if {@code y}, else 0. */
    abstract int compare(TrackedMember x, TrackedMember y);

    /** The rule that puts one of two members before the other, or null for the same member. */
    static ChoiceRule deciding(TrackedMember x, TrackedMember y) {
      for (ChoiceRule rule : IN_ORDER) {
        if (rule.compare(x, y) != 0) {
          return rule;
        }
      }
      return null;
    }
  }

  /** Who gets an interaction first, by the {@link ChoiceRule}s in their order. */
  static final Comparator<TrackedMember> CHOICE_ORDER =
      (x, y) -> {
        for (ChoiceRule rule : ChoiceRule.IN_ORDER) {
          int order = rule.compare(x, y);
          if (order != 0) {
            return order;
          }
        }
        return 0;
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
