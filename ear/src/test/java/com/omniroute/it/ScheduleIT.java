package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaign schedules on the deployed EAR: validated and stored normalised through the API, and
 * campaigns opened and closed at the exact transition by the engine's container timers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final long group = root.post("/security-groups", body("name", "Hours " + suffix)).id();

  private long campaign(String name, String schedule) {
    Answer created =
        root.post(
            "/campaigns",
            body(
                "name", name,
                "mediaType", "CHAT",
                "securityGroupId", group,
                "timeZone", "UTC",
                "schedule", schedule));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private Answer arrive(long campaign) {
    return root.post("/interactions", body("campaignId", campaign, "customer", "c-" + suffix));
  }

  @Test
  void aMalformedScheduleIsRefusedWithWhereAndWhatAndChangesNothing() {
    long campaign = campaign("Weekdays", "mon,tue,wed,thu,fri;09:00-18:00");

    Answer refused =
        root.put("/campaigns/" + campaign, body("schedule", "mon;09:00-18:00 & tus;10:00-12:00"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error()).isEqualTo("VALIDATION");
    JsonNode violation = refused.body().path("violations").get(0);
    assertThat(violation.path("field").asText()).isEqualTo("schedule");
    assertThat(violation.path("message").asText())
        .startsWith("Group 2, position 18: unknown day \"tus\"");
    assertThat(root.get("/campaigns/" + campaign).body().path("schedule").asText())
        .isEqualTo("mon,tue,wed,thu,fri;09:00-18:00");

    Answer hour25 =
        root.post(
            "/campaigns",
            body(
                "name",
                "Bad",
                "mediaType",
                "CHAT",
                "securityGroupId",
                group,
                "schedule",
                "mon;25:00-26:00"));
    assertThat(hour25.status()).isEqualTo(400);
    assertThat(hour25.body().path("message").asText()).contains("hour 25");
  }

  @Test
  void schedulesAreStoredNormalisedIncludingTheDocumentationsSpacing() {
    long campaign = campaign("Docs", "Mon, tue, wed, thu, fri; 09: 00-18: 00 & 2026-12-25;Closed");

    JsonNode stored = root.get("/campaigns/" + campaign).body();

    assertThat(stored.path("schedule").asText())
        .isEqualTo("mon,tue,wed,thu,fri;09:00-18:00 & 2026-12-25;closed");
    assertThat(stored.has("nextOpening") || stored.has("nextClosing")).isTrue();
  }

  @Test
  void theContainerTimerOpensOneCampaignAndClosesAnotherAtTheExactMinute() {
    // The next minute boundary at least 8 s away: one campaign opens there, the other closes.
    ZonedDateTime boundary =
        ZonedDateTime.now(ZoneOffset.UTC)
            .plusSeconds(8)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusMinutes(1);
    ZonedDateTime before = boundary.minusMinutes(2);
    long opening = campaign("Opening", range(boundary, boundary.plusMinutes(1)));
    long closing = campaign("Closing", range(before, boundary));

    JsonNode closed = root.get("/campaigns/" + opening).body();
    assertThat(closed.path("open").asBoolean()).isFalse();
    assertThat(Instant.parse(closed.path("nextOpening").asText())).isEqualTo(boundary.toInstant());
    assertThat(Instant.parse(root.get("/campaigns/" + closing).body().path("nextClosing").asText()))
        .isEqualTo(boundary.toInstant());
    Answer refused = arrive(opening);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("CAMPAIGN_CLOSED");
    Answer waiting = arrive(closing);
    assertThat(waiting.status()).isEqualTo(201);
    assertThat(waiting.body().path("state").asText()).isEqualTo("QUEUED");

    await()
        .atMost(Duration.ofSeconds(100))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> root.get("/campaigns/" + opening).body().path("open").asBoolean());

    assertThat(arrive(opening).status()).isEqualTo(201);
    assertThat(root.get("/campaigns/" + closing).body().path("open").asBoolean()).isFalse();
    Answer late = arrive(closing);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.error()).isEqualTo("CAMPAIGN_CLOSED");
    assertThat(root.get("/campaigns/" + closing + "/stats").body().path("open").asBoolean())
        .isFalse();

    // The closed campaign's queue still drains: a member going READY gets the waiting chat.
    ApiClient.Desk lateShift =
        root.createDesk(group, "Late shift", "late." + suffix, "pass-" + suffix);
    root.put("/campaigns/" + closing + "/members/" + lateShift.id(), body("penalty", 0));
    lateShift.client().put("/agents/" + lateShift.id() + "/state", body("state", "READY"));
    assertThat(root.get("/interactions/" + waiting.id()).body().path("state").asText())
        .isEqualTo("OFFERED");
  }

  /** A weekly range in UTC from one instant to another, written with the first one's day. */
  private static String range(ZonedDateTime from, ZonedDateTime to) {
    String day =
        from.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    return day.toLowerCase(Locale.ROOT) + ";" + from.format(HH_MM) + "-" + to.format(HH_MM);
  }
}
