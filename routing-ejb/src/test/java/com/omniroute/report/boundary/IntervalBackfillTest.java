package com.omniroute.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.platform.control.SqlDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration 5.1 on a real H2 database: interactions stored before the upgrade become the figures
 * the engine would have written live.
 */
class IntervalBackfillTest {

  private final String url = "jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private Flyway flyway(String target) {
    return Flyway.configure(IntervalBackfill.class.getClassLoader())
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .placeholders(SqlDialect.H2.placeholders())
        .javaMigrations(new IntervalBackfill())
        .target(target)
        .load();
  }

  private static long at(String utc) {
    return Instant.parse("2026-12-01T" + utc + "Z").getEpochSecond();
  }

  @Test
  void storedInteractionsBecomeTheirIntervalsFigures() throws SQLException {
    flyway("5").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO security_group (id, name, version) VALUES (1, 'Floor', 0)");
      s.execute(
          "INSERT INTO campaign (id, name, media_type, security_group_id, enabled,"
              + " service_level_seconds, dropout_seconds, chat_time_limit_seconds, acd_limit,"
              + " max_interactions_per_agent, schedule, time_zone, offer_timeout_seconds,"
              + " wrap_up_seconds, version) VALUES (10, 'Sales', 'CHAT', 1, TRUE, 20, 0, 0, 0, 4,"
              + " '', 'UTC', 30, 0, 0)");
      s.execute(
          "INSERT INTO agent (id, name, login, security_group_id, state, version)"
              + " VALUES (20, 'Ana', 'ana', 1, 'READY', 0)");
      // Answered in 10 s, handled 09:00:10 to 09:20:10, a CHAT (share 25).
      interaction(s, 1, "COMPLETED", "20", "09:00:00", "09:00:05", "09:00:10", "09:20:10");
      // Answered after 30 s: outside the service level; still active.
      interaction(s, 2, "ACTIVE", "20", "09:01:00", "09:01:30", "09:01:30", null);
      // Left after 40 s of waiting.
      interaction(s, 3, "ABANDONED", null, "09:02:00", null, null, "09:02:40");
      // Refused at the door.
      interaction(s, 4, "REJECTED", null, "09:03:00", null, null, "09:03:00");
    }

    flyway("5.1").migrate();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      Map<String, Long> nine = row(s, "campaign_interval", "campaign_id = 10", at("09:00:00"));
      assertThat(nine)
          .containsEntry("OFFERED", 3L)
          .containsEntry("REJECTED", 1L)
          .containsEntry("ANSWERED", 2L)
          .containsEntry("ANSWERED_IN_SERVICE_LEVEL", 1L)
          .containsEntry("SPEED_OF_ANSWER_MS", 40_000L)
          .containsEntry("ABANDONED", 1L)
          .containsEntry("ABANDONED_AFTER_SERVICE_LEVEL", 1L)
          .containsEntry("LONGEST_WAIT_MS", 40_000L)
          .containsEntry("HANDLED", 0L);
      Map<String, Long> quarterPast =
          row(s, "campaign_interval", "campaign_id = 10", at("09:15:00"));
      assertThat(quarterPast)
          .containsEntry("HANDLED", 1L)
          .containsEntry("HANDLE_MS", 1_200_000L)
          .containsEntry("OFFERED", 0L);

      Map<String, Long> agentNine = row(s, "agent_interval", "agent_id = 20", at("09:00:00"));
      assertThat(agentNine)
          .containsEntry("OFFERED", 2L)
          .containsEntry("ANSWERED", 2L)
          .containsEntry("HANDLE_MS", 890_000L)
          .containsEntry("OCCUPIED_MS", 222_500L);
      assertThat(row(s, "agent_interval", "agent_id = 20", at("09:15:00")))
          .containsEntry("HANDLE_MS", 310_000L);

      try (ResultSet since = s.executeQuery("SELECT state_since FROM agent WHERE id = 20")) {
        assertThat(since.next()).isTrue();
        assertThat(since.getObject(1)).as("a logged-in agent's period starts").isNotNull();
      }
    }
  }

  private static void interaction(
      Statement s,
      long id,
      String state,
      String agent,
      String queued,
      String offered,
      String answered,
      String ended)
      throws SQLException {
    s.execute(
        "INSERT INTO interaction (id, campaign_id, media_type, customer, priority, state,"
            + " agent_id, forced, on_hold, queued_at, offered_at, answered_at, ended_at)"
            + " VALUES ("
            + id
            + ", 10, 'CHAT', 'c', 0, '"
            + state
            + "', "
            + agent
            + ", FALSE, FALSE, "
            + time(queued)
            + ", "
            + time(offered)
            + ", "
            + time(answered)
            + ", "
            + time(ended)
            + ")");
  }

  private static String time(String utc) {
    return utc == null ? "NULL" : "TIMESTAMP '2026-12-01 " + utc + "'";
  }

  private static Map<String, Long> row(Statement s, String table, String owner, long start)
      throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT * FROM " + table + " WHERE " + owner + " AND interval_start = " + start)) {
      assertThat(rs.next()).as(table + " row at " + Instant.ofEpochSecond(start)).isTrue();
      Map<String, Long> values = new LinkedHashMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        values.put(rs.getMetaData().getColumnName(i), rs.getLong(i));
      }
      return values;
    }
  }
}
