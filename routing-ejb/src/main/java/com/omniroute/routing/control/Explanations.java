package com.omniroute.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The core's sentences for people: why an interaction is still waiting, and why an offer went to
 * the agent it went to (the reason an offer carries). They read the state and the indexes and
 * change nothing.
 */
final class Explanations {

  private Explanations() {}

  /**
   * For a waiting interaction, which members of its campaign could not take it and why, and how
   * many wait ahead of it; for a held one, who holds it.
   *
   * @param position the interaction's place in its queue, present while it is QUEUED
   */
  static String whyWaiting(TrackedInteraction interaction, OptionalInt position) {
    if (interaction.state != InteractionState.QUEUED) {
      return "not waiting: "
          + interaction.state
          + " with "
          + interaction.agent.name
          + (interaction.onHold ? ", on hold" : "")
          + (interaction.reason == null ? "" : " (" + interaction.reason + ")");
    }
    TrackedCampaign campaign = interaction.campaign;
    MediaPolicy policy = campaign.policy;
    int notReady = 0;
    int loggedOut = 0;
    int atMax = 0;
    int busy = 0;
    int able = 0;
    for (TrackedMember member : campaign.members.values()) {
      switch (Fit.of(member.agent, campaign)) {
        case NOT_READY -> {
          if (member.agent.state == AgentState.LOGGED_OUT) {
            loggedOut++;
          } else {
            notReady++;
          }
        }
        case AT_MAX -> atMax++;
        case NO_CAPACITY -> busy++;
        default -> able++;
      }
    }
    StringBuilder text = new StringBuilder();
    if (campaign.members.isEmpty()) {
      text.append(campaign.name()).append(" has no members");
    } else if (able > 0) {
      text.append(able)
          .append(able == 1 ? " member" : " members")
          .append(" of ")
          .append(campaign.name())
          .append(" could take it; it is being routed");
    } else {
      text.append("no READY member of ")
          .append(campaign.name())
          .append(" with ")
          .append(policy.requiredSpare())
          .append(" spare for ")
          .append(interaction.mediaType);
      List<String> parts = new ArrayList<>();
      if (busy > 0) {
        parts.add(busy + (busy == 1 ? " member busy" : " members busy"));
      }
      if (atMax > 0) {
        parts.add(
            atMax
                + " at the limit of "
                + campaign.settings.maxInteractionsPerAgent()
                + " interactions of "
                + campaign.name());
      }
      if (notReady > 0) {
        parts.add(notReady + " NOT_READY");
      }
      if (loggedOut > 0) {
        parts.add(loggedOut + " LOGGED_OUT");
      }
      if (!parts.isEmpty()) {
        text.append("; ").append(String.join(", ", parts));
      }
    }
    int ahead = position.orElseThrow() - 1;
    if (ahead > 0) {
      text.append("; ").append(ahead).append(" waiting ahead of it");
    }
    return text.toString();
  }

  /**
   * Why this member gets the interaction: its penalty, spare and idle time, and the rule that put
   * it before the next eligible member. Called before the offer changes any index.
   */
  static String choice(
      TrackedInteraction interaction, TrackedMember member, boolean forced, Instant now) {
    TrackedAgent agent = member.agent;
    TrackedCampaign campaign = member.campaign;
    StringBuilder text = new StringBuilder(160);
    if (forced) {
      Set<String> inHand = new TreeSet<>();
      agent.held.forEach(i -> inHand.add(i.mediaType));
      text.append("override: ")
          .append(interaction.mediaType)
          .append(" may put ")
          .append(String.join(", ", inHand))
          .append(" on hold; ");
    }
    text.append(agent.name)
        .append(" (agent ")
        .append(agent.id)
        .append("): penalty ")
        .append(member.penalty)
        .append(", spare ")
        .append(agent.spare())
        .append(", idle ")
        .append(idleSeconds(agent, now))
        .append(" s; ");
    TrackedMember next = campaign.eligible.higher(member);
    if (next == null) {
      text.append("the only eligible member of ").append(campaign.name());
      return text.toString();
    }
    TrackedAgent other = next.agent;
    text.append("chosen over ").append(other.name).append(" by ");
    if (member.penalty != next.penalty) {
      text.append("lower penalty (").append(next.penalty).append(')');
    } else if (agent.indexedSpare != other.indexedSpare) {
      text.append("more spare (").append(other.indexedSpare).append(')');
    } else if (!agent.indexedIdleSince.equals(other.indexedIdleSince)) {
      text.append("longer idle (").append(idleSeconds(other, now)).append(" s)");
    } else {
      text.append("lower agent id (").append(other.id).append(')');
    }
    text.append(" among ")
        .append(campaign.eligible.size())
        .append(" eligible members of ")
        .append(campaign.name());
    return text.toString();
  }

  private static long idleSeconds(TrackedAgent agent, Instant now) {
    return Math.max(0, Duration.between(agent.idleSince, now).toSeconds());
  }
}
