package com.omniroute.member.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.boundary.MembershipAudit;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.member.control.AgentMemberships;
import com.omniroute.member.control.BulkChange;
import com.omniroute.member.control.MembershipKey;
import com.omniroute.member.control.Removal;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.Page;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.ChangesRouting;
import com.omniroute.routing.boundary.ConfigurationChange;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  public static final int MAX_PAGE_SIZE = Page.UP_TO_100;

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  @Inject private MembershipAudit audit;

  private StoredMemberships stored;

  @PostConstruct
  void start() {
    stored = new StoredMemberships(em);
  }

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
    int valid = requirePenalty(penalty);
    var before = audit.penalties(Set.of(campaignId), Set.of(agentId));
    CampaignMember member = stored.find(campaign, agent);
    if (member == null) {
      member = Checks.valid(validator, new CampaignMember(campaign, agent, valid));
      em.persist(member);
    } else {
      member.setPenalty(valid);
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
    CampaignMember member = stored.find(campaign, agent);
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
    return new MemberListQuery(em, groups, name).countMembers(campaigns);
  }

  /**
   * A page of the agents that are members of at least one of the campaigns (their union), whose
   * name contains {@code name}, by name, each with its memberships of those campaigns. No
   * campaigns, no members.
   */
  public List<AgentMemberships> members(
      Collection<Long> campaignIds, String name, int first, int size) {
    Checks.page(validator, first, size, Page.UpTo100.class);
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (campaigns.isEmpty() || groups.isEmpty()) {
      return List.of();
    }
    return new MemberListQuery(em, groups, name).members(campaigns, first, size);
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
    return new MemberListQuery(em, groups, name).countCandidates(campaigns);
  }

  /**
   * A page of the agents of the caller's groups that are not yet members of every one of the
   * campaigns, whose name contains {@code name}, by name, each with its memberships of those
   * campaigns. Without campaigns: every agent of the caller's groups.
   */
  public List<AgentMemberships> candidates(
      Collection<Long> campaignIds, String name, int first, int size) {
    Checks.page(validator, first, size, Page.UpTo100.class);
    Caller caller = callers.current();
    Set<Long> campaigns = visibleCampaigns(caller, campaignIds);
    List<Long> groups = Visibility.groupIds(em, caller);
    if (groups.isEmpty()) {
      return List.of();
    }
    return new MemberListQuery(em, groups, name).candidates(campaigns, first, size);
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
    return new MemberListQuery(em, groups, name).countSearch();
  }

  /**
   * The members screen's search: a page of the agents of the caller's groups whose name contains
   * {@code name}, by name, each with its memberships of <em>voice campaigns only</em> (of the
   * caller's groups), as the search modal shows them (docs/console.md). An agent found is listed
   * even when it is in no voice campaign, with no memberships; its chat, email and other
   * memberships are never listed here. A blank name finds nobody.
   */
  public List<AgentMemberships> search(String name, int first, int size) {
    Checks.page(validator, first, size, Page.UpTo100.class);
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (name == null || name.isBlank() || groups.isEmpty()) {
      return List.of();
    }
    return new MemberListQuery(em, groups, name).search(first, size);
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
    StoredMemberships.Parties parties = stored.parties(caller, campaigns, agents);
    var before = audit.penalties(campaigns, agents);
    Set<MembershipKey> toAdd = MembershipKey.allOf(campaigns, agents);
    toAdd.removeAll(stored.existing(campaigns, agents));
    stored.begin(parties, toAdd, key -> valid);
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
    Integer highest = stored.highestPenalty(campaigns);
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
    StoredMemberships.Parties parties = stored.parties(caller, campaigns, agents);
    Set<MembershipKey> toAdd = new LinkedHashSet<>(penalties.keySet());
    toAdd.removeAll(stored.existing(campaigns, agents));
    var before = audit.penalties(campaigns, agents);
    stored.begin(parties, toAdd, penalties::get);
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
    Map<MembershipKey, Integer> toRemove = stored.penalties(campaigns, agents);
    if (!toRemove.isEmpty()) {
      stored.end(campaigns, agents);
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
    int updated = stored.setPenalty(campaigns, agentId, valid);
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

  /** The campaign ids, distinct, after checking that the caller sees every one. */
  private Set<Long> visibleCampaigns(Caller caller, Collection<Long> campaignIds) {
    Set<Long> campaigns = campaignIds == null ? Set.of() : new LinkedHashSet<>(campaignIds);
    Visibility.requireAllVisible(em, caller, Campaign.GROUPS_OF, campaigns, "Campaign");
    return campaigns;
  }

  /** The one check of a penalty a caller gives: required, and within the entity's constraints. */
  private int requirePenalty(Integer penalty) {
    if (penalty == null) {
      throw ServiceException.invalid("penalty", "Penalty is required");
    }
    return Checks.validValue(validator, CampaignMember.class, "penalty", penalty);
  }

  private static Set<Long> required(String field, String what, Collection<Long> ids) {
    if (ids == null || ids.isEmpty() || ids.contains(null)) {
      throw ServiceException.invalid(field, "Select at least one " + what);
    }
    return new LinkedHashSet<>(ids);
  }

  private static List<Long> sorted(Set<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private Campaign campaign(Caller caller, long id) {
    return Visibility.visible(
        em, caller, Campaign.class, id, "Campaign", Campaign::getSecurityGroup);
  }
}
