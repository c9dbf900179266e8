package com.omniroute.routing.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.routing.control.AgentSettings;
import com.omniroute.routing.control.CampaignSettings;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.LiveInteractionState;
import com.omniroute.routing.control.MediaPolicy;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.RestoredInteraction;
import com.omniroute.schedule.control.Schedule;
import com.omniroute.schedule.control.ScheduleException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;

/** Translates the stored entities into the routing core's own value types, and states back. */
final class CoreMapping {

  private static final Logger LOG = Logger.getLogger(CoreMapping.class.getName());

  private CoreMapping() {}

  static MediaPolicy policy(MediaType type) {
    return new MediaPolicy(
        type.getCode(),
        type.getShare(),
        type.getRequiredSpare(),
        type.getPrecedence(),
        type.getOverrides());
  }

  /** The campaign as the core needs it, open or closed by its schedule at the given instant. */
  static CampaignSettings campaign(Campaign c, Instant at) {
    return new CampaignSettings(
        c.getId(),
        c.getName(),
        c.getMediaType().getCode(),
        c.isEnabled(),
        schedule(c).isOpen(at, zone(c)),
        c.getAcdLimit(),
        c.getMaxInteractionsPerAgent(),
        c.getOfferTimeoutSeconds(),
        c.getWrapUpSeconds(),
        c.getDropoutSeconds(),
        c.getServiceLevelSeconds(),
        c.getChatTimeLimitSeconds());
  }

  /**
   * The campaign's schedule. Saved schedules are validated, so a malformed one can only come from
   * outside the application; it is logged and read as always open rather than stopping routing.
   */
  static Schedule schedule(Campaign c) {
    try {
      return Schedule.parse(c.getSchedule());
    } catch (ScheduleException e) {
      LOG.warning(
          () ->
              "Campaign "
                  + c.getId()
                  + " has a malformed schedule, read as always open: "
                  + e.getMessage());
      return Schedule.ALWAYS_OPEN;
    }
  }

  static ZoneId zone(Campaign c) {
    return ZoneId.of(c.getTimeZone());
  }

  static AgentSettings agent(Agent a) {
    return new AgentSettings(a.getId(), a.getName(), LiveAgentState.valueOf(a.getState().name()));
  }

  static Membership membership(CampaignMember m) {
    return new Membership(m.getCampaign().getId(), m.getAgent().getId(), m.getPenalty());
  }

  /**
   * A live interaction as the core restores it. A waiting interaction whose earlier offer was
   * rejected or timed out keeps that offer's time in the database, as history; to the core it is
   * waiting and was never offered, so the time is left out.
   */
  static RestoredInteraction restored(Interaction i) {
    boolean waiting = i.getState() == InteractionState.QUEUED;
    return new RestoredInteraction(
        i.getId(),
        i.getCampaign().getId(),
        i.getMediaType(),
        i.getPriority(),
        LiveInteractionState.valueOf(i.getState().name()),
        i.getQueuedAt(),
        i.getAgent() == null ? null : i.getAgent().getId(),
        i.isForced(),
        i.isOnHold(),
        waiting ? null : i.getOfferedAt(),
        i.getAnsweredAt(),
        i.getFinishedAt());
  }

  static InteractionState stored(LiveInteractionState state) {
    return InteractionState.valueOf(state.name());
  }

  static AgentState stored(LiveAgentState state) {
    return AgentState.valueOf(state.name());
  }
}
