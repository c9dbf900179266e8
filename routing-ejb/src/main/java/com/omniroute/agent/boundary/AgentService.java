package com.omniroute.agent.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.interaction.entity.Interaction;
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
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Agents of the caller's security groups. */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class AgentService {

  /** The most agents one {@link #find} returns: a page of a list, never a whole table. */
  public static final int MAX_PAGE = Page.UP_TO_500;

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  public List<Agent> list() {
    return Visibility.inCallersGroups(em, callers.current(), Agent.FIND_IN_GROUPS, Agent.class);
  }

  /** How many agents of the caller's groups match the filter. */
  public long count(AgentFilter filter) {
    TypedQuery<Long> count = em.createNamedQuery(Agent.COUNT_MATCHING, Long.class);
    return bind(count, filter) ? count.getSingleResult() : 0;
  }

  /**
   * One page of the agents of the caller's groups that match the filter, in the given order (ties
   * by id), from the {@code first} (0-based) and at most {@code max} of them.
   *
   * @throws ServiceException {@code VALIDATION} on {@code first} or {@code max} out of range
   */
  public List<Agent> find(
      AgentFilter filter, Agent.Sort sort, boolean descending, int first, int max) {
    Checks.page(validator, first, max, Page.UpTo500.class);
    TypedQuery<Agent> page =
        em.createQuery(Agent.findMatching(sort, descending), Agent.class)
            .setFirstResult(first)
            .setMaxResults(max);
    return bind(page, filter) ? page.getResultList() : List.of();
  }

  /** The agent with this login, if there is one in the caller's groups. */
  public Optional<Agent> findByLogin(String login) {
    Caller caller = callers.current();
    return em
        .createNamedQuery(Agent.FIND_BY_LOGIN, Agent.class)
        .setParameter("login", strip(login))
        .getResultList()
        .stream()
        .filter(agent -> caller.sees(agent.getSecurityGroup().getId()))
        .findFirst();
  }

  /**
   * Sets the parameters of {@link Agent#COUNT_MATCHING} for the caller and the filter.
   *
   * @return false when nothing can match: the caller has no group, or the filter's group is none of
   *     theirs
   */
  private boolean bind(Query query, AgentFilter filter) {
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (filter.securityGroupId() != null) {
      groups =
          groups.contains(filter.securityGroupId()) ? List.of(filter.securityGroupId()) : List.of();
    }
    if (groups.isEmpty()) {
      return false;
    }
    query
        .setParameter("groups", groups)
        .setParameter(
            "states",
            filter.state() == null ? List.of(AgentState.values()) : List.of(filter.state()))
        .setParameter("name", containing(filter.name()))
        .setParameter("login", containing(filter.login()));
    return true;
  }

  /** A {@code LIKE ... ESCAPE '!'} pattern for lower-case text containing the given part. */
  static String containing(String part) {
    if (part == null || part.isBlank()) {
      return "%";
    }
    String escaped =
        part.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  /**
   * The agent, if it is in one of the caller's groups. Also used by supervisors, and by agents, who
   * may read only themselves: another agent answers as if it did not exist.
   */
  @RolesAllowed({"admin", "superadmin", "supervisor", "agent"})
  public Agent get(long id) {
    Caller caller = callers.current();
    if (!caller.hasRole(Role.ADMIN)
        && !caller.hasRole(Role.SUPERVISOR)
        && !Long.valueOf(id).equals(caller.agentId())) {
      throw ServiceException.notFound("Agent", id);
    }
    return visible(caller, id);
  }

  @ChangesRouting
  public Agent create(AgentInput input) {
    Caller caller = callers.current();
    Agent agent =
        new Agent(
            strip(input.name()),
            strip(input.login()),
            Visibility.usableGroup(em, caller, input.securityGroupId()));
    Checks.valid(validator, agent);
    requireUniqueLogin(agent.getLogin(), null);
    em.persist(agent);
    audit.created(
        AuditObjectType.AGENT,
        agent.getId(),
        agent.getName(),
        Snapshots.agent(agent),
        List.of(agent.getSecurityGroup().getId()));
    changes.fire(new ConfigurationChange.AgentChanged(agent.getId()));
    return agent;
  }

  @ChangesRouting
  public Agent update(long id, AgentInput input) {
    Caller caller = callers.current();
    Agent agent = visible(caller, id);
    var before = Snapshots.agent(agent);
    long formerGroup = agent.getSecurityGroup().getId();
    agent.setName(strip(input.name()));
    agent.setLogin(strip(input.login()));
    agent.setSecurityGroup(Visibility.usableGroup(em, caller, input.securityGroupId()));
    Checks.valid(validator, agent);
    requireUniqueLogin(agent.getLogin(), id);
    audit.updated(
        AuditObjectType.AGENT,
        id,
        agent.getName(),
        before,
        Snapshots.agent(agent),
        List.of(formerGroup, agent.getSecurityGroup().getId()));
    changes.fire(new ConfigurationChange.AgentChanged(id));
    return agent;
  }

  @ChangesRouting
  public void delete(long id) {
    Agent agent = visible(callers.current(), id);
    long handled =
        em.createNamedQuery(Interaction.COUNT_OF_AGENT, Long.class)
            .setParameter("agent", agent)
            .getSingleResult();
    if (handled > 0) {
      throw new ServiceException(
              ErrorCode.CONFLICT,
              "Agent "
                  + agent.getName()
                  + " has handled "
                  + handled
                  + " interaction(s) and is kept for their history; remove it from its campaigns instead")
          .keyed("refusal.agentHasHistory", agent.getName(), handled);
    }
    em.createNamedQuery(UserAccount.UNLINK_AGENT).setParameter("agent", agent).executeUpdate();
    em.createNamedQuery(CampaignMember.DELETE_OF_AGENT)
        .setParameter("agent", agent)
        .executeUpdate();
    audit.deleted(
        AuditObjectType.AGENT,
        id,
        agent.getName(),
        Snapshots.agent(agent),
        List.of(agent.getSecurityGroup().getId()));
    em.remove(agent);
    changes.fire(new ConfigurationChange.AgentChanged(id));
  }

  private Agent visible(Caller caller, long id) {
    return Visibility.visible(em, caller, Agent.class, id, "Agent", Agent::getSecurityGroup);
  }

  private void requireUniqueLogin(String login, Long exceptId) {
    List<Agent> same =
        em.createNamedQuery(Agent.FIND_BY_LOGIN, Agent.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("login", login)
            .getResultList();
    if (same.stream().anyMatch(a -> !a.getId().equals(exceptId))) {
      throw new ServiceException(
              ErrorCode.CONFLICT, "An agent with login " + login + " already exists")
          .keyed("refusal.agentLoginTaken", login);
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
