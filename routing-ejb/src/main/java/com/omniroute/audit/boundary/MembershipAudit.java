package com.omniroute.audit.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditAction;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.member.control.MembershipKey;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.member.entity.MembershipPenalty;
import com.omniroute.security.boundary.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Audits membership changes, one entry per membership that began, ended or changed its penalty,
 * whether one at a time (the API) or in bulk (the members screen): the service reads the penalties
 * of the pairs it may change before changing them, and hands them back afterwards. Each entry
 * belongs to its campaign's and its agent's security groups.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MembershipAudit {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  /** The penalties of the existing memberships of the agents in the campaigns. */
  public Map<MembershipKey, Integer> penalties(
      Collection<Long> campaignIds, Collection<Long> agentIds) {
    if (campaignIds.isEmpty() || agentIds.isEmpty()) {
      return new LinkedHashMap<>();
    }
    return MembershipKey.penalties(
        em.createNamedQuery(CampaignMember.PENALTIES_OF_AGENTS_IN, MembershipPenalty.class)
            .setParameter("campaigns", campaignIds)
            .setParameter("agents", agentIds)
            .getResultList());
  }

  /** Records what changed among the memberships since {@code before} was read. */
  public void changed(
      Collection<Long> campaignIds, Collection<Long> agentIds, Map<MembershipKey, Integer> before) {
    Map<MembershipKey, Integer> after = penalties(campaignIds, agentIds);
    Set<MembershipKey> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
    if (keys.isEmpty()) {
      return;
    }
    Map<Long, Campaign> campaigns =
        byId(
            em.createNamedQuery(Campaign.FIND_BY_IDS, Campaign.class)
                .setParameter("ids", keys.stream().map(MembershipKey::campaignId).toList())
                .getResultList(),
            Campaign::getId);
    Map<Long, Agent> agents =
        byId(
            em.createNamedQuery(Agent.FIND_BY_IDS, Agent.class)
                .setParameter("ids", keys.stream().map(MembershipKey::agentId).toList())
                .getResultList(),
            Agent::getId);
    String username = callers.current().username();
    for (MembershipKey key : keys) {
      Campaign campaign = campaigns.get(key.campaignId());
      Agent agent = agents.get(key.agentId());
      Integer was = before.get(key);
      Integer is = after.get(key);
      AuditAction action =
          was == null
              ? AuditAction.CREATED
              : is == null ? AuditAction.DELETED : AuditAction.UPDATED;
      audit.record(
          username,
          action,
          AuditObjectType.MEMBER,
          Snapshots.memberId(key.campaignId(), key.agentId()),
          Snapshots.memberName(campaign.getName(), agent.getName()),
          was == null ? null : snapshot(campaign, agent, was),
          is == null ? null : snapshot(campaign, agent, is),
          List.of(campaign.getSecurityGroup().getId(), agent.getSecurityGroup().getId()));
    }
  }

  private static Map<String, Object> snapshot(Campaign campaign, Agent agent, int penalty) {
    return Snapshots.member(
        campaign.getId(), campaign.getName(), agent.getId(), agent.getName(), penalty);
  }

  private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
    return entities.stream()
        .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
