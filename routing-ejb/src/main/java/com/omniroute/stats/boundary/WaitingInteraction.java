package com.omniroute.stats.boundary;

import com.omniroute.routing.control.Explanation;
import java.io.Serializable;
import java.time.Instant;

/**
 * A waiting interaction as the dashboard lists it, with the routing core's words for why no agent
 * has it yet (codes and arguments, which the console renders in the user's language).
 */
public record WaitingInteraction(
    long id,
    String customer,
    String mediaType,
    int priority,
    Instant queuedAt,
    long waitedSeconds,
    Explanation explanation)
    implements Serializable {}
