package com.omniroute.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Times the interval reports over generated aggregates (docs/performance.md, "Interval reports").
 * Two steps, as the embedded H2 database cannot be opened while the server holds it:
 *
 * <ol>
 *   <li><b>seed</b> ({@code load.jdbcUrl} given, server stopped): one security group "Load reports"
 *       with 100 campaigns (Europe/Madrid, America/Sao_Paulo, Asia/Kolkata, UTC in turn) and, for
 *       each, a 15-minute aggregate row for every interval of the 90 days before today: 864,000
 *       rows with random figures. Written straight into the tables, since the point is the read
 *       side; rows the engine writes look the same.
 *   <li><b>measure</b> ({@code load.url} and {@code load.adminPassword} given, server running): two
 *       warm-up requests, then {@code load.rounds} timed ones of each report over those 90 days for
 *       all 100 campaigns (by day, by hour, by 15 minutes; JSON and CSV), printed as a Markdown
 *       table of median and slowest, with the rows and bytes answered.
 * </ol>
 *
 * <p>Not a test: run it with the {@code report-load} profile; nothing asserts a time.
 */
public final class ReportLoad {

  private static final int CAMPAIGNS = Integer.getInteger("load.campaigns", 100);
  private static final int DAYS = Integer.getInteger("load.days", 90);
  private static final String[] ZONES = {
    "Europe/Madrid", "America/Sao_Paulo", "Asia/Kolkata", "UTC"
  };
  private static final String GROUP = "Load reports";

  private ReportLoad() {}

  public static void main(String[] args) throws Exception {
    String jdbcUrl = System.getProperty("load.jdbcUrl");
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      seed(
          jdbcUrl,
          System.getProperty("load.jdbcUser", "sa"),
          System.getProperty("load.jdbcPassword", "sa"));
    } else {
      measure(
          System.getProperty("load.url", "http://localhost:8080/routing/"),
          System.getProperty("load.adminPassword"));
    }
  }

  private static void seed(String url, String user, String password) throws SQLException {
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      if (exists(c, "SELECT id FROM security_group WHERE name = '" + GROUP + "'")) {
        System.out.println("Group '" + GROUP + "' exists: nothing seeded");
        return;
      }
      long next;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT next_value FROM id_generator WHERE sequence_name = 'ids'")) {
        rs.next();
        next = rs.getLong(1);
      }
      long group = next + 1;
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE id_generator SET next_value = "
                + (group + CAMPAIGNS + 100)
                + " WHERE sequence_name = 'ids'");
        s.executeUpdate(
            "INSERT INTO security_group (id, name, version) VALUES ("
                + group
                + ", '"
                + GROUP
                + "', 0)");
      }
      try (PreparedStatement campaign =
          c.prepareStatement(
              "INSERT INTO campaign (id, name, media_type, security_group_id, enabled,"
                  + " service_level_seconds, dropout_seconds, chat_time_limit_seconds, acd_limit,"
                  + " max_interactions_per_agent, schedule, time_zone, offer_timeout_seconds,"
                  + " wrap_up_seconds, version)"
                  + " VALUES (?, ?, 'VOICE', ?, FALSE, 20, 0, 0, 0, 1, '', ?, 30, 0, 0)")) {
        for (int i = 1; i <= CAMPAIGNS; i++) {
          campaign.setLong(1, group + i);
          campaign.setString(2, String.format("Report load %03d", i));
          campaign.setLong(3, group);
          campaign.setString(4, ZONES[i % ZONES.length]);
          campaign.addBatch();
        }
        campaign.executeBatch();
      }
      long end = Instant.now().truncatedTo(ChronoUnit.DAYS).getEpochSecond();
      long start = end - DAYS * 86_400L;
      Random random = new Random(14);
      int rows = 0;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO campaign_interval (campaign_id, interval_start, offered, answered,"
                  + " answered_in_service_level, abandoned, abandoned_after_service_level,"
                  + " rejected, speed_of_answer_ms, handled, handle_ms, longest_wait_ms)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= CAMPAIGNS; i++) {
          for (long t = start; t < end; t += 900) {
            int offered = 5 + random.nextInt(40);
            int abandoned = random.nextInt(1 + offered / 8);
            int answered = offered - abandoned;
            int within = answered - random.nextInt(1 + answered / 4);
            insert.setLong(1, group + i);
            insert.setLong(2, t);
            insert.setLong(3, offered);
            insert.setLong(4, answered);
            insert.setLong(5, within);
            insert.setLong(6, abandoned);
            insert.setLong(7, abandoned / 2);
            insert.setLong(8, random.nextInt(3));
            insert.setLong(9, answered * (2_000L + random.nextInt(30_000)));
            insert.setLong(10, answered);
            insert.setLong(11, answered * (60_000L + random.nextInt(300_000)));
            insert.setLong(12, 5_000L + random.nextInt(120_000));
            insert.addBatch();
            if (++rows % 5_000 == 0) {
              insert.executeBatch();
              c.commit();
            }
          }
        }
        insert.executeBatch();
      }
      c.commit();
      System.out.printf(
          "Seeded %d campaigns and %,d campaign_interval rows (%d days) in %.1f s%n",
          CAMPAIGNS, rows, DAYS, (System.nanoTime() - started) / 1e9);
    }
  }

  private static boolean exists(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next();
    }
  }

  private static void measure(String base, String adminPassword) throws Exception {
    if (adminPassword == null) {
      throw new IllegalArgumentException("Give -Dload.adminPassword=the superadmin's password");
    }
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    int rounds = Integer.getInteger("load.rounds", 10);
    Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS);
    System.out.println("| report (all campaigns) | days | rows | bytes | median | slowest |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (String interval : new String[] {"day", "hour", "15m"}) {
      // A 15-minute report covers at most 31 days (docs/reports.md).
      int days = interval.equals("15m") ? Math.min(DAYS, 31) : DAYS;
      Instant from = to.minus(Duration.ofDays(days));
      for (String accept : new String[] {"application/json", "text/csv"}) {
        URI uri =
            URI.create(
                base
                    + "api/v1/reports/campaigns?from="
                    + from
                    + "&to="
                    + to
                    + "&interval="
                    + interval);
        HttpRequest request =
            HttpRequest.newBuilder(uri)
                .header("Authorization", auth)
                .header("Accept", accept)
                .timeout(Duration.ofMinutes(5))
                .build();
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        String body = "";
        for (int round = -2; round < rounds; round++) {
          long t0 = System.nanoTime();
          HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
          double seconds = (System.nanoTime() - t0) / 1e9;
          if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                uri + " answered " + answer.statusCode() + ": " + answer.body());
          }
          body = answer.body();
          bytes = body.getBytes(StandardCharsets.UTF_8).length;
          if (round >= 0) {
            times.add(seconds);
          }
        }
        long rows =
            accept.equals("text/csv")
                ? body.lines().count() - 1
                : body.split("\"campaignId\"", -1).length - 1;
        Collections.sort(times);
        System.out.printf(
            "| %s, %s | %d | %,d | %,d | %.2f s | %.2f s |%n",
            interval,
            accept.equals("text/csv") ? "CSV" : "JSON",
            days,
            rows,
            bytes,
            times.get(times.size() / 2),
            times.get(times.size() - 1));
      }
    }
  }
}
