package com.omniroute.routing.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a configuration change passes before the core applies it: a whole configuration (media
 * policies, campaigns, agents, memberships, restored interactions) and each single change. A check
 * that fails throws a {@link RoutingException} ({@code VALIDATION} for input that can never be
 * right, {@code INVALID_STATE} for a change the live state does not allow now), and nothing has
 * changed yet when it does.
 */
final class ConfigurationChecks {

  private ConfigurationChecks() {}

  /** Every reference in a configuration resolves, nothing is listed twice, every state is live. */
  static void validate(RoutingConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    Set<String> media = new HashSet<>();
    configuration.mediaPolicies().forEach(p -> media.add(p.code()));
    Map<Long, CampaignSettings> campaignsById = new HashMap<>();
    for (CampaignSettings c : configuration.campaigns()) {
      if (!media.contains(c.mediaType())) {
        throw RoutingException.validation(
            c.name() + " uses media type " + c.mediaType() + ", which has no capacity policy");
      }
      campaignsById.put(c.id(), c);
    }
    Set<Long> agentIds =
        configuration.agents().stream().map(AgentSettings::id).collect(Collectors.toSet());
    Set<String> pairs = new HashSet<>();
    for (Membership m : configuration.memberships()) {
      if (!campaignsById.containsKey(m.campaignId()) || !agentIds.contains(m.agentId())) {
        throw RoutingException.validation(
            "membership of agent "
                + m.agentId()
                + " in campaign "
                + m.campaignId()
                + " names an unknown agent or campaign");
      }
      if (!pairs.add(m.campaignId() + "/" + m.agentId())) {
        throw RoutingException.validation(
            "agent " + m.agentId() + " is listed twice as a member of campaign " + m.campaignId());
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (RestoredInteraction r : configuration.interactions()) {
      String what = "restored interaction " + r.id();
      if (!ids.add(r.id())) {
        throw RoutingException.validation(what + " is listed twice");
      }
      if (!campaignsById.containsKey(r.campaignId())) {
        throw RoutingException.validation(what + " names unknown campaign " + r.campaignId());
      }
      if (r.mediaType() != null && !media.contains(r.mediaType())) {
        throw RoutingException.validation(what + " has unknown media type " + r.mediaType());
      }
      if (r.state() == null || r.queuedAt() == null) {
        throw RoutingException.validation(what + " needs a state and a queue time");
      }
      if (r.priority() < 0 || r.priority() > 9) {
        throw RoutingException.validation(what + " has priority " + r.priority());
      }
      switch (r.state()) {
        case QUEUED, OFFERED -> {}
        case ACTIVE, WRAP_UP -> {
          if (r.agentId() == null || !agentIds.contains(r.agentId())) {
            throw RoutingException.validation(what + " is " + r.state() + " without a known agent");
          }
          if (r.state() == LiveInteractionState.WRAP_UP && r.finishedAt() == null) {
            throw RoutingException.validation(what + " is in WRAP_UP without a finish time");
          }
        }
        default -> throw RoutingException.validation(what + " is " + r.state() + ", not live");
      }
    }
  }

  /**
   * A campaign's new settings: its media type has a capacity policy, and does not change while
   * interactions wait in its queue, because a queue holds one media type.
   *
   * @param campaign the campaign as the core knows it, or null for a new one
   */
  static void campaignChange(
      Map<String, MediaPolicy> policies, TrackedCampaign campaign, CampaignSettings settings) {
    Objects.requireNonNull(settings, "settings");
    requirePolicy(policies, settings.mediaType(), settings.name());
    if (campaign != null
        && !campaign.settings.mediaType().equals(settings.mediaType())
        && !campaign.waiting.isEmpty()) {
      throw RoutingException.invalidState(
          campaign.name()
              + " has "
              + campaign.waiting.size()
              + " interactions waiting; its media type cannot change until they are served");
    }
  }

  static void requirePolicy(
      Map<String, MediaPolicy> policies, String mediaType, String campaignName) {
    if (!policies.containsKey(mediaType)) {
      throw RoutingException.validation(
          campaignName + " uses media type " + mediaType + ", which has no capacity policy");
    }
  }

  /** A campaign leaves routing only when none of its interactions is live. */
  static void campaignRemoval(TrackedCampaign campaign) {
    if (!campaign.waiting.isEmpty() || campaign.held > 0) {
      throw RoutingException.invalidState(
          campaign.name() + " still has live interactions and cannot be removed from routing");
    }
  }

  /** The membership a removal names; an agent that is no member is {@code NOT_FOUND}. */
  static TrackedMember membership(TrackedCampaign campaign, TrackedAgent agent) {
    TrackedMember member = campaign.members.get(agent.id);
    if (member == null) {
      throw RoutingException.notFound(agent.name + " is not a member of " + campaign.name());
    }
    return member;
  }

  /** An agent leaves routing only with empty hands. */
  static void agentRemoval(TrackedAgent agent) {
    if (!agent.held.isEmpty()) {
      throw RoutingException.invalidState(
          agent.name + " holds " + agent.held.size() + " interactions and cannot be removed");
    }
  }

  /**
   * The memberships that replace those of some agents in some campaigns, by campaign and agent;
   * each must be one of those pairs.
   */
  static Map<Long, Map<Long, Membership>> replacement(
      Collection<Long> campaignIds, Collection<Long> agentIds, Collection<Membership> stored) {
    Map<Long, Map<Long, Membership>> wanted = new HashMap<>();
    for (Membership m : stored) {
      if (!campaignIds.contains(m.campaignId()) || !agentIds.contains(m.agentId())) {
        throw RoutingException.validation(
            "membership of agent "
                + m.agentId()
                + " in campaign "
                + m.campaignId()
                + " is outside the campaigns and agents being replaced");
      }
      wanted.computeIfAbsent(m.campaignId(), id -> new HashMap<>()).put(m.agentId(), m);
    }
    return wanted;
  }
}
