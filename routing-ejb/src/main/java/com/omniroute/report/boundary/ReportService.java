package com.omniroute.report.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.report.control.IntervalDeltas;
import com.omniroute.report.control.ReportInterval;
import com.omniroute.report.control.Rollup;
import com.omniroute.report.entity.AgentFigures;
import com.omniroute.report.entity.CampaignFigures;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interval reports of docs/design.md section 13, read from the 15-minute aggregates and rolled
 * up into 15 minutes, hours or days: campaigns in each campaign's time zone, agents in the time
 * zone asked for (UTC by default). Only the campaigns and agents of the caller's security groups.
 */
@Stateless
@RolesAllowed({"admin", "supervisor", "superadmin"})
// Reads only: no transaction holds a connection longer than the query.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportService {

  /** Campaigns or agents per query of the aggregates. */
  private static final int SLICE = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  private final Clock clock = Clock.systemUTC();

  /** A report's parameters, as the API and the console receive them (text, possibly bad). */
  public record Request(String from, String to, String interval, Long id, String timeZone) {}

  /** A campaign or agent a report may be asked for; agents have no time zone. */
  public record Subject(long id, String name, String timeZone) implements java.io.Serializable {}

  /** The campaigns of the caller's security groups, by name. */
  public List<Subject> campaignChoices() {
    return Visibility.inCallersGroups(
            em, callers.current(), Campaign.FIND_IN_GROUPS, Campaign.class)
        .stream()
        .map(c -> new Subject(c.getId(), c.getName(), c.getTimeZone()))
        .toList();
  }

  /** The agents of the caller's security groups, by name. */
  public List<Subject> agentChoices() {
    return Visibility.inCallersGroups(em, callers.current(), Agent.FIND_IN_GROUPS, Agent.class)
        .stream()
        .map(a -> new Subject(a.getId(), a.getName(), null))
        .toList();
  }

  /** The rows of the campaigns' report, by campaign (in name order) then time. */
  public List<CampaignReportRow> campaigns(Request request) {
    Range range = range(request, false);
    Caller caller = callers.current();
    List<Campaign> campaigns =
        request.id() == null
            ? Visibility.inCallersGroups(em, caller, Campaign.FIND_IN_GROUPS, Campaign.class)
            : List.of(
                Visibility.visible(
                    em,
                    caller,
                    Campaign.class,
                    request.id(),
                    "Campaign",
                    Campaign::getSecurityGroup));
    Map<Long, Rollup<CampaignFigures>> rollups = new HashMap<>();
    for (Campaign c : campaigns) {
      rollups.put(
          c.getId(),
          new Rollup<>(
              range.interval(),
              ZoneId.of(c.getTimeZone()),
              CampaignFigures::new,
              CampaignFigures::add));
    }
    Map<ZoneId, List<Long>> byZone = new HashMap<>();
    campaigns.forEach(
        c ->
            byZone
                .computeIfAbsent(ZoneId.of(c.getTimeZone()), z -> new ArrayList<>())
                .add(c.getId()));
    byZone.forEach(
        (zone, ids) ->
            read(
                CAMPAIGN_SUMS,
                12,
                ids,
                zone,
                range,
                (id, start, v) -> rollups.get(id).add(start, CampaignFigures.ofColumns(v))));
    List<CampaignReportRow> rows = new ArrayList<>();
    for (Campaign c : campaigns) {
      for (Rollup.Row<CampaignFigures> row : rollups.get(c.getId()).rows()) {
        rows.add(CampaignReportRow.of(c.getId(), row.start().toOffsetDateTime(), row.figures()));
      }
    }
    return rows;
  }

  /** The rows of the agents' report, by agent (in name order) then time. */
  public List<AgentReportRow> agents(Request request) {
    Range range = range(request, true);
    Caller caller = callers.current();
    List<Agent> agents =
        request.id() == null
            ? Visibility.inCallersGroups(em, caller, Agent.FIND_IN_GROUPS, Agent.class)
            : List.of(
                Visibility.visible(
                    em, caller, Agent.class, request.id(), "Agent", Agent::getSecurityGroup));
    Map<Long, Rollup<AgentFigures>> rollups = new HashMap<>();
    for (Agent a : agents) {
      rollups.put(
          a.getId(),
          new Rollup<>(range.interval(), range.zone(), AgentFigures::new, AgentFigures::add));
    }
    read(
        AGENT_SUMS,
        8,
        List.copyOf(rollups.keySet()),
        range.zone(),
        range,
        (id, start, v) -> rollups.get(id).add(start, AgentFigures.ofColumns(v)));
    addOpenPeriods(agents, range, rollups);
    List<AgentReportRow> rows = new ArrayList<>();
    for (Agent a : agents) {
      for (Rollup.Row<AgentFigures> row : rollups.get(a.getId()).rows()) {
        rows.add(AgentReportRow.of(a.getId(), row.start().toOffsetDateTime(), row.figures()));
      }
    }
    return rows;
  }

  /*
   * The periods of the agents' current states have not ended, so they are not in the aggregates
   * yet: counted up to now, within the range.
   */
  private void addOpenPeriods(
      List<Agent> agents, Range range, Map<Long, Rollup<AgentFigures>> rollups) {
    Instant now = clock.instant();
    Instant to =
        Instant.ofEpochSecond(range.to()).isBefore(now) ? Instant.ofEpochSecond(range.to()) : now;
    IntervalDeltas open = new IntervalDeltas();
    for (Agent a : agents) {
      if (a.getStateSince() != null) {
        Instant from = Instant.ofEpochSecond(range.from());
        Instant since = a.getStateSince().isBefore(from) ? from : a.getStateSince();
        open.stateEnded(a.getId(), a.getState(), since, to);
      }
    }
    open.agents()
        .forEach((key, figures) -> rollups.get(key.agentId()).add(key.intervalStart(), figures));
  }

  /* The checked parameters: [from, to) in epoch seconds, the interval and the agents' zone. */
  private record Range(long from, long to, ReportInterval interval, ZoneId zone) {}

  private static Range range(Request request, boolean withZone) {
    List<Violation> violations = new ArrayList<>();
    Instant from = instant("from", request.from(), violations);
    Instant to = instant("to", request.to(), violations);
    ReportInterval interval = null;
    if (request.interval() == null || request.interval().isBlank()) {
      violations.add(new Violation("interval", "Interval is required: 15m, hour or day"));
    } else {
      interval =
          ReportInterval.of(request.interval().trim())
              .orElseGet(
                  () -> {
                    violations.add(
                        new Violation(
                            "interval",
                            "Interval '" + request.interval() + "' is not one of 15m, hour, day"));
                    return null;
                  });
    }
    ZoneId zone = ZoneOffset.UTC;
    if (withZone && request.timeZone() != null && !request.timeZone().isBlank()) {
      try {
        zone = ZoneId.of(request.timeZone().trim());
      } catch (DateTimeException e) {
        violations.add(
            new Violation(
                "timeZone",
                "Time zone '"
                    + request.timeZone()
                    + "' is not a time zone id such as Europe/Madrid"));
      }
    }
    if (from != null && to != null) {
      if (!from.isBefore(to)) {
        violations.add(new Violation("to", "To must be after from"));
      } else if (interval != null
          && Duration.between(from, to).compareTo(interval.longestRange()) > 0) {
        violations.add(
            new Violation(
                "to",
                "A report by "
                    + interval.code()
                    + " covers at most "
                    + interval.longestRange().toDays()
                    + " days"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ServiceException(ErrorCode.VALIDATION, violations.get(0).message(), violations);
    }
    return new Range(from.getEpochSecond(), to.getEpochSecond(), interval, zone);
  }

  private static Instant instant(String field, String text, List<Violation> violations) {
    String name = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    if (text == null || text.isBlank()) {
      violations.add(
          new Violation(field, name + " is required, as an instant such as 2026-12-01T00:00:00Z"));
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeException e) {
      violations.add(
          new Violation(
              field, name + " '" + text + "' is not an instant such as 2026-12-01T00:00:00Z"));
      return null;
    }
  }

  /*
   * The stored rows are added up by the database into the report's intervals, so that a report of
   * 90 days reads a row per campaign and day, not 8,640. Within a stretch of time in which the zone's
   * offset does not change, the local 15 minutes, hours and days are the UTC seconds plus the
   * offset, divided by their length: one GROUP BY, spelt the same on H2 and MySQL. The range is cut
   * at the zone's offset changes (daylight saving), and the Rollup adds the pieces of a day cut in
   * two. Each group is handed over with the first stored interval in it, which lies in the report
   * row the Rollup files it under.
   */
  private static final String CAMPAIGN_SUMS =
      "SELECT campaign_id, MIN(interval_start), SUM(offered), SUM(answered),"
          + " SUM(answered_in_service_level), SUM(abandoned), SUM(abandoned_after_service_level),"
          + " SUM(rejected), SUM(speed_of_answer_ms), SUM(handled), SUM(handle_ms),"
          + " MAX(longest_wait_ms), SUM(overflowed), SUM(callbacks) FROM campaign_interval"
          + " WHERE campaign_id IN (%s) AND interval_start >= ? AND interval_start < ?"
          + " GROUP BY campaign_id, FLOOR((interval_start + %d) / %d)";

  private static final String AGENT_SUMS =
      "SELECT agent_id, MIN(interval_start), SUM(offered), SUM(answered), SUM(rejected),"
          + " SUM(missed), SUM(handle_ms), SUM(occupied_ms), SUM(ready_ms), SUM(not_ready_ms)"
          + " FROM agent_interval"
          + " WHERE agent_id IN (%s) AND interval_start >= ? AND interval_start < ?"
          + " GROUP BY agent_id, FLOOR((interval_start + %d) / %d)";

  @FunctionalInterface
  private interface Sums {
    void add(long id, long firstStart, long[] values);
  }

  private void read(String sql, int columns, List<Long> ids, ZoneId zone, Range range, Sums sums) {
    long length = range.interval().seconds();
    for (long[] stretch : constantOffsets(zone, range.from(), range.to())) {
      for (List<Long> slice : slices(ids)) {
        String inList = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
        jakarta.persistence.Query query =
            em.createNativeQuery(String.format(sql, inList, stretch[2], length));
        int p = 1;
        for (Long id : slice) {
          query.setParameter(p++, id);
        }
        query.setParameter(p++, stretch[0]);
        query.setParameter(p, stretch[1]);
        for (Object row : query.getResultList()) {
          Object[] cells = (Object[]) row;
          long[] values = new long[columns];
          for (int i = 0; i < columns; i++) {
            values[i] = ((Number) cells[i + 2]).longValue();
          }
          sums.add(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(), values);
        }
      }
    }
  }

  /* [start, end, offset seconds] stretches of [from, to) in which the zone's offset is constant. */
  private static List<long[]> constantOffsets(ZoneId zone, long from, long to) {
    List<long[]> stretches = new ArrayList<>();
    java.time.zone.ZoneRules rules = zone.getRules();
    long start = from;
    while (start < to) {
      Instant at = Instant.ofEpochSecond(start);
      java.time.zone.ZoneOffsetTransition next = rules.nextTransition(at);
      long end = next == null ? to : Math.min(to, next.getInstant().getEpochSecond());
      stretches.add(new long[] {start, end, rules.getOffset(at).getTotalSeconds()});
      start = end;
    }
    return stretches;
  }

  /* Long IN lists in slices, as databases limit the parameters of one statement. */
  private static List<List<Long>> slices(List<Long> ids) {
    List<List<Long>> slices = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += SLICE) {
      slices.add(ids.subList(i, Math.min(ids.size(), i + SLICE)));
    }
    return slices;
  }
}
