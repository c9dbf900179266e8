package com.omniroute.routing.control;

import java.time.Instant;

/**
 * A read-only copy of one live interaction.
 *
 * @param agentId the agent holding it, {@code null} while QUEUED
 * @param onHold put on hold by an override and not yet resumed
 * @param overChatTimeLimit ACTIVE for longer than its campaign's chat time limit (never if 0)
 * @param offerDeadline when an OFFERED interaction's offer times out; {@code null} in any other
 *     state or when its campaign has no offer timeout
 * @param wrapUpEnds when a WRAP_UP interaction's wrap-up ends; {@code null} in any other state
 */
public record InteractionView(
    long id,
    long campaignId,
    String mediaType,
    int priority,
    LiveInteractionState state,
    Long agentId,
    boolean forced,
    boolean onHold,
    boolean overChatTimeLimit,
    Instant queuedAt,
    Instant offeredAt,
    Instant answeredAt,
    Instant finishedAt,
    Instant offerDeadline,
    Instant wrapUpEnds,
    String reason) {}
