package com.omniroute.report.boundary;

import com.omniroute.report.entity.CampaignFigures;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One row of the campaign report (docs/design.md section 13): one campaign, one interval of its
 * time zone. Averages and the service level are {@code null} when nothing was measured in the
 * interval.
 *
 * @param intervalStart in the campaign's time zone, with its offset then
 * @param serviceLevelPercent answered within the service level time / (answered + abandoned after
 *     it), as a percentage
 * @param averageHandleSeconds answer to wrap-up end, over the interactions whose wrap-up ended
 * @param longestWaitSeconds the longest wait that ended (answered or abandoned) in the interval
 */
public record CampaignReportRow(
    long campaignId,
    OffsetDateTime intervalStart,
    long offered,
    long answered,
    long answeredWithinServiceLevel,
    long abandoned,
    long rejected,
    Double serviceLevelPercent,
    Double averageSpeedOfAnswerSeconds,
    Double averageHandleSeconds,
    double longestWaitSeconds,
    long overflowed,
    long callbacks)
    implements Serializable {

  static CampaignReportRow of(long campaignId, OffsetDateTime start, CampaignFigures f) {
    long measured = f.getAnswered() + f.getAbandonedAfterServiceLevel();
    return new CampaignReportRow(
        campaignId,
        start,
        f.getOffered(),
        f.getAnswered(),
        f.getAnsweredInServiceLevel(),
        f.getAbandoned(),
        f.getRejected(),
        measured == 0 ? null : Figures.percent(f.getAnsweredInServiceLevel(), measured),
        f.getAnswered() == 0
            ? null
            : Figures.seconds(f.getSpeedOfAnswerMillis() / (double) f.getAnswered()),
        f.getHandled() == 0 ? null : Figures.seconds(f.getHandleMillis() / (double) f.getHandled()),
        Figures.seconds(f.getLongestWaitMillis()),
        f.getOverflowed(),
        f.getCallbacks());
  }
}
