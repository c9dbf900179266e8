package com.omniroute.stats.boundary;

import java.io.Serializable;

/**
 * One campaign on the supervisor dashboard: its queue now, its day so far (in its time zone) and
 * its members by agent state.
 *
 * @param readyBusy how many of the READY members hold at least one interaction (offered, active or
 *     in wrap-up), in any campaign
 * @param serviceLevelPercent {@code null} while nothing was answered or abandoned late today
 * @param serviceLevelAnswered the day's interactions answered within the service level time
 * @param serviceLevelMeasured the day's interactions the service level counts (answered, and
 *     abandoned after the service level time)
 */
public record CampaignLive(
    long id,
    String name,
    String mediaType,
    String timeZone,
    boolean enabled,
    boolean open,
    long waiting,
    long longestWaitSeconds,
    Double serviceLevelPercent,
    long serviceLevelAnswered,
    long serviceLevelMeasured,
    long answered,
    long abandoned,
    long chatsOverTimeLimit,
    long ready,
    long readyBusy,
    long notReady,
    long loggedOut)
    implements Serializable {}
