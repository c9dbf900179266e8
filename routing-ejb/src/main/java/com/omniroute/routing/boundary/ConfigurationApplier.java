package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.member.entity.MembershipPenalty;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.RoutingCore;
import com.omniroute.routing.control.RoutingResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Applies a configuration change to the routing engine inside the transaction that makes it (design
 * section 10, "one source of truth"): the change is flushed, read back as the core's values,
 * checked and applied by the core, and the core's effects (a new READY member may be offered
 * waiting work at once) are written in the same transaction. A change the core refuses throws its
 * refusal, so the transaction rolls back and nothing is stored. The transaction holds the engine's
 * writer turn throughout ({@link ChangesRouting}), and a rollback after the core applied the change
 * rebuilds the engine ({@link WriterTurn}).
 */
@ApplicationScoped
public class ConfigurationApplier {

  private static final Object TURN = WriterTurn.class;

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry registry;

  @Inject private RoutingEngine engine;

  /** Takes the writer's turn for the current transaction, once per transaction. */
  public void holdTurn() {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("A routing configuration change needs a transaction");
    }
    if (registry.getResource(TURN) != null) {
      return;
    }
    WriterTurn turn = engine.holdTurn();
    try {
      registry.registerInterposedSynchronization(turn);
    } catch (RuntimeException e) {
      turn.afterCompletion(Status.STATUS_ROLLEDBACK);
      throw e;
    }
    registry.putResource(TURN, turn);
  }

  /** Observes a change in the transaction that makes it, before it commits. */
  void apply(@Observes ConfigurationChange change) {
    holdTurn();
    WriterTurn turn = (WriterTurn) registry.getResource(TURN);
    em.flush();
    TimerOrders.Deferred timers = new TimerOrders.Deferred();
    RoutingResult result = engine.changeConfiguration(coreChange(change, timers));
    turn.applied();
    EffectWriter writer = new EffectWriter(em, timers, Instant::now);
    writer.write(result);
    writer.writeFigures();
    engine.setTimers(timers);
    engine.announce(writer.touchedAgents());
  }

  /* The change as the core's values, read from this transaction; schedule timers as orders. */
  private Function<RoutingCore, RoutingResult> coreChange(
      ConfigurationChange change, TimerOrders timers) {
    if (change instanceof ConfigurationChange.CampaignChanged c) {
      Campaign campaign = em.find(Campaign.class, c.campaignId());
      if (campaign == null) {
        timers.cancelSchedule(c.campaignId());
        return core -> core.removeCampaign(c.campaignId());
      }
      Instant now = Instant.now();
      timers.scheduleNextTransition(
          campaign.getId(), CoreMapping.schedule(campaign), CoreMapping.zone(campaign), now);
      var settings = CoreMapping.campaign(campaign, now);
      return core -> core.upsertCampaign(settings);
    }
    if (change instanceof ConfigurationChange.AgentChanged a) {
      Agent agent = em.find(Agent.class, a.agentId());
      if (agent == null) {
        return core -> core.removeAgent(a.agentId());
      }
      var settings = CoreMapping.agent(agent);
      return core -> core.upsertAgent(settings);
    }
    if (change instanceof ConfigurationChange.MembershipChanged m) {
      List<CampaignMember> member =
          em.createNamedQuery(CampaignMember.FIND_ONE, CampaignMember.class)
              .setParameter("campaign", em.getReference(Campaign.class, m.campaignId()))
              .setParameter("agent", em.getReference(Agent.class, m.agentId()))
              .getResultList();
      if (member.isEmpty()) {
        return core -> core.removeMembership(m.campaignId(), m.agentId());
      }
      Membership membership = CoreMapping.membership(member.get(0));
      return core -> core.upsertMembership(membership);
    }
    if (change instanceof ConfigurationChange.MembershipsChanged m) {
      List<Membership> stored =
          em
              .createNamedQuery(CampaignMember.PENALTIES_OF_AGENTS_IN, MembershipPenalty.class)
              .setParameter("campaigns", m.campaignIds())
              .setParameter("agents", m.agentIds())
              .getResultList()
              .stream()
              .map(row -> new Membership(row.campaignId(), row.agentId(), row.penalty()))
              .toList();
      return core -> core.replaceMemberships(m.campaignIds(), m.agentIds(), stored);
    }
    ConfigurationChange.MediaPolicyChanged p = (ConfigurationChange.MediaPolicyChanged) change;
    var policy = CoreMapping.policy(em.find(MediaType.class, p.code()));
    return core -> core.upsertMediaPolicy(policy);
  }
}
