package com.omniroute.report.boundary;

import com.omniroute.report.control.IntervalDeltas;
import com.omniroute.report.entity.AgentFigures;
import com.omniroute.report.entity.CampaignFigures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 5.1: fills the interval report aggregates that migration 5 created from the
 * interactions already stored, with the same {@link IntervalDeltas} the engine uses live, so that
 * both mean the same. In Java rather than SQL because the interval arithmetic on timestamps is
 * spelt differently by H2 and MySQL, and to share the definitions.
 *
 * <p>One campaign at a time (by the interaction's campaign index), then one agent at a time (by the
 * agent foreign key's index), so memory holds one campaign's or one agent's intervals at most.
 *
 * <p>What the stored interactions cannot tell is left at 0: rejected and missed offers, earlier
 * offers of an interaction offered more than once, ready and not-ready time (docs/reports.md).
 */
public class IntervalBackfill implements JavaMigration {

  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private static final String INTERACTIONS =
      "SELECT campaign_id, agent_id, media_type, state, queued_at, offered_at, answered_at,"
          + " ended_at FROM interaction WHERE ";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5.1");
  }

  @Override
  public String getDescription() {
    return "backfill interval reports";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Map<Long, Integer> serviceLevels =
        longToInt(connection, "SELECT id, service_level_seconds FROM campaign");
    Map<String, Integer> shares = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, share FROM media_type")) {
      while (rs.next()) {
        shares.put(rs.getString(1), rs.getInt(2));
      }
    }
    for (long campaignId : ids(connection, "SELECT DISTINCT campaign_id FROM interaction")) {
      IntervalDeltas deltas =
          replay(connection, "campaign_id = ?", campaignId, serviceLevels, shares);
      insertCampaigns(connection, deltas.campaigns());
    }
    for (long agentId :
        ids(connection, "SELECT DISTINCT agent_id FROM interaction WHERE agent_id IS NOT NULL")) {
      IntervalDeltas deltas = replay(connection, "agent_id = ?", agentId, serviceLevels, shares);
      insertAgents(connection, deltas.agents());
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE agent SET state_since = ? WHERE state <> 'LOGGED_OUT'")) {
      update.setString(1, STORED.format(LocalDateTime.now(ZoneOffset.UTC)));
      update.executeUpdate();
    }
  }

  /* The events each stored interaction stands for, as the engine counted them live. */
  private static IntervalDeltas replay(
      Connection connection,
      String condition,
      long id,
      Map<Long, Integer> serviceLevels,
      Map<String, Integer> shares)
      throws SQLException {
    IntervalDeltas deltas = new IntervalDeltas();
    try (PreparedStatement select = connection.prepareStatement(INTERACTIONS + condition)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long campaignId = rs.getLong(1);
          long agentId = rs.getLong(2);
          Long agent = rs.wasNull() ? null : agentId;
          int share = shares.getOrDefault(rs.getString(3), 100);
          String state = rs.getString(4);
          Instant queued = instant(rs, 5);
          Instant offered = instant(rs, 6);
          Instant answered = instant(rs, 7);
          Instant ended = instant(rs, 8);
          int serviceLevel = serviceLevels.getOrDefault(campaignId, 0);
          if ("REJECTED".equals(state)) {
            deltas.rejectedAtDoor(campaignId, queued);
            continue;
          }
          deltas.queued(campaignId, queued);
          if (offered != null && agent != null) {
            deltas.offered(agent, offered);
          }
          if (answered != null && agent != null) {
            deltas.answered(campaignId, agent, queued, answered, serviceLevel);
          }
          if ("ABANDONED".equals(state) && ended != null) {
            deltas.abandoned(campaignId, queued, ended, serviceLevel);
          }
          if ("COMPLETED".equals(state) && ended != null) {
            deltas.handled(campaignId, agent, answered, ended, share);
          }
        }
      }
    }
    return deltas;
  }

  private static void insertCampaigns(
      Connection connection,
      Map<com.omniroute.report.entity.CampaignInterval.Key, CampaignFigures> rows)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO campaign_interval (campaign_id, interval_start, offered, answered,"
                + " answered_in_service_level, abandoned, abandoned_after_service_level,"
                + " rejected, speed_of_answer_ms, handled, handle_ms, longest_wait_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (var row : rows.entrySet()) {
        CampaignFigures f = row.getValue();
        long[] values = {
          row.getKey().campaignId(),
          row.getKey().intervalStart(),
          f.getOffered(),
          f.getAnswered(),
          f.getAnsweredInServiceLevel(),
          f.getAbandoned(),
          f.getAbandonedAfterServiceLevel(),
          f.getRejected(),
          f.getSpeedOfAnswerMillis(),
          f.getHandled(),
          f.getHandleMillis(),
          f.getLongestWaitMillis()
        };
        for (int i = 0; i < values.length; i++) {
          insert.setLong(i + 1, values[i]);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertAgents(
      Connection connection, Map<com.omniroute.report.entity.AgentInterval.Key, AgentFigures> rows)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO agent_interval (agent_id, interval_start, offered, answered, handle_ms,"
                + " occupied_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (var row : rows.entrySet()) {
        AgentFigures f = row.getValue();
        insert.setLong(1, row.getKey().agentId());
        insert.setLong(2, row.getKey().intervalStart());
        insert.setLong(3, f.getOffered());
        insert.setLong(4, f.getAnswered());
        insert.setLong(5, f.getHandleMillis());
        insert.setLong(6, f.getOccupiedMillis());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /* Stored date-times are UTC wall-clock times (see InstantConverter). */
  private static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private static List<Long> ids(Connection connection, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  private static Map<Long, Integer> longToInt(Connection connection, String sql)
      throws SQLException {
    Map<Long, Integer> map = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        map.put(rs.getLong(1), rs.getInt(2));
      }
    }
    return map;
  }
}
