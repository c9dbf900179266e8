package com.omniroute.routing.control;

import com.omniroute.routing.control.Effect.InteractionStateChanged;
import com.omniroute.routing.control.Effect.TimerCancellation;
import java.util.List;
import java.util.Map;

/**
 * The steps configuration events are made of: loading a whole configuration with its live
 * interactions (as at start-up or after a crash), and changing one media policy, campaign, agent or
 * membership. Each keeps the {@link RoutingIndex} in line with what it changed; the caller has run
 * the {@link ConfigurationChecks} before and routes afterwards.
 */
final class ConfigurationSteps {

  private final LiveState state;
  private final RoutingIndex index;
  private final Transitions steps;
  private final Timers timers;

  ConfigurationSteps(LiveState state, RoutingIndex index, Transitions steps, Timers timers) {
    this.state = state;
    this.index = index;
    this.steps = steps;
    this.timers = timers;
  }

  /** Replaces everything with a configuration and its live interactions; rebuilds the indexes. */
  void load(RoutingConfiguration configuration) {
    state.policies.clear();
    state.campaigns.clear();
    state.agents.clear();
    state.interactions.clear();
    index.clear();
    configuration.mediaPolicies().forEach(p -> state.policies.put(p.code(), p));
    configuration.campaigns().forEach(c -> state.campaigns.put(c.id(), new TrackedCampaign(c)));
    for (AgentSettings a : configuration.agents()) {
      state.agents.put(a.id(), new TrackedAgent(a.id(), a.name(), a.state(), state.now));
    }
    for (Membership m : configuration.memberships()) {
      index.link(state.agents.get(m.agentId()), state.campaigns.get(m.campaignId()), m.penalty());
    }
    for (RestoredInteraction r : configuration.interactions()) {
      restore(r);
    }
    state.agents.values().forEach(steps::resumeIfNoOverride);
    index.rebuild();
  }

  /*
   * One interaction of a configuration load, before the indexes are rebuilt: an OFFERED one comes
   * back QUEUED (the offer was lost with the restart), a held one goes back into its agent's hands.
   */
  private void restore(RestoredInteraction r) {
    TrackedCampaign campaign = state.campaigns.get(r.campaignId());
    String media = r.mediaType() == null ? campaign.settings.mediaType() : r.mediaType();
    TrackedInteraction interaction =
        new TrackedInteraction(r.id(), campaign, media, r.priority(), r.queuedAt());
    state.interactions.put(r.id(), interaction);
    if (campaign.settings.dropoutSeconds() > 0) {
      interaction.dropoutDeadline = r.queuedAt().plusSeconds(campaign.settings.dropoutSeconds());
    }
    switch (r.state()) {
      case QUEUED, OFFERED -> {
        if (r.state() == LiveInteractionState.OFFERED) {
          state.emit(
              new InteractionStateChanged(
                  r.id(),
                  LiveInteractionState.OFFERED,
                  LiveInteractionState.QUEUED,
                  r.agentId() == null ? 0 : r.agentId(),
                  state.now,
                  "offer lost in a restart; back in the queue"));
          state.emit(new TimerCancellation(TimerKind.OFFER_TIMEOUT, r.id()));
        }
        timers.requestDropout(interaction);
        // Nothing is filed as eligible yet, so this only queues; the rebuild files the rest.
        index.enqueue(interaction);
      }
      default -> {
        TrackedAgent agent = state.agents.get(r.agentId());
        interaction.agent = agent;
        agent.held.add(interaction);
        campaign.held++;
        interaction.state = r.state();
        interaction.forced = r.forced();
        interaction.onHold = r.onHold() && r.state() == LiveInteractionState.ACTIVE;
        interaction.offeredAt = r.offeredAt();
        interaction.answeredAt = r.answeredAt();
        interaction.finishedAt = r.finishedAt();
        if (r.state() == LiveInteractionState.WRAP_UP) {
          interaction.wrapUpDeadline =
              r.finishedAt().plusSeconds(campaign.settings.wrapUpSeconds());
          timers.requestWrapUpEnd(interaction);
        }
      }
    }
  }

  /**
   * A media policy added or changed: it can touch every agent's load, so everything is re-filed.
   */
  void putPolicy(MediaPolicy policy) {
    state.policies.put(policy.code(), policy);
    index.rebuild();
  }

  /** A campaign added, or its settings changed ({@code campaign} is null for a new one). */
  void putCampaign(TrackedCampaign campaign, CampaignSettings settings) {
    if (campaign == null) {
      TrackedCampaign added = new TrackedCampaign(settings);
      added.policy = state.policies.get(settings.mediaType());
      state.campaigns.put(settings.id(), added);
    } else {
      campaign.settings = settings;
      campaign.policy = state.policies.get(settings.mediaType());
      index.refileMembers(campaign);
    }
  }

  void removeCampaign(TrackedCampaign campaign) {
    index.removeMembers(campaign);
    state.campaigns.remove(campaign.id());
  }

  void addAgent(AgentSettings settings) {
    state.agents.put(
        settings.id(),
        new TrackedAgent(settings.id(), settings.name(), settings.state(), state.now));
  }

  void removeAgent(TrackedAgent agent) {
    for (TrackedMember member : List.copyOf(agent.membershipList)) {
      index.removeMember(member);
      index.refreshRoutable(member.campaign);
    }
    state.agents.remove(agent.id);
  }

  /** The agent becomes a member of the campaign with the penalty, or gets the penalty there. */
  void putMembership(TrackedCampaign campaign, TrackedAgent agent, int penalty) {
    TrackedMember member = campaign.members.get(agent.id);
    if (member == null) {
      index.addMember(agent, campaign, penalty);
    } else {
      index.setPenalty(member, penalty);
    }
    index.refreshRoutable(campaign);
  }

  void removeMembership(TrackedMember member) {
    index.removeMember(member);
    index.refreshRoutable(member.campaign);
  }

  /**
   * Each agent of {@code agents} in each campaign of {@code campaigns} becomes what {@code wanted}
   * says (campaign id to agent id to membership): a member with that penalty, or no member.
   */
  void replaceMemberships(
      List<TrackedCampaign> campaigns,
      List<TrackedAgent> agents,
      Map<Long, Map<Long, Membership>> wanted) {
    for (TrackedCampaign campaign : campaigns) {
      Map<Long, Membership> inCampaign = wanted.getOrDefault(campaign.id(), Map.of());
      for (TrackedAgent agent : agents) {
        Membership membership = inCampaign.get(agent.id);
        TrackedMember member = campaign.members.get(agent.id);
        if (membership == null) {
          if (member != null) {
            index.removeMember(member);
          }
        } else if (member == null) {
          index.addMember(agent, campaign, membership.penalty());
        } else if (member.penalty != membership.penalty()) {
          index.setPenalty(member, membership.penalty());
        }
      }
      index.refreshRoutable(campaign);
    }
  }
}
