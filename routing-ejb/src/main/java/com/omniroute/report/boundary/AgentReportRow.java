package com.omniroute.report.boundary;

import com.omniroute.report.entity.AgentFigures;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of the agent report (docs/design.md section 13): one agent, one interval of the report's
 * time zone.
 *
 * @param intervalStart in the report's time zone, with its offset then
 * @param handleSeconds time spent handling interactions in the interval (answer to wrap-up end;
 *     parallel chats each count)
 * @param notReadySeconds not-ready time by reason; time without a reason under {@value #NO_REASON}
 * @param occupancyPercent the share of the agent's capacity in use while logged in (ready or not
 *     ready), weighted by each media type's capacity share; {@code null} when not logged in
 */
public record AgentReportRow(
    long agentId,
    OffsetDateTime intervalStart,
    long offered,
    long answered,
    long rejected,
    long missed,
    double handleSeconds,
    double readySeconds,
    Map<String, Double> notReadySeconds,
    Double occupancyPercent)
    implements Serializable {

  /** The not-ready reason of time for which the agent gave none. */
  public static final String NO_REASON = "unspecified";

  static AgentReportRow of(long agentId, OffsetDateTime start, AgentFigures f) {
    long loggedIn = f.getReadyMillis() + f.getNotReadyMillis();
    return new AgentReportRow(
        agentId,
        start,
        f.getOffered(),
        f.getAnswered(),
        f.getRejected(),
        f.getMissed(),
        Figures.seconds(f.getHandleMillis()),
        Figures.seconds(f.getReadyMillis()),
        f.getNotReadyMillis() == 0
            ? Map.of()
            : Map.of(NO_REASON, Figures.seconds(f.getNotReadyMillis())),
        loggedIn == 0 ? null : Math.min(100.0, Figures.percent(f.getOccupiedMillis(), loggedIn)));
  }
}
