package com.omniroute.interaction.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditAction;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import com.omniroute.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;

/**
 * Interactions and agents at work: what connectors hand in, what agents do with their offers, and
 * who may see which. Every routing event goes to the {@link RoutingEngine}, which commits it before
 * this service answers.
 */
@Stateless
// No transaction: one would hold a pooled connection while waiting for the engine's commit group,
// whose writer needs a connection to commit. The engine commits every event itself.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InteractionService {

  /** An interaction as stored, with the words that explain where it is. */
  public record InteractionDetails(Interaction interaction, String explanation) {}

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Callers callers;

  @Inject private RoutingEngine engine;

  @Inject private AuditLog audit;

  /**
   * Hands a new interaction in. Refused at the door with {@code CAMPAIGN_DISABLED}, {@code
   * CAMPAIGN_CLOSED} or {@code QUEUE_FULL}; the refusal is stored for the statistics.
   */
  @RolesAllowed({"connector", "admin", "superadmin"})
  public InteractionDetails arrive(InteractionInput input) {
    Checks.valid(validator, input);
    Caller caller = callers.current();
    Campaign campaign = em.find(Campaign.class, input.campaignId());
    if (campaign == null || !caller.sees(campaign.getSecurityGroup().getId())) {
      throw ServiceException.invalid(
          "campaignId", "Campaign " + input.campaignId() + " does not exist");
    }
    RoutingEngine.Arrival arrival =
        engine.arrive(
            campaign.getId(),
            input.customer().strip(),
            input.subject(),
            input.priority() == null ? 0 : input.priority());
    if (arrival.rejection() != null) {
      throw new ServiceException(
          ErrorCode.valueOf(arrival.rejection().name()), arrival.interaction().getReason());
    }
    // As committed by the engine's group: no need to read it again.
    return details(arrival.interaction());
  }

  @RolesAllowed({"connector", "admin", "supervisor", "agent", "superadmin"})
  public InteractionDetails get(long id) {
    return details(visible(callers.current(), id));
  }

  @RolesAllowed({"connector", "admin", "superadmin"})
  public InteractionDetails abandon(long id) {
    visible(callers.current(), id);
    engine.abandon(id);
    return reread(id);
  }

  @RolesAllowed({"agent", "superadmin"})
  public InteractionDetails accept(long id) {
    long agentId = holder(id);
    engine.accept(id, agentId);
    return reread(id);
  }

  @RolesAllowed({"agent", "superadmin"})
  public InteractionDetails reject(long id) {
    long agentId = holder(id);
    engine.reject(id, agentId);
    return reread(id);
  }

  @RolesAllowed({"agent", "superadmin"})
  public InteractionDetails finish(long id) {
    long agentId = holder(id);
    engine.finish(id, agentId);
    return reread(id);
  }

  /** Sets the agent READY, NOT_READY or LOGGED_OUT; the agent itself, a supervisor or an admin. */
  @RolesAllowed({"agent", "supervisor", "admin", "superadmin"})
  public AgentWork changeAgentState(long agentId, String state) {
    Caller caller = callers.current();
    accessibleAgent(caller, agentId);
    LiveAgentState target;
    try {
      target = LiveAgentState.valueOf(String.valueOf(state).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid("state", "State must be READY, NOT_READY or LOGGED_OUT");
    }
    if (Long.valueOf(agentId).equals(caller.agentId())) {
      engine.changeAgentState(agentId, target);
    } else {
      // A supervisor's or administrator's action on someone else: audited in the same commit.
      engine.changeAgentState(
          agentId,
          target,
          (agent, before, after) ->
              audit.record(
                  caller.username(),
                  AuditAction.STATE_CHANGED,
                  AuditObjectType.AGENT,
                  agentId,
                  agent.getName(),
                  Snapshots.agentState(before.name()),
                  Snapshots.agentState(after.name()),
                  java.util.List.of(agent.getSecurityGroup().getId())));
    }
    return engine.work(agentId);
  }

  @RolesAllowed({"agent", "supervisor", "admin", "superadmin"})
  public AgentWork work(long agentId) {
    accessibleAgent(callers.current(), agentId);
    return engine.work(agentId);
  }

  /**
   * The interaction as the database holds it after the engine's commit. Without a transaction the
   * persistence context lives as long as this call and may still hold the instance read before the
   * event, so the read bypasses it (a refresh needs a transaction).
   */
  private InteractionDetails reread(long id) {
    return details(
        em.find(
            Interaction.class,
            id,
            Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
  }

  private InteractionDetails details(Interaction interaction) {
    String explanation =
        interaction.getState() == InteractionState.QUEUED
            ? engine.whyWaiting(interaction.getId())
            : interaction.getReason();
    return new InteractionDetails(interaction, explanation);
  }

  /**
   * The interaction if the caller may see it: staff of its campaign's security group, or the agent
   * holding it. Anything else answers exactly like an unknown id.
   */
  private Interaction visible(Caller caller, long id) {
    Interaction interaction = em.find(Interaction.class, id);
    boolean staff =
        caller.hasRole(Role.CONNECTOR)
            || caller.hasRole(Role.ADMIN)
            || caller.hasRole(Role.SUPERVISOR);
    boolean seen =
        interaction != null
            && ((staff && caller.sees(interaction.getCampaign().getSecurityGroup().getId()))
                || (interaction.getAgent() != null
                    && interaction.getAgent().getId().equals(caller.agentId())));
    if (!seen) {
      throw ServiceException.notFound("Interaction", id);
    }
    return interaction;
  }

  /** The calling agent's id, if that agent holds the interaction. */
  private long holder(long id) {
    Caller caller = callers.current();
    Interaction interaction = em.find(Interaction.class, id);
    if (interaction == null
        || caller.agentId() == null
        || interaction.getAgent() == null
        || !interaction.getAgent().getId().equals(caller.agentId())) {
      throw ServiceException.notFound("Interaction", id);
    }
    return caller.agentId();
  }

  private Agent accessibleAgent(Caller caller, long agentId) {
    if (Long.valueOf(agentId).equals(caller.agentId())) {
      return em.find(Agent.class, agentId);
    }
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.SUPERVISOR)) {
      return Visibility.visible(em, caller, Agent.class, agentId, "Agent", Agent::getSecurityGroup);
    }
    throw ServiceException.notFound("Agent", agentId);
  }
}
