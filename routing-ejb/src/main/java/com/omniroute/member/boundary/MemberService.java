package com.omniroute.member.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.Checks;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;

/** Campaign members and their penalties, within the caller's security groups. */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class MemberService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  public List<CampaignMember> members(long campaignId) {
    Campaign campaign = campaign(callers.current(), campaignId);
    return em.createNamedQuery(CampaignMember.FIND_BY_CAMPAIGN, CampaignMember.class)
        .setParameter("campaign", campaign)
        .getResultList();
  }

  /** Adds the agent to the campaign with the penalty, or changes the penalty of a member. */
  public CampaignMember put(long campaignId, long agentId, Integer penalty) {
    Caller caller = callers.current();
    Campaign campaign = campaign(caller, campaignId);
    Agent agent =
        Visibility.visible(em, caller, Agent.class, agentId, "Agent", Agent::getSecurityGroup);
    if (penalty == null) {
      throw ServiceException.invalid("penalty", "Penalty is required");
    }
    CampaignMember member = find(campaign, agent);
    if (member == null) {
      member = Checks.valid(validator, new CampaignMember(campaign, agent, penalty));
      em.persist(member);
    } else {
      member.setPenalty(penalty);
      Checks.valid(validator, member);
    }
    changes.fire(new ConfigurationChange.MembershipChanged(campaignId, agentId));
    return member;
  }

  public void remove(long campaignId, long agentId) {
    Caller caller = callers.current();
    Campaign campaign = campaign(caller, campaignId);
    Agent agent =
        Visibility.visible(em, caller, Agent.class, agentId, "Agent", Agent::getSecurityGroup);
    CampaignMember member = find(campaign, agent);
    if (member == null) {
      throw new ServiceException(
          com.omniroute.platform.boundary.ErrorCode.NOT_FOUND,
          "Agent " + agentId + " is not a member of campaign " + campaignId);
    }
    em.remove(member);
    changes.fire(new ConfigurationChange.MembershipChanged(campaignId, agentId));
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
