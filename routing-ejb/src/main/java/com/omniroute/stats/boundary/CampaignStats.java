package com.omniroute.stats.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * A campaign's real-time statistics for its current day, as {@code GET /campaigns/{id}/stats};
 * {@code chatsOverTimeLimit} counts the interactions active now beyond the chat time limit; {@code
 * serviceLevelPercent} is {@code null} while nothing was answered or abandoned late today, and the
 * API writes that null rather than leaving the property out, so a client sees "no service level
 * yet", not a missing field.
 */
public record CampaignStats(
    long waiting,
    long longestWaitSeconds,
    long offered,
    long answered,
    long abandoned,
    long rejected,
    @JsonbNillable Double serviceLevelPercent,
    boolean open,
    long chatsOverTimeLimit)
    implements Serializable {}
