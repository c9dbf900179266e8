package com.omniroute.member.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.boundary.MembershipAudit;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.common.entity.AbstractEntity;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.control.AgentMemberships;
import com.omniroute.member.control.BulkChange;
import com.omniroute.member.control.CampaignPenalty;
import com.omniroute.member.control.MembershipKey;
import com.omniroute.member.control.Removal;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.control.LikePattern;
import com.omniroute.routing.boundary.ChangesRouting;
import com.omniroute.routing.boundary.ConfigurationChange;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Campaign members and their penalties, within the caller's security groups: one membership at a
 * time (the REST API), and the members screen's lists, page by page, and its bulk changes, each one
 * transaction and one event for the routing engine.
 *
 * <p>Every campaign and agent id a method is given must be visible to the caller; otherwise the
 * method answers {@code NOT_FOUND} and changes nothing. The lists show only agents and campaigns of
 * the caller's groups.
 */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class MemberService {

  /** The most rows one page of a list may have. */
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  @Inject private MembershipAudit audit;

  public List<CampaignMember> members(long campaignId) {
    Campaign campaign = campaign(callers.current(), campaignId);
    return em.createNamedQuery(CampaignMember.FIND_BY_CAMPAIGN, CampaignMember.class)
        .setParameter("campaign", campaign)
        .getResultList();
  }

  /** Adds the agent to the campaign with the penalty, or changes the penalty of a member. */
  @ChangesRouting
  public CampaignMember put(long campaignId, long agentId, Integer penalty) {
    Caller caller = callers.current();
    Campaign campaign = campaign(caller, campaignId);
    Agent agent =
        Visibility.visible(em, caller, Agent.class, agentId, "Agent", Agent::getSecurityGroup);
    if (penalty == null) {
      throw ServiceException.invalid("penalty", "Penalty is required");
    }
    var before = audit.penalties(Set.of(campaignId), Set.of(agentId));
    CampaignMember member = find(campaign, agent);
    if (member == null) {
      member = Checks.valid(validator, new CampaignMember(campaign, agent, penalty));
      em.persist(member);
    } else {
      member.setPenalty(penalty);
      Checks.valid(validator, member);
    }
    audit.changed(Set.of(campaignId), Set.of(agentId), before);
    changes.fire(new ConfigurationChange.MembershipChanged(campaignId, agentId));
    return member;
  }

  @ChangesRouting
  public void remove(long campaignId, long agentId) {
    Caller caller = callers.current();
    Campaign campaign = campaign(caller, campaignId);
    Agent agent =
        Visibility.visible(em, caller, Agent.class, agentId, "Agent", Agent::getSecurityGroup);
    CampaignMember member = find(campaign, agent);
    if (member == null) {
      throw new ServiceException(
          ErrorCode.NOT_FOUND, "Agent " + agentId + " is not a member of campaign " + campaignId);
    }
    var before = audit.penalties(Set.of(campaignId), Set.of(agentId));
    em.remove(member);
    audit.changed(Set.of(campaignId), Set.of(agentId), before);
    changes.fire(new ConfigurationChange.MembershipChanged(campaignId, agentId));
  }

  // ---------------------------------------------------------------- the members screen

  /**
   * How many agents of the caller's groups whose name contains {@code name} are members of at least
   * one of the campaigns: the size of {@link #members(Collection, String, int, int)}.
   */
  public long countMembers(Collection<Long> campaignIds, String name) {
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (campaigns.isEmpty() || groups.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(Agent.COUNT_NAMED_IN_ANY, Long.class)
        .setParameter("campaigns", campaigns)
        .setParameter("groups", groups)
        .setParameter("name", LikePattern.containing(name))
        .getSingleResult();
  }

  /**
   * A page of the agents that are members of at least one of the campaigns (their union), whose
   * name contains {@code name}, by name, each with its memberships of those campaigns. No
   * campaigns, no members.
   */
  public List<AgentMemberships> members(
      Collection<Long> campaignIds, String name, int first, int size) {
    requirePage(first, size);
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (campaigns.isEmpty() || groups.isEmpty()) {
      return List.of();
    }
    List<Object[]> agents =
        em.createNamedQuery(Agent.NAMED_IN_ANY, Object[].class)
            .setParameter("campaigns", campaigns)
            .setParameter("groups", groups)
            .setParameter("name", LikePattern.containing(name))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return withMembershipsIn(campaigns, agents);
  }

  /**
   * How many agents of the caller's groups whose name contains {@code name} are not yet members of
   * every one of the campaigns: the size of {@link #candidates(Collection, String, int, int)}.
   */
  public long countCandidates(Collection<Long> campaignIds, String name) {
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (groups.isEmpty()) {
      return 0;
    }
    return candidatesQuery(
            campaigns,
            groups,
            name,
            campaigns.isEmpty() ? Agent.COUNT_NAMED : Agent.COUNT_NAMED_NOT_IN_ALL,
            Long.class)
        .getSingleResult();
  }

  /**
   * A page of the agents of the caller's groups that are not yet members of every one of the
   * campaigns, whose name contains {@code name}, by name, each with its memberships of those
   * campaigns. Without campaigns: every agent of the caller's groups.
   */
  public List<AgentMemberships> candidates(
      Collection<Long> campaignIds, String name, int first, int size) {
    requirePage(first, size);
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Object[]> agents =
        candidatesQuery(
                campaigns,
                groups,
                name,
                campaigns.isEmpty() ? Agent.NAMED : Agent.NAMED_NOT_IN_ALL,
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return campaigns.isEmpty() ? combine(agents, List.of()) : withMembershipsIn(campaigns, agents);
  }

  private <T> TypedQuery<T> candidatesQuery(
      Set<Long> campaigns, List<Long> groups, String name, String namedQuery, Class<T> type) {
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

  /**
   * How many agents of the caller's groups have a name containing {@code name}: the size of {@link
   * #search(String, int, int)}. A blank name finds nobody.
   */
  public long countSearch(String name) {
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (name == null || name.isBlank() || groups.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(Agent.COUNT_NAMED, Long.class)
        .setParameter("groups", groups)
        .setParameter("name", LikePattern.containing(name))
        .getSingleResult();
  }

  /**
   * A page of the agents of the caller's groups whose name contains {@code name}, by name, each
   * with the voice campaigns (of the caller's groups) it is a member of. A blank name finds nobody.
   */
  public List<AgentMemberships> search(String name, int first, int size) {
    requirePage(first, size);
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (name == null || name.isBlank() || groups.isEmpty()) {
      return List.of();
    }
    List<Object[]> agents =
        em.createNamedQuery(Agent.NAMED, Object[].class)
            .setParameter("groups", groups)
            .setParameter("name", LikePattern.containing(name))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (agents.isEmpty()) {
      return List.of();
    }
    List<Object[]> memberships =
        em.createNamedQuery(CampaignMember.OF_AGENTS_IN_MEDIA, Object[].class)
            .setParameter("agents", ids(agents))
            .setParameter("mediaType", MediaType.VOICE)
            .setParameter("groups", groups)
            .getResultList();
    return combine(agents, memberships);
  }

  /**
   * Makes every agent a member of every campaign it is not yet a member of, with the penalty; the
   * penalties of existing memberships stay. One transaction: all of it or, on any refusal, nothing.
   *
   * @return the memberships that began, of how many agents, in how many campaigns
   */
  @ChangesRouting
  public BulkChange add(Collection<Long> campaignIds, Collection<Long> agentIds, Integer penalty) {
    Caller caller = callers.current();
    int valid = requirePenalty(penalty);
    Set<Long> campaigns = required("campaignIds", "campaign", campaignIds);
    Set<Long> agents = required("agentIds", "agent", agentIds);
    Map<Long, Campaign> campaignById =
        visible(
            caller,
            Campaign.class,
            Campaign.GROUPS_OF,
            Campaign.FIND_BY_IDS,
            campaigns,
            "Campaign");
    Map<Long, Agent> agentById =
        visible(caller, Agent.class, Agent.GROUPS_OF, Agent.FIND_BY_IDS, agents, "Agent");
    var before = audit.penalties(campaigns, agents);
    Set<MembershipKey> toAdd = MembershipKey.allOf(campaigns, agents);
    toAdd.removeAll(existing(campaigns, agents));
    for (MembershipKey key : toAdd) {
      em.persist(
          new CampaignMember(
              campaignById.get(key.campaignId()), agentById.get(key.agentId()), valid));
    }
    audit.changed(campaigns, agents, before);
    return changed(campaigns, agents, toAdd);
  }

  /**
   * The penalty to propose for agents joining the campaigns: the highest penalty of their present
   * members, so that a newcomer is offered interactions after everyone already there, not before;
   * {@link CampaignMember#DEFAULT_PENALTY} when they have no members (or no campaign is given).
   */
  public int penaltyForNewcomers(Collection<Long> campaignIds) {
    Set<Long> campaigns = visibleCampaigns(callers.current(), campaignIds);
    if (campaigns.isEmpty()) {
      return CampaignMember.DEFAULT_PENALTY;
    }
    Integer highest =
        em.createNamedQuery(CampaignMember.HIGHEST_PENALTY_IN, Integer.class)
            .setParameter("campaigns", campaigns)
            .getSingleResult();
    return highest == null ? CampaignMember.DEFAULT_PENALTY : highest;
  }

  /**
   * Makes each agent a member of its campaign again with the penalty it had: the undo of a {@link
   * #remove(Collection, Collection)}. A membership that exists meanwhile keeps its penalty. One
   * transaction: all of it or, on any refusal (a campaign or agent gone or no longer visible),
   * nothing.
   *
   * @param penalties the penalty of each membership to restore
   * @return the memberships that began again
   */
  @ChangesRouting
  public BulkChange restore(Map<MembershipKey, Integer> penalties) {
    Caller caller = callers.current();
    if (penalties == null || penalties.isEmpty()) {
      throw ServiceException.invalid("memberships", "Select at least one membership");
    }
    penalties.values().forEach(this::requirePenalty);
    Set<Long> campaigns = new LinkedHashSet<>();
    Set<Long> agents = new LinkedHashSet<>();
    penalties.keySet().forEach(key -> campaigns.add(key.campaignId()));
    penalties.keySet().forEach(key -> agents.add(key.agentId()));
    Map<Long, Campaign> campaignById =
        visible(
            caller,
            Campaign.class,
            Campaign.GROUPS_OF,
            Campaign.FIND_BY_IDS,
            campaigns,
            "Campaign");
    Map<Long, Agent> agentById =
        visible(caller, Agent.class, Agent.GROUPS_OF, Agent.FIND_BY_IDS, agents, "Agent");
    Set<MembershipKey> toAdd = new LinkedHashSet<>(penalties.keySet());
    toAdd.removeAll(existing(campaigns, agents));
    var before = audit.penalties(campaigns, agents);
    for (MembershipKey key : toAdd) {
      em.persist(
          new CampaignMember(
              campaignById.get(key.campaignId()),
              agentById.get(key.agentId()),
              penalties.get(key)));
    }
    audit.changed(campaigns, agents, before);
    return changed(campaigns, agents, toAdd);
  }

  /**
   * Ends every membership of the agents in the campaigns. One transaction and one statement.
   *
   * @return the memberships that ended, with the penalty each had (what {@link #restore(Map)} needs
   *     to undo it), of how many agents, in how many campaigns
   */
  @ChangesRouting
  public Removal remove(Collection<Long> campaignIds, Collection<Long> agentIds) {
    Caller caller = callers.current();
    Set<Long> campaigns = required("campaignIds", "campaign", campaignIds);
    Set<Long> agents = required("agentIds", "agent", agentIds);
    Visibility.requireAllVisible(em, caller, Campaign.GROUPS_OF, campaigns, "Campaign");
    Visibility.requireAllVisible(em, caller, Agent.GROUPS_OF, agents, "Agent");
    var before = audit.penalties(campaigns, agents);
    Map<MembershipKey, Integer> toRemove = existingPenalties(campaigns, agents);
    if (!toRemove.isEmpty()) {
      em.createNamedQuery(CampaignMember.DELETE_AGENTS_FROM)
          .setParameter("campaigns", campaigns)
          .setParameter("agents", agents)
          .executeUpdate();
    }
    audit.changed(campaigns, agents, before);
    return new Removal(changed(campaigns, agents, toRemove.keySet()), toRemove);
  }

  /**
   * Sets the agent's penalty in every one of the campaigns it is a member of, in one statement.
   *
   * @return in how many campaigns the penalty was set
   * @throws ServiceException {@code NOT_FOUND} when the agent is a member of none of them
   */
  @ChangesRouting
  public int setPenalty(Collection<Long> campaignIds, long agentId, Integer penalty) {
    Caller caller = callers.current();
    int valid = requirePenalty(penalty);
    Set<Long> campaigns = required("campaignIds", "campaign", campaignIds);
    Visibility.requireAllVisible(em, caller, Campaign.GROUPS_OF, campaigns, "Campaign");
    Visibility.requireAllVisible(em, caller, Agent.GROUPS_OF, Set.of(agentId), "Agent");
    var before = audit.penalties(campaigns, Set.of(agentId));
    int updated =
        em.createNamedQuery(CampaignMember.SET_PENALTY_IN)
            .setParameter("penalty", valid)
            .setParameter("campaigns", campaigns)
            .setParameter("agent", agentId)
            .executeUpdate();
    if (updated == 0) {
      throw new ServiceException(
          ErrorCode.NOT_FOUND,
          "Agent " + agentId + " is not a member of any of campaigns " + sorted(campaigns));
    }
    audit.changed(campaigns, Set.of(agentId), before);
    changes.fire(new ConfigurationChange.MembershipsChanged(campaigns, Set.of(agentId)));
    return updated;
  }

  // ---------------------------------------------------------------- helpers

  private BulkChange changed(Set<Long> campaigns, Set<Long> agents, Set<MembershipKey> pairs) {
    BulkChange change = BulkChange.of(pairs);
    if (!change.isEmpty()) {
      changes.fire(new ConfigurationChange.MembershipsChanged(campaigns, agents));
    }
    return change;
  }

  private Set<MembershipKey> existing(Set<Long> campaigns, Set<Long> agents) {
    return new LinkedHashSet<>(existingPenalties(campaigns, agents).keySet());
  }

  private Map<MembershipKey, Integer> existingPenalties(Set<Long> campaigns, Set<Long> agents) {
    Map<MembershipKey, Integer> penalties = new LinkedHashMap<>();
    for (Object[] row :
        em.createNamedQuery(CampaignMember.PENALTIES_OF_AGENTS_IN, Object[].class)
            .setParameter("campaigns", campaigns)
            .setParameter("agents", agents)
            .getResultList()) {
      penalties.put(new MembershipKey((Long) row[0], (Long) row[1]), (Integer) row[2]);
    }
    return penalties;
  }

  /** The entities with the ids, by id, after checking that the caller sees every one. */
  private <T extends AbstractEntity> Map<Long, T> visible(
      Caller caller, Class<T> type, String groupsOf, String findByIds, Set<Long> ids, String what) {
    Visibility.requireAllVisible(em, caller, groupsOf, ids, what);
    return em.createNamedQuery(findByIds, type).setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(AbstractEntity::getId, Function.identity()));
  }

  /** The campaign ids, distinct, after checking that the caller sees every one. */
  private Set<Long> visibleCampaigns(Caller caller, Collection<Long> campaignIds) {
    Set<Long> campaigns = campaignIds == null ? Set.of() : new LinkedHashSet<>(campaignIds);
    Visibility.requireAllVisible(em, caller, Campaign.GROUPS_OF, campaigns, "Campaign");
    return campaigns;
  }

  /** Each agent row ({@code [id, name, login]}) with its memberships of the campaigns. */
  private List<AgentMemberships> withMembershipsIn(Set<Long> campaigns, List<Object[]> agents) {
    if (agents.isEmpty()) {
      return List.of();
    }
    List<Object[]> memberships =
        em.createNamedQuery(CampaignMember.OF_AGENTS_IN, Object[].class)
            .setParameter("campaigns", campaigns)
            .setParameter("agents", ids(agents))
            .getResultList();
    return combine(agents, memberships);
  }

  /**
   * Agent rows ({@code [id, name, login]}) in their order, each with its membership rows ({@code
   * [agentId, campaignId, campaignName, penalty]}) in theirs.
   */
  private static List<AgentMemberships> combine(List<Object[]> agents, List<Object[]> memberships) {
    Map<Long, List<CampaignPenalty>> byAgent = new LinkedHashMap<>();
    for (Object[] m : memberships) {
      byAgent
          .computeIfAbsent((Long) m[0], id -> new ArrayList<>())
          .add(new CampaignPenalty((Long) m[1], (String) m[2], (Integer) m[3]));
    }
    return agents.stream()
        .map(
            a ->
                new AgentMemberships(
                    (Long) a[0],
                    (String) a[1],
                    (String) a[2],
                    byAgent.getOrDefault((Long) a[0], List.of())))
        .toList();
  }

  private static List<Long> ids(List<Object[]> rows) {
    return rows.stream().map(row -> (Long) row[0]).toList();
  }

  private int requirePenalty(Integer penalty) {
    if (penalty == null) {
      throw ServiceException.invalid("penalty", "Penalty is required");
    }
    Set<ConstraintViolation<CampaignMember>> broken =
        validator.validateValue(CampaignMember.class, "penalty", penalty);
    if (!broken.isEmpty()) {
      throw ServiceException.invalid("penalty", broken.iterator().next().getMessage());
    }
    return penalty;
  }

  private static Set<Long> required(String field, String what, Collection<Long> ids) {
    if (ids == null || ids.isEmpty() || ids.contains(null)) {
      throw ServiceException.invalid(field, "Select at least one " + what);
    }
    return new LinkedHashSet<>(ids);
  }

  private static void requirePage(int first, int size) {
    if (first < 0) {
      throw ServiceException.invalid("first", "First row must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ServiceException.invalid("size", "Page size must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  private static List<Long> sorted(Set<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private CampaignMember find(Campaign campaign, Agent agent) {
    return em.createNamedQuery(CampaignMember.FIND_ONE, CampaignMember.class)
        .setParameter("campaign", campaign)
        .setParameter("agent", agent)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Campaign campaign(Caller caller, long id) {
    return Visibility.visible(
        em, caller, Campaign.class, id, "Campaign", Campaign::getSecurityGroup);
  }
}
