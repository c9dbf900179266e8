package com.omniroute.routing.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A campaign's schedule timer: set for the exact instant its schedule next opens or closes it.
 * Keeping that instant lets the engine read the schedule at the transition itself even if the
 * container fires the timer a little early or late.
 */
record ScheduleKey(long campaignId, Instant transition) implements Serializable {}
