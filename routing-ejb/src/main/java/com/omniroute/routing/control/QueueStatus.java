package com.omniroute.routing.control;

import java.time.Instant;

/**
 * A campaign's queue right now.
 *
 * @param longestWaitingSince queue time of the longest-waiting interaction, {@code null} if none
 */
public record QueueStatus(
    long campaignId,
    String name,
    boolean enabled,
    boolean open,
    int waiting,
    Instant longestWaitingSince) {}
