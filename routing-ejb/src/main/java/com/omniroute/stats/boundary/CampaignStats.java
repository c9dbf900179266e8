package com.omniroute.stats.boundary;

import java.io.Serializable;

/**
 * A campaign's real-time statistics for its current day, as {@code GET /campaigns/{id}/stats};
 * {@code chatsOverTimeLimit} counts the interactions active now beyond the chat time limit.
 */
public record CampaignStats(
    long waiting,
    long longestWaitSeconds,
    long offered,
    long answered,
    long abandoned,
    long rejected,
    double serviceLevelPercent,
    boolean open,
    long chatsOverTimeLimit)
    implements Serializable {}
