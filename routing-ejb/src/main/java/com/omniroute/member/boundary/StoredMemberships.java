package com.omniroute.member.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.common.entity.AbstractEntity;
import com.omniroute.member.control.MembershipKey;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.member.entity.MembershipPenalty;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Visibility;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The memberships as {@link MemberService} reads and writes them: found, created, ended and
 * re-penalised, one at a time or many in one statement. Runs in the service's transaction; the
 * service checks the caller's rights, records the audit and tells the routing engine.
 */
final class StoredMemberships {

  /** The campaigns and agents of a bulk change, by id, each one visible to the caller. */
  record Parties(Map<Long, Campaign> campaigns, Map<Long, Agent> agents) {}

  private final EntityManager em;

  StoredMemberships(EntityManager em) {
    this.em = em;
  }

  /** The agent's membership of the campaign, or {@code null}. */
  CampaignMember find(Campaign campaign, Agent agent) {
    return em.createNamedQuery(CampaignMember.FIND_ONE, CampaignMember.class)
        .setParameter("campaign", campaign)
        .setParameter("agent", agent)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The existing memberships of the agents in the campaigns. */
  Set<MembershipKey> existing(Set<Long> campaigns, Set<Long> agents) {
    return new LinkedHashSet<>(penalties(campaigns, agents).keySet());
  }

  /** The existing memberships of the agents in the campaigns, with the penalty of each. */
  Map<MembershipKey, Integer> penalties(Set<Long> campaigns, Set<Long> agents) {
    return MembershipKey.penalties(
        em.createNamedQuery(CampaignMember.PENALTIES_OF_AGENTS_IN, MembershipPenalty.class)
            .setParameter("campaigns", campaigns)
            .setParameter("agents", agents)
            .getResultList());
  }

  /** The highest penalty of any member of the campaigns; {@code null} when they have none. */
  Integer highestPenalty(Set<Long> campaigns) {
    return em.createNamedQuery(CampaignMember.HIGHEST_PENALTY_IN, Integer.class)
        .setParameter("campaigns", campaigns)
        .getSingleResult();
  }

  /**
   * The campaigns and agents with the ids, after checking that the caller sees every one.
   *
   * @throws com.omniroute.platform.boundary.ServiceException {@code NOT_FOUND} for one that does
   *     not exist or is outside the caller's groups
   */
  Parties parties(Caller caller, Set<Long> campaigns, Set<Long> agents) {
    return new Parties(
        visible(
            caller,
            Campaign.class,
            Campaign.GROUPS_OF,
            Campaign.FIND_BY_IDS,
            campaigns,
            "Campaign"),
        visible(caller, Agent.class, Agent.GROUPS_OF, Agent.FIND_BY_IDS, agents, "Agent"));
  }

  /** Begins the memberships, each of the parties' campaign and agent, with its penalty. */
  void begin(Parties parties, Set<MembershipKey> keys, ToIntFunction<MembershipKey> penalty) {
    for (MembershipKey key : keys) {
      em.persist(
          new CampaignMember(
              parties.campaigns().get(key.campaignId()),
              parties.agents().get(key.agentId()),
              penalty.applyAsInt(key)));
    }
  }

  /** Ends every membership of the agents in the campaigns, in one statement. */
  void end(Set<Long> campaigns, Set<Long> agents) {
    em.createNamedQuery(CampaignMember.DELETE_AGENTS_FROM)
        .setParameter("campaigns", campaigns)
        .setParameter("agents", agents)
        .executeUpdate();
  }

  /**
   * Sets the agent's penalty in those of the campaigns it is a member of, in one statement.
   *
   * @return in how many campaigns
   */
  int setPenalty(Set<Long> campaigns, long agentId, int penalty) {
    return em.createNamedQuery(CampaignMember.SET_PENALTY_IN)
        .setParameter("penalty", penalty)
        .setParameter("campaigns", campaigns)
        .setParameter("agent", agentId)
        .executeUpdate();
  }

  private <T extends AbstractEntity> Map<Long, T> visible(
      Caller caller, Class<T> type, String groupsOf, String findByIds, Set<Long> ids, String what) {
    Visibility.requireAllVisible(em, caller, groupsOf, ids, what);
    return em.createNamedQuery(findByIds, type).setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(AbstractEntity::getId, Function.identity()));
  }
}
