package com.omniroute.stats.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A waiting interaction as the dashboard lists it, with the routing core's words for why no agent
 * has it yet.
 */
public record WaitingInteraction(
    long id,
    String customer,
    String mediaType,
    int priority,
    Instant queuedAt,
    long waitedSeconds,
    String explanation)
    implements Serializable {}
