package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.routing.control.AgentSettings;
import com.omniroute.routing.control.AgentState;
import com.omniroute.routing.control.CampaignSettings;
import com.omniroute.routing.control.InteractionState;
import com.omniroute.routing.control.MediaPolicy;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.RestoredInteraction;

/** Translates the stored entities into the routing core's own value types, and states back. */
final class CoreMapping {

  private CoreMapping() {}

  static MediaPolicy policy(MediaType type) {
    return new MediaPolicy(
        type.getCode(),
        type.getShare(),
        type.getRequiredSpare(),
        type.getPrecedence(),
        type.getOverrides());
  }

  /** Campaign schedules are not evaluated yet (issue #5): every campaign is open. */
  static CampaignSettings campaign(Campaign c) {
    return new CampaignSettings(
        c.getId(),
        c.getName(),
        c.getMediaType().getCode(),
        c.isEnabled(),
        true,
        c.getAcdLimit(),
        c.getMaxInteractionsPerAgent(),
        c.getOfferTimeoutSeconds(),
        c.getWrapUpSeconds(),
        c.getDropoutSeconds(),
        c.getServiceLevelSeconds(),
        c.getChatTimeLimitSeconds());
  }

  static AgentSettings agent(Agent a) {
    return new AgentSettings(a.getId(), a.getName(), AgentState.valueOf(a.getState().name()));
  }

  static Membership membership(CampaignMember m) {
    return new Membership(m.getCampaign().getId(), m.getAgent().getId(), m.getPenalty());
  }

  static RestoredInteraction restored(Interaction i) {
    return new RestoredInteraction(
        i.getId(),
        i.getCampaign().getId(),
        i.getMediaType(),
        i.getPriority(),
        InteractionState.valueOf(i.getState().name()),
        i.getQueuedAt(),
        i.getAgent() == null ? null : i.getAgent().getId(),
        i.isForced(),
        i.isOnHold(),
        i.getOfferedAt(),
        i.getAnsweredAt(),
        i.getFinishedAt());
  }

  static com.omniroute.interaction.entity.InteractionState stored(InteractionState state) {
    return com.omniroute.interaction.entity.InteractionState.valueOf(state.name());
  }

  static com.omniroute.agent.entity.AgentState stored(AgentState state) {
    return com.omniroute.agent.entity.AgentState.valueOf(state.name());
  }
}
