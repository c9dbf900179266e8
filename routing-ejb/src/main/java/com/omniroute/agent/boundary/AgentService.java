package com.omniroute.agent.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.ConfigurationChange;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;

/** Agents of the caller's security groups. */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class AgentService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  public List<Agent> list() {
    return Visibility.inCallersGroups(em, callers.current(), Agent.FIND_IN_GROUPS, Agent.class);
  }

  /** The agent, if it is in one of the caller's groups. Also used by supervisors and agents. */
  @RolesAllowed({"admin", "superadmin", "supervisor", "agent"})
  public Agent get(long id) {
    return visible(callers.current(), id);
  }

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
    changes.fire(new ConfigurationChange.AgentChanged(agent.getId()));
    return agent;
  }

  public Agent update(long id, AgentInput input) {
    Caller caller = callers.current();
    Agent agent = visible(caller, id);
    agent.setName(strip(input.name()));
    agent.setLogin(strip(input.login()));
    agent.setSecurityGroup(Visibility.usableGroup(em, caller, input.securityGroupId()));
    Checks.valid(validator, agent);
    requireUniqueLogin(agent.getLogin(), id);
    changes.fire(new ConfigurationChange.AgentChanged(id));
    return agent;
  }

  public void delete(long id) {
    Agent agent = visible(callers.current(), id);
    long handled =
        em.createQuery("SELECT COUNT(i) FROM Interaction i WHERE i.agent = :agent", Long.class)
            .setParameter("agent", agent)
            .getSingleResult();
    if (handled > 0) {
      throw new ServiceException(
          ErrorCode.CONFLICT,
          "Agent "
              + agent.getName()
              + " has handled "
              + handled
              + " interaction(s) and is kept for their history; remove it from its campaigns instead");
    }
    em.createQuery("UPDATE UserAccount u SET u.agent = NULL WHERE u.agent = :agent")
        .setParameter("agent", agent)
        .executeUpdate();
    em.createQuery("DELETE FROM CampaignMember m WHERE m.agent = :agent")
        .setParameter("agent", agent)
        .executeUpdate();
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
          ErrorCode.CONFLICT, "An agent with login " + login + " already exists");
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
