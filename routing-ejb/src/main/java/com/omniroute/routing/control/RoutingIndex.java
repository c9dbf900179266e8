package com.omniroute.routing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The structures that make one event cost the same at any size (docs/routing.md, "Indexes"), and
 * the routing loop that reads them:
 *
 * <ul>
 *   <li>per campaign, its queue in routing order ({@link TrackedCampaign#waiting}) and by age;
 *   <li>per campaign, the members who could be offered its media type now ({@link
 *       TrackedCampaign#eligible}), in choice order, filed by {@link Fit#of}, the one eligibility
 *       check;
 *   <li>the routable campaigns: those with a waiting interaction and an eligible member, ordered by
 *       their first waiting interaction.
 * </ul>
 *
 * <p>Queues and memberships change only through here; after a change to an agent's state or load or
 * to a campaign's settings, the step that made it re-files what it touched ({@link #refile}, {@link
 * #refileMembers}, {@link #refreshRoutable}), so that at the end of every event the indexes match
 * the state. {@link #problems()} checks that they do. A waiting rule that narrows who may take an
 * interaction (a penalty limit growing with the wait, a preferred agent, a reservation) belongs
 * next to {@link Fit#of} and {@link #route}: the eligibility of a member and the pairing of a
 * queue's head with a member are decided only there.
 */
final class RoutingIndex {

  private final LiveState state;
  private final NavigableSet<TrackedCampaign> routable =
      new TreeSet<>(TrackedCampaign.ROUTABLE_ORDER);

  RoutingIndex(LiveState state) {
    this.state = state;
  }

  /*
   * Design section 4: the first waiting interaction (by precedence, priority, queue time, id) that
   * some READY member may take goes to the first member in choice order; repeat. The routable index
   * holds exactly the campaigns with a waiting interaction and an eligible member, ordered by their
   * first waiting interaction, so its first entry is that interaction's campaign; all interactions
   * of a campaign share its media type, so its first waiting interaction is the one to offer. The
   * offer must update the indexes (dequeue, refile), or this would never end.
   */
  void route(BiConsumer<TrackedInteraction, TrackedMember> offer) {
    while (!routable.isEmpty()) {
      TrackedCampaign campaign = routable.first();
      offer.accept(campaign.waiting.first(), campaign.eligible.first());
    }
  }

  // ---------------------------------------------------------------- queues

  void enqueue(TrackedInteraction interaction) {
    TrackedCampaign campaign = interaction.campaign;
    campaign.waiting.add(interaction);
    campaign.waitingByAge.add(interaction);
    refreshRoutable(campaign);
  }

  void dequeue(TrackedInteraction interaction) {
    TrackedCampaign campaign = interaction.campaign;
    campaign.waiting.remove(interaction);
    campaign.waitingByAge.remove(interaction);
    refreshRoutable(campaign);
  }

  // ---------------------------------------------------------------- memberships

  /** Links a new member to its agent and campaign without filing it (before a rebuild). */
  TrackedMember link(TrackedAgent agent, TrackedCampaign campaign, int penalty) {
    TrackedMember member = new TrackedMember(agent, campaign, penalty);
    agent.addMembership(member);
    campaign.members.put(agent.id, member);
    return member;
  }

  /** A new member, filed if eligible. The caller refreshes the campaign's routable entry. */
  TrackedMember addMember(TrackedAgent agent, TrackedCampaign campaign, int penalty) {
    TrackedMember member = link(agent, campaign, penalty);
    fileIfEligible(member);
    return member;
  }

  /** Re-files a member under its new penalty. The caller refreshes the routable entry. */
  void setPenalty(TrackedMember member, int penalty) {
    unfile(member);
    member.penalty = penalty;
    fileIfEligible(member);
  }

  /** Ends a membership. The caller refreshes the campaign's routable entry. */
  void removeMember(TrackedMember member) {
    unfile(member);
    member.campaign.members.remove(member.agent.id);
    member.agent.removeMembership(member);
  }

  /** Ends every membership of a campaign that leaves routing (it has no live interaction). */
  void removeMembers(TrackedCampaign campaign) {
    for (TrackedMember member : campaign.members.values()) {
      member.agent.removeMembership(member);
    }
  }

  // ---------------------------------------------------------------- eligible members

  /* Re-files an agent in the eligible index of each of its campaigns after its state or load changed. */
  void refile(TrackedAgent agent) {
    List<TrackedMember> members = agent.membershipList;
    for (int i = 0, n = members.size(); i < n; i++) {
      unfile(members.get(i));
    }
    agent.indexedSpare = agent.spare();
    agent.indexedIdleSince = agent.idleSince;
    for (int i = 0, n = members.size(); i < n; i++) {
      TrackedMember member = members.get(i);
      fileIfEligible(member);
      refreshRoutable(member.campaign);
    }
  }

  /* Re-files every member of one campaign after the campaign's settings changed. */
  void refileMembers(TrackedCampaign campaign) {
    for (TrackedMember member : campaign.members.values()) {
      unfile(member);
      fileIfEligible(member);
    }
    refreshRoutable(campaign);
  }

  void unfile(TrackedMember member) {
    if (member.eligible) {
      member.campaign.eligible.remove(member);
      member.eligible = false;
    }
  }

  private void fileIfEligible(TrackedMember member) {
    if (!member.eligible && Fit.of(member.agent, member.campaign).offerable()) {
      member.campaign.eligible.add(member);
      member.eligible = true;
    }
  }

  // ---------------------------------------------------------------- routable campaigns

  /* Puts a campaign in the routable index, or takes it out, to match its queue and members. */
  void refreshRoutable(TrackedCampaign campaign) {
    boolean shouldBe = !campaign.waiting.isEmpty() && !campaign.eligible.isEmpty();
    if (campaign.routableHead != null) {
      if (shouldBe
          && campaign.routableHead == campaign.waiting.first()
          && campaign.routablePrecedence == precedenceOf(campaign)) {
        return;
      }
      routable.remove(campaign);
      campaign.routableHead = null;
    }
    if (shouldBe) {
      campaign.routableHead = campaign.waiting.first();
      campaign.routablePrecedence = precedenceOf(campaign);
      routable.add(campaign);
    }
  }

  private static int precedenceOf(TrackedCampaign campaign) {
    return campaign.policy.precedence();
  }

  // ---------------------------------------------------------------- everything at once

  /** Forgets every entry, before a configuration load. */
  void clear() {
    routable.clear();
  }

  /*
   * After a change that can touch every agent (policies, a restore): recompute loads and refile.
   * The caller routes afterwards.
   */
  void rebuild() {
    routable.clear();
    for (TrackedCampaign campaign : state.campaigns.values()) {
      campaign.policy = state.policies.get(campaign.settings.mediaType());
      campaign.eligible.clear();
      campaign.routableHead = null;
      campaign.members.values().forEach(m -> m.eligible = false);
    }
    for (TrackedAgent agent : state.agents.values()) {
      agent.used = 0;
      for (TrackedInteraction inHand : agent.held) {
        agent.used += state.shareOf(inHand.mediaType);
      }
      refile(agent);
    }
    for (TrackedCampaign campaign : state.campaigns.values()) {
      refreshRoutable(campaign);
    }
  }

  /**
   * Checks every index against a from-scratch computation; for tests. Returns the problems found,
   * empty when the indexes are consistent.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (TrackedCampaign campaign : state.campaigns.values()) {
      for (TrackedMember member : campaign.members.values()) {
        boolean shouldBe = Fit.of(member.agent, campaign).offerable();
        if (shouldBe != member.eligible || shouldBe != campaign.eligible.contains(member)) {
          problems.add(
              "agent "
                  + member.agent.id
                  + " eligible for "
                  + campaign.id()
                  + " should be "
                  + shouldBe);
        }
      }
      if (campaign.eligible.size()
          != campaign.members.values().stream().filter(m -> m.eligible).count()) {
        problems.add("eligible index of " + campaign.id() + " has stale entries");
      }
      if (!campaign.waiting.isEmpty() && !campaign.eligible.isEmpty()) {
        problems.add("campaign " + campaign.id() + " could route but routing stopped");
      }
      if (campaign.routableHead != null && !routable.contains(campaign)) {
        problems.add("campaign " + campaign.id() + " missing from the routable index");
      }
      if (campaign.waiting.size() != campaign.waitingByAge.size()) {
        problems.add("campaign " + campaign.id() + " queue indexes differ in size");
      }
      String queue = campaign.waiting.structureProblem();
      if (!queue.isEmpty()) {
        problems.add("queue of campaign " + campaign.id() + ": " + queue);
      }
    }
    long filed = state.campaigns.values().stream().filter(c -> c.routableHead != null).count();
    if (filed != routable.size()) {
      problems.add("routable index holds " + routable.size() + " campaigns, " + filed + " filed");
    }
    for (TrackedAgent agent : state.agents.values()) {
      if (agent.indexedSpare != agent.spare() || !agent.indexedIdleSince.equals(agent.idleSince)) {
        problems.add("agent " + agent.id + " filed with stale spare or idle time");
      }
      int used = 0;
      for (TrackedInteraction inHand : agent.held) {
        used += state.shareOf(inHand.mediaType);
      }
      if (used != agent.used) {
        problems.add("agent " + agent.id + " used " + agent.used + " should be " + used);
      }
    }
    return problems;
  }
}
