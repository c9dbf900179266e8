package com.omniroute.routing.control;

/** An agent's membership of a campaign; a lower penalty (0..100) is served first. */
public record Membership(long campaignId, long agentId, int penalty) {

  public Membership {
    if (penalty < 0 || penalty > 100) {
      throw RoutingException.validation("penalty must be between 0 and 100, was " + penalty);
    }
  }
}
