package com.omniroute.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The core's sentences for people: why an interaction is still waiting (as an {@link Explanation}
 * of codes and arguments, rendered in the reader's language outside the core), and why an offer
 * went to the agent it went to (the reason an offer carries, stored with the interaction in
 * English). They read the state and the indexes and change nothing.
 */
final class Explanations {

  private Explanations() {}

  /**
   * For a waiting interaction, which members of its campaign could not take it and why, and how
   * many wait ahead of it; for a held one, who holds it.
   *
   * @param position the interaction's place in its queue, present while it is QUEUED
   */
  static Explanation whyWaiting(TrackedInteraction interaction, OptionalInt position) {
    if (interaction.state != LiveInteractionState.QUEUED) {
      return new Explanation(
          List.of(
              List.of(
                  new Explanation.Phrase(
                      "notWaiting",
                      interaction.state.name(),
                      interaction.agent.name,
                      interaction.onHold ? 1 : 0,
                      interaction.reason == null ? "" : " (" + interaction.reason + ")"))));
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
          if (member.agent.state == LiveAgentState.LOGGED_OUT) {
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
    List<List<Explanation.Phrase>> clauses = new ArrayList<>();
    if (campaign.members.isEmpty()) {
      clauses.add(List.of(new Explanation.Phrase("noMembers", campaign.name())));
    } else if (able > 0) {
      clauses.add(List.of(new Explanation.Phrase("beingRouted", able, campaign.name())));
    } else {
      clauses.add(
          List.of(
              new Explanation.Phrase(
                  "noReadyMember",
                  campaign.name(),
                  policy.requiredSpare(),
                  new Explanation.Channel(interaction.mediaType))));
      List<Explanation.Phrase> parts = new ArrayList<>();
      if (busy > 0) {
        parts.add(new Explanation.Phrase("busy", busy));
      }
      if (atMax > 0) {
        parts.add(
            new Explanation.Phrase(
                "atLimit", atMax, campaign.settings.maxInteractionsPerAgent(), campaign.name()));
      }
      if (notReady > 0) {
        parts.add(new Explanation.Phrase("notReady", notReady));
      }
      if (loggedOut > 0) {
        parts.add(new Explanation.Phrase("loggedOut", loggedOut));
      }
      if (!parts.isEmpty()) {
        clauses.add(parts);
      }
    }
    int ahead = position.orElseThrow() - 1;
    if (ahead > 0) {
      clauses.add(List.of(new Explanation.Phrase("ahead", ahead)));
    }
    return new Explanation(clauses);
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
    text.append("chosen over ")
        .append(other.name)
        .append(" by ")
        .append(
            switch (TrackedMember.ChoiceRule.deciding(member, next)) {
              case LOWER_PENALTY -> "lower penalty (" + next.penalty + ")";
              case MORE_SPARE -> "more spare (" + other.indexedSpare + ")";
              case LONGER_IDLE -> "longer idle (" + idleSeconds(other, now) + " s)";
              case LOWER_AGENT_ID -> "lower agent id (" + other.id + ")";
            });
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
