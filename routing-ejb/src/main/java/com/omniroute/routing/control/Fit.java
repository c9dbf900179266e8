package com.omniroute.routing.control;

/**
 * Whether an agent could be offered a campaign's media type right now, and if not, the first rule
 * that stops it: rules 2 and 3 of docs/design.md section 3. The one place the core decides
 * eligibility; the routing index files members by it and the explanations count members by it.
 */
enum Fit {
  /** Rule 2: READY, under the campaign's limit, enough spare capacity. */
  NORMAL,
  /** Rule 3: not enough spare, but everything in hand may be put on hold for this media type. */
  OVERRIDE,
  /** Not READY (NOT_READY or LOGGED_OUT). */
  NOT_READY,
  /** Holds the campaign's maximum of interactions per agent already. */
  AT_MAX,
  /** Neither enough spare capacity nor an override. */
  NO_CAPACITY;

  boolean offerable() {
    return this == NORMAL || this == OVERRIDE;
  }

  static Fit of(TrackedAgent agent, TrackedCampaign campaign) {
    if (agent.state != LiveAgentState.READY) {
      return NOT_READY;
    }
    if (agent.heldOf(campaign) >= campaign.settings.maxInteractionsPerAgent()) {
      return AT_MAX;
    }
    MediaPolicy policy = campaign.policy;
    if (policy.fitsNormally(agent.used)) {
      return NORMAL;
    }
    if (agent.held.isEmpty()) {
      return NO_CAPACITY;
    }
    for (TrackedInteraction inHand : agent.held) {
      if (!policy.mayOverride(inHand.mediaType)) {
        return NO_CAPACITY;
      }
    }
    return OVERRIDE;
  }
}
