package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.routing.control.RoutingConfiguration;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * What a rebuild reads from the database: the stored campaigns and live interactions (for their
 * timers), and everything as the core's own values.
 */
record StoredState(
    List<Campaign> campaigns, List<Interaction> live, RoutingConfiguration configuration) {

  /** Reads it in the current transaction; campaigns open or closed by schedule at {@code now}. */
  static StoredState read(EntityManager em, Instant now) {
    List<Campaign> campaigns =
        em.createNamedQuery(Campaign.FIND_ALL, Campaign.class).getResultList();
    List<Interaction> live =
        em.createNamedQuery(Interaction.FIND_IN_STATES, Interaction.class)
            .setParameter("states", InteractionState.LIVE)
            .getResultList();
    return new StoredState(
        campaigns,
        live,
        new RoutingConfiguration(
            em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList().stream()
                .map(CoreMapping::policy)
                .toList(),
            campaigns.stream().map(c -> CoreMapping.campaign(c, now)).toList(),
            em.createNamedQuery(Agent.FIND_ALL, Agent.class).getResultList().stream()
                .map(CoreMapping::agent)
                .toList(),
            em
                .createNamedQuery(CampaignMember.FIND_ALL, CampaignMember.class)
                .getResultList()
                .stream()
                .map(CoreMapping::membership)
                .toList(),
            live.stream().map(CoreMapping::restored).toList()));
  }
}
