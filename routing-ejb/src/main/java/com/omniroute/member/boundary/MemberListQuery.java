package com.omniroute.member.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentSummary;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.control.AgentMemberships;
import com.omniroute.member.control.CampaignPenalty;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.member.entity.MembershipSummary;
import com.omniroute.platform.control.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists of the members screen as the database counts and pages them: agents of the caller's
 * security groups whose name contains a text, each with its memberships of some campaigns. For one
 * caller's groups and one name; runs in the transaction of the {@link MemberService} that made it,
 * which has checked the campaign ids and the page.
 */
final class MemberListQuery {

  private final EntityManager em;
  private final List<Long> groups;
  private final String name;

  /**
   * @param groups the caller's security group ids, at least one
   * @param name what the agents' names contain, as typed
   */
  MemberListQuery(EntityManager em, List<Long> groups, String name) {
    this.em = em;
    this.groups = groups;
    this.name = name;
  }

  /** How many agents are members of at least one of the campaigns (at least one). */
  long countMembers(Set<Long> campaigns) {
    return em.createNamedQuery(Agent.COUNT_NAMED_IN_ANY, Long.class)
        .setParameter("campaigns", campaigns)
        .setParameter("groups", groups)
        .setParameter("name", LikePattern.containing(name))
        .getSingleResult();
  }

  /** A page of the agents {@link #countMembers} counts, by name, with their memberships there. */
  List<AgentMemberships> members(Set<Long> campaigns, int first, int size) {
    List<AgentSummary> agents =
        em.createNamedQuery(Agent.NAMED_IN_ANY, AgentSummary.class)
            .setParameter("campaigns", campaigns)
            .setParameter("groups", groups)
            .setParameter("name", LikePattern.containing(name))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return withMembershipsIn(campaigns, agents);
  }

  /**
   * How many agents are not yet members of every one of the campaigns; without campaigns, how many
   * agents there are.
   */
  long countCandidates(Set<Long> campaigns) {
    return candidatesQuery(
            campaigns,
            campaigns.isEmpty() ? Agent.COUNT_NAMED : Agent.COUNT_NAMED_NOT_IN_ALL,
            Long.class)
        .getSingleResult();
  }

  /**
   * A page of the agents {@link #countCandidates} counts, by name, with their memberships of the
   * campaigns.
   */
  List<AgentMemberships> candidates(Set<Long> campaigns, int first, int size) {
    List<AgentSummary> agents =
        candidatesQuery(
                campaigns,
                campaigns.isEmpty() ? Agent.NAMED : Agent.NAMED_NOT_IN_ALL,
                AgentSummary.class)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return campaigns.isEmpty() ? combine(agents, List.of()) : withMembershipsIn(campaigns, agents);
  }

  private <T> TypedQuery<T> candidatesQuery(Set<Long> campaigns, String namedQuery, Class<T> type) {
    TypedQuery<T> query =
        em.createNamedQuery(namedQuery, type)
            .setParameter("groups", groups)
            .setParameter("name", LikePattern.containing(name));
    if (!campaigns.isEmpty()) {
      query
          .setParameter("campaigns", campaigns)
          .setParameter("campaignCount", (long) campaigns.size());
    }
    return query;
  }

  /** How many agents there are. */
  long countSearch() {
    return em.createNamedQuery(Agent.COUNT_NAMED, Long.class)
        .setParameter("groups", groups)
        .setParameter("name", LikePattern.containing(name))
        .getSingleResult();
  }

  /**
   * A page of the agents {@link #countSearch} counts, by name, each with the campaigns of the
   * groups it is a member of, voice campaigns only (other media types are left out).
   */
  List<AgentMemberships> search(int first, int size) {
    List<AgentSummary> agents =
        em.createNamedQuery(Agent.NAMED, AgentSummary.class)
            .setParameter("groups", groups)
            .setParameter("name", LikePattern.containing(name))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (agents.isEmpty()) {
      return List.of();
    }
    List<MembershipSummary> memberships =
        em.createNamedQuery(CampaignMember.OF_AGENTS_IN_MEDIA, MembershipSummary.class)
            .setParameter("agents", ids(agents))
            .setParameter("mediaType", MediaType.VOICE)
            .setParameter("groups", groups)
            .getResultList();
    return combine(agents, memberships);
  }

  /** Each agent with its memberships of the campaigns. */
  private List<AgentMemberships> withMembershipsIn(Set<Long> campaigns, List<AgentSummary> agents) {
    if (agents.isEmpty()) {
      return List.of();
    }
    List<MembershipSummary> memberships =
        em.createNamedQuery(CampaignMember.OF_AGENTS_IN, MembershipSummary.class)
            .setParameter("campaigns", campaigns)
            .setParameter("agents", ids(agents))
            .getResultList();
    return combine(agents, memberships);
  }

  /** The agents in their order, each with its memberships in theirs. */
  private static List<AgentMemberships> combine(
      List<AgentSummary> agents, List<MembershipSummary> memberships) {
    Map<Long, List<CampaignPenalty>> byAgent = new LinkedHashMap<>();
    for (MembershipSummary m : memberships) {
      byAgent
          .computeIfAbsent(m.agentId(), id -> new ArrayList<>())
          .add(new CampaignPenalty(m.campaignId(), m.campaignName(), m.penalty()));
    }
    return agents.stream()
        .map(
            a ->
                new AgentMemberships(
                    a.id(), a.name(), a.login(), byAgent.getOrDefault(a.id(), List.of())))
        .toList();
  }

  private static List<Long> ids(List<AgentSummary> agents) {
    return agents.stream().map(AgentSummary::id).toList();
  }
}
