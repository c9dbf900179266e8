package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The interval reports of docs/design.md section 13 after real traffic through the API: the figures
 * the engine wrote into the aggregates, rolled up in the campaign's time zone, in JSON and CSV,
 * within the caller's security groups, and the refusals of bad parameters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final long group = root.post("/security-groups", body("name", "Reports " + suffix)).id();

  /* A window around now wide enough for every event of the test, whatever the time of day. */
  private final Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
  private final Instant to = from.plus(Duration.ofDays(3));

  private record Agent(long id, ApiClient desk) {}

  private Agent agent(String name) {
    ApiClient.Desk desk =
        root.createDesk(group, name, name.toLowerCase() + "." + suffix, "desk-" + suffix);
    return new Agent(desk.id(), desk.client());
  }

  private long campaign(String name, Object... settings) {
    Map<String, Object> campaign = body(settings);
    campaign.put("name", name);
    campaign.put("mediaType", "VOICE");
    campaign.put("securityGroupId", group);
    campaign.putIfAbsent("wrapUpSeconds", 0);
    campaign.putIfAbsent("offerTimeoutSeconds", 600);
    Answer created = root.post("/campaigns", campaign);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private void state(Agent agent, String state) {
    Answer answer = agent.desk().put("/agents/" + agent.id() + "/state", body("state", state));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
  }

  private Answer arrive(long campaign) {
    return root.post("/interactions", body("campaignId", campaign, "customer", "c-" + suffix));
  }

  private void act(Agent agent, long interaction, String action) {
    Answer answer = agent.desk().post("/interactions/" + interaction + "/" + action, null);
    assertThat(answer.status()).as(action + ": " + answer.raw()).isIn(200, 204);
  }

  private String query(String path, String interval, String more) {
    return path + "?from=" + from + "&to=" + to + "&interval=" + interval + more;
  }

  private List<JsonNode> rows(ApiClient client, String path) {
    Answer answer = client.get(path);
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    answer.body().forEach(rows::add);
    return rows;
  }

  private static long sum(List<JsonNode> rows, String field) {
    return rows.stream().mapToLong(r -> r.path(field).asLong()).sum();
  }

  @Test
  void theCampaignReportCountsWhatHappenedInTheCampaignsTimeZone() {
    long sales =
        campaign("Sales", "acdLimit", 1, "serviceLevelSeconds", 30, "timeZone", "Asia/Kolkata");
    Agent ana = agent("Ana");
    root.addMember(sales, ana.id(), 0);

    // Nobody ready: one waits and leaves, the next fills the queue, the one after is refused.
    long left = arrive(sales).id();
    assertThat(root.post("/interactions/" + left + "/abandon", null).status()).isIn(200, 204);
    long waiting = arrive(sales).id();
    Answer refused = arrive(sales);
    assertThat(refused.status()).as(refused.raw()).isEqualTo(429);
    // Ana takes the waiting one and finishes it.
    state(ana, "READY");
    act(ana, waiting, "accept");
    act(ana, waiting, "finish");

    List<JsonNode> days = rows(root, query("/reports/campaigns", "day", "&campaignId=" + sales));
    assertThat(days).isNotEmpty();
    for (JsonNode day : days) {
      assertThat(day.path("campaignId").asLong()).isEqualTo(sales);
      OffsetDateTime start = OffsetDateTime.parse(day.path("intervalStart").asText());
      assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
      assertThat(start.toLocalTime()).hasToString("00:00");
    }
    assertThat(sum(days, "offered")).as("arrivals that entered the queue").isEqualTo(2);
    assertThat(sum(days, "rejected")).isEqualTo(1);
    assertThat(sum(days, "answered")).isEqualTo(1);
    assertThat(sum(days, "answeredWithinServiceLevel")).isEqualTo(1);
    assertThat(sum(days, "abandoned")).isEqualTo(1);
    assertThat(sum(days, "overflowed")).isZero();
    assertThat(sum(days, "callbacks")).isZero();
    JsonNode answeredDay =
        days.stream().filter(d -> d.path("answered").asLong() == 1).findFirst().orElseThrow();
    // Abandoned within the service level time: it does not count against it.
    assertThat(answeredDay.path("serviceLevelPercent").asDouble()).isEqualTo(100.0);
    assertThat(answeredDay.path("averageSpeedOfAnswerSeconds").asDouble()).isBetween(0.0, 30.0);
    assertThat(answeredDay.path("averageHandleSeconds").isNumber()).isTrue();

    List<JsonNode> quarters =
        rows(root, query("/reports/campaigns", "15m", "&campaignId=" + sales));
    assertThat(sum(quarters, "offered")).isEqualTo(2);
    assertThat(quarters)
        .allSatisfy(
            q ->
                assertThat(OffsetDateTime.parse(q.path("intervalStart").asText()).getMinute() % 15)
                    .isZero());
    List<JsonNode> hours = rows(root, query("/reports/campaigns", "hour", "&campaignId=" + sales));
    assertThat(sum(hours, "answered")).isEqualTo(1);
    assertThat(hours)
        .allSatisfy(
            h ->
                assertThat(OffsetDateTime.parse(h.path("intervalStart").asText()).getMinute())
                    .isZero());
  }

  @Test
  void aCampaignWithoutTrafficHasNoRows() {
    long quiet = campaign("Quiet");
    assertThat(rows(root, query("/reports/campaigns", "day", "&campaignId=" + quiet))).isEmpty();
  }

  @Test
  void theAgentReportCountsOffersRejectionsMissesAndTimes() {
    long support = campaign("Support", "offerTimeoutSeconds", 2);
    Agent bea = agent("Bea");
    root.addMember(support, bea.id(), 0);
    state(bea, "READY");

    long call = arrive(support).id();
    // Rejected: back to the queue, and straight back to Bea, the only member.
    act(bea, call, "reject");
    // Not answered in time: ring-no-answer sets Bea NOT_READY.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> bea.desk().get("/agents/" + bea.id() + "/work").body().path("state").asText(),
            s -> s.equals("NOT_READY"));
    state(bea, "READY");
    act(bea, call, "accept");
    act(bea, call, "finish");

    List<JsonNode> days =
        rows(
            root,
            query("/reports/agents", "day", "&agentId=" + bea.id() + "&timeZone=Europe/Madrid"));
    assertThat(days).isNotEmpty();
    assertThat(sum(days, "offered")).isEqualTo(3);
    assertThat(sum(days, "answered")).isEqualTo(1);
    assertThat(sum(days, "rejected")).isEqualTo(1);
    assertThat(sum(days, "missed")).isEqualTo(1);
    assertThat(days.stream().mapToDouble(d -> d.path("readySeconds").asDouble()).sum())
        .isGreaterThanOrEqualTo(2.0);
    assertThat(days)
        .anySatisfy(d -> assertThat(d.path("notReadySeconds").has("unspecified")).isTrue());
    assertThat(days)
        .allSatisfy(d -> assertThat(d.path("occupancyPercent").asDouble()).isBetween(0.0, 100.0));
    for (JsonNode day : days) {
      OffsetDateTime start = OffsetDateTime.parse(day.path("intervalStart").asText());
      assertThat(start.toLocalTime()).hasToString("00:00");
      assertThat(start.getOffset().getTotalSeconds()).isIn(3600, 7200);
    }
  }

  @Test
  void csvHasTheJsonFieldsAsHeaderAndOneLinePerRow() {
    long csv = campaign("Csv");
    Agent cid = agent("Cid");
    root.addMember(csv, cid.id(), 0);
    state(cid, "READY");
    long call = arrive(csv).id();
    act(cid, call, "accept");

    Answer answer =
        root.getAccepting(query("/reports/campaigns", "hour", "&campaignId=" + csv), "text/csv");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/csv");
    String[] lines = answer.raw().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "campaignId,intervalStart,offered,answered,answeredWithinServiceLevel,abandoned,"
                + "rejected,serviceLevelPercent,averageSpeedOfAnswerSeconds,averageHandleSeconds,"
                + "longestWaitSeconds,overflowed,callbacks");
    int json = rows(root, query("/reports/campaigns", "hour", "&campaignId=" + csv)).size();
    assertThat(lines).hasSize(json + 1);
    assertThat(lines[1]).startsWith(csv + ",");

    Answer agents =
        root.getAccepting(query("/reports/agents", "day", "&agentId=" + cid.id()), "text/csv");
    assertThat(agents.status()).as(agents.raw()).isEqualTo(200);
    assertThat(agents.raw())
        .startsWith(
            "agentId,intervalStart,offered,answered,rejected,missed,handleSeconds,readySeconds,"
                + "notReadySeconds");
  }

  @Test
  void anotherGroupsAdministratorSeesNoneOfIt() {
    long hidden = campaign("Hidden");
    Agent dan = agent("Dan");
    root.addMember(hidden, dan.id(), 0);
    state(dan, "READY");
    arrive(hidden);
    long otherGroup = root.post("/security-groups", body("name", "Other " + suffix)).id();
    ApiClient other =
        root.createUser("other." + suffix, "other-" + suffix + "-Pw1!", "admin", otherGroup, null);

    assertThat(other.get(query("/reports/campaigns", "day", "&campaignId=" + hidden)).status())
        .isEqualTo(404);
    assertThat(rows(other, query("/reports/campaigns", "day", "")))
        .noneMatch(r -> r.path("campaignId").asLong() == hidden);
    assertThat(other.get(query("/reports/agents", "day", "&agentId=" + dan.id())).status())
        .isEqualTo(404);
    assertThat(rows(other, query("/reports/agents", "day", "")))
        .noneMatch(r -> r.path("agentId").asLong() == dan.id());
  }

  @Test
  void badParametersAreRefusedNamingTheField() {
    assertRefused("/reports/campaigns?to=" + to + "&interval=day", "from");
    assertRefused("/reports/campaigns?from=" + to + "&to=" + from + "&interval=day", "to");
    assertRefused("/reports/campaigns?from=yesterday&to=" + to + "&interval=day", "from");
    assertRefused(query("/reports/campaigns", "week", ""), "interval");
    assertRefused(
        "/reports/campaigns?from="
            + from
            + "&to="
            + from.plus(Duration.ofDays(32))
            + "&interval=15m",
        "to");
    assertRefused(query("/reports/agents", "day", "&timeZone=Mars/Olympus"), "timeZone");
  }

  private void assertRefused(String path, String field) {
    Answer answer = root.get(path);
    assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo("VALIDATION");
    assertThat(answer.body().path("violations").findValuesAsText("field")).contains(field);
  }
}
