package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import com.omniroute.it.ApiClient.Desk;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing is lost when the server dies (docs/design.md section 8, issue 4): a WildFly of its own
 * (the {@code crash} container of {@code arquillian.xml}) is given interactions in every state,
 * killed with SIGKILL and started again; every interaction is then where the restart rules put it,
 * none lost, none duplicated, and routing goes on, including a wrap-up timer that only the rebuilt
 * engine can have set.
 *
 * <p>The restart rules: QUEUED stays queued; OFFERED goes back to the queue with its original queue
 * time (the agent's desktop lost the offer) and is routed again like any waiting interaction;
 * ACTIVE and WRAP_UP stay with their agents; ended interactions do not change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashRecoveryIT {

  private static final Logger LOG = Logger.getLogger(CrashRecoveryIT.class.getName());

  private static final String SERVER = "crash";
  private static final String DEPLOYMENT = "crash-routing";

  /** Short enough to end while the test waits, long enough to outlive the kill. */
  private static final int SHORT_WRAP_UP_SECONDS = 20;

  /** Long enough that no offer times out and no long wrap-up ends while the test runs. */
  private static final int LONG_SECONDS = 3600;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  private final String url = System.getProperty("crash.routing.url");
  private final Path base = Path.of(System.getProperty("test.crash.server.base")).toAbsolutePath();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private ApiClient root;

  @Test
  void everyInteractionIsWhereTheRestartRulesPutItAfterASigkillAndRoutingGoesOn() throws Exception {
    controller.start(SERVER);
    try {
      deployer.deploy(DEPLOYMENT);
      root = ApiClient.at(url, "admin", ApiClient.adminPassword());
      crashAndRecover();
    } finally {
      stopQuietly();
    }
  }

  @Test
  void everyAcknowledgedArrivalIsStoredOnceAfterASigkillDuringSustainedArrivals() throws Exception {
    controller.start(SERVER);
    try {
      deployer.deploy(DEPLOYMENT);
      root = ApiClient.at(url, "admin", ApiClient.adminPassword());
      killDuringArrivals();
    } finally {
      stopQuietly();
    }
  }

  /**
   * Connectors hand interactions in without pause, to a campaign whose agents take a few each, and
   * the server is killed in the middle: whatever commit group was in flight dies with it. Every
   * arrival that was answered 201 must be stored, no arrival stored twice, and after the restart no
   * agent holds more than its capacity or an interaction another agent holds.
   */
  private void killDuringArrivals() throws Exception {
    long group = created(root.post("/security-groups", body("name", "Sustained " + suffix)));
    long chat = campaign(group, "Sustained " + suffix, LONG_SECONDS, 3, true);
    List<Desk> desks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Desk desk = desk(group, "sustained" + i, chat);
      ready(desk);
      desks.add(desk);
    }
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService connectors = Executors.newFixedThreadPool(8);
    for (int c = 0; c < 8; c++) {
      int connector = c;
      connectors.submit(
          () -> {
            for (int n = 0; !stop.get(); n++) {
              String customer = "sustained-" + connector + "-" + n + " " + suffix;
              try {
                Answer answer =
                    root.post("/interactions", body("campaignId", chat, "customer", customer));
                if (answer.status() == 201) {
                  acknowledged.put(customer, answer.id());
                }
              } catch (RuntimeException serverGone) {
                return;
              }
            }
          });
    }
    Instant giveUp = Instant.now().plusSeconds(120);
    while (acknowledged.size() < 300 && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
    }
    assertThat(acknowledged.size()).as("arrivals answered before the kill").isGreaterThan(100);

    killWithSigkill();
    stop.set(true);
    connectors.shutdown();
    assertThat(connectors.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    controller.stop(SERVER);

    Map<Long, String> stored = storedStates(List.of(chat));
    assertThat(stored.keySet()).containsAll(acknowledged.values());
    assertThat(StoredCustomers.of("test.crash.jdbc", chat))
        .allSatisfy((customer, rows) -> assertThat(rows).as(customer).isEqualTo(1));
    LOG.info(
        () ->
            "Killed during arrivals: "
                + acknowledged.size()
                + " acknowledged, "
                + stored.size()
                + " stored");

    controller.start(SERVER);
    Set<Long> held = new HashSet<>();
    for (Desk desk : desks) {
      JsonNode work = work(desk);
      assertThat(work.path("used").asInt())
          .as("capacity used by %s", desk.id())
          .isLessThanOrEqualTo(100);
      List<Long> ids = workIds(desk);
      assertThat(ids.size()).as("interactions of %s", desk.id()).isLessThanOrEqualTo(3);
      for (Long id : ids) {
        assertThat(held.add(id)).as("interaction %s held by one agent only", id).isTrue();
      }
    }
    for (Long id : acknowledged.values()) {
      assertThat(root.get("/interactions/" + id).status()).isEqualTo(200);
    }
  }

  private void crashAndRecover() throws Exception {
    long group = created(root.post("/security-groups", body("name", "Crash " + suffix)));
    // Campaign A: one interaction per agent, offers that never time out, a wrap-up that outlasts
    // the test, so every state it holds is stable until the test changes it.
    long chat = campaign(group, "Chat " + suffix, LONG_SECONDS, 1, true);
    // Campaign B: a wrap-up that is still running at the kill and ends after the restart.
    long shortWrapUp = campaign(group, "Short wrap-up " + suffix, SHORT_WRAP_UP_SECONDS, 1, true);
    // Campaign C: finished work. Campaign D: disabled, refuses at the door.
    long done = campaign(group, "Done " + suffix, 0, 4, true);
    long disabled = campaign(group, "Disabled " + suffix, 0, 4, false);

    Desk active = desk(group, "active", chat);
    Desk wrapping = desk(group, "wrapping", chat);
    Desk offered = desk(group, "offered", chat);
    Desk notReady = desk(group, "notready", chat);
    Desk shortDesk = desk(group, "short", shortWrapUp);
    Desk finisher = desk(group, "finisher", done);

    // ACTIVE with its agent.
    ready(active);
    JsonNode a1 = arrive(chat, "a1");
    assertThat(a1.path("state").asText()).isEqualTo("OFFERED");
    assertThat(active.client().post("/interactions/" + a1.path("id").asLong() + "/accept", null))
        .extracting(Answer::status)
        .isEqualTo(200);

    // WRAP_UP with a wrap-up far longer than the test.
    ready(wrapping);
    JsonNode w1 = arrive(chat, "w1");
    assertThat(w1.path("agentId").asLong()).isEqualTo(wrapping.id());
    acceptAndFinish(wrapping, w1.path("id").asLong());

    // OFFERED to an agent who stays READY: after the restart it is the oldest waiting interaction
    // and that agent, free again, is the only one who may take it.
    ready(offered);
    JsonNode o1 = arrive(chat, "o1");
    assertThat(o1.path("agentId").asLong()).isEqualTo(offered.id());

    // OFFERED to an agent who then went NOT_READY (the offer stays in hand until answered): after
    // the restart nobody may take it, so it is found waiting.
    ready(notReady);
    JsonNode o2 = arrive(chat, "o2");
    assertThat(o2.path("agentId").asLong()).isEqualTo(notReady.id());
    assertThat(
            notReady
                .client()
                .put("/agents/" + notReady.id() + "/state", body("state", "NOT_READY"))
                .status())
        .isEqualTo(200);
    assertThat(get(o2).path("state").asText()).isEqualTo("OFFERED");

    // QUEUED: every member already holds one interaction of the campaign.
    JsonNode q1 = arrive(chat, "q1");
    JsonNode q2 = arrive(chat, "q2");
    assertThat(q1.path("state").asText()).isEqualTo("QUEUED");
    assertThat(q2.path("state").asText()).isEqualTo("QUEUED");

    // COMPLETED (no wrap-up), ABANDONED, REJECTED.
    ready(finisher);
    JsonNode c1 = arrive(done, "c1");
    acceptAndFinish(finisher, c1.path("id").asLong());
    JsonNode completed = await(c1, i -> i.path("state").asText().equals("COMPLETED"));
    assertThat(
            finisher
                .client()
                .put("/agents/" + finisher.id() + "/state", body("state", "NOT_READY"))
                .status())
        .isEqualTo(200);
    JsonNode ab1 = arrive(done, "ab1");
    assertThat(ab1.path("state").asText()).isEqualTo("QUEUED");
    JsonNode abandoned =
        root.post("/interactions/" + ab1.path("id").asLong() + "/abandon", null).body();
    assertThat(abandoned.path("state").asText()).isEqualTo("ABANDONED");
    Answer refused =
        root.post("/interactions", body("campaignId", disabled, "customer", "r1 " + suffix));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("CAMPAIGN_DISABLED");

    // WRAP_UP that must end after the restart, through a timer only the rebuilt engine can set.
    ready(shortDesk);
    JsonNode wb = arrive(shortWrapUp, "wb");
    acceptAndFinish(shortDesk, wb.path("id").asLong());

    Map<Long, String> before = new LinkedHashMap<>();
    for (JsonNode i : List.of(a1, w1, o1, o2, q1, q2, c1, ab1, wb)) {
      before.put(i.path("id").asLong(), get(i).path("state").asText());
    }
    assertThat(before.values())
        .containsExactly(
            "ACTIVE",
            "WRAP_UP",
            "OFFERED",
            "OFFERED",
            "QUEUED",
            "QUEUED",
            "COMPLETED",
            "ABANDONED",
            "WRAP_UP");
    Map<Long, JsonNode> acknowledged = new TreeMap<>();
    for (JsonNode i : List.of(a1, w1, o1, o2, q1, q2, c1, ab1, wb)) {
      acknowledged.put(i.path("id").asLong(), get(i));
    }

    killWithSigkill();
    // Arquillian still believes the server runs; its process is gone, so stopping only forgets it.
    controller.stop(SERVER);

    // On disk, exactly what was acknowledged: every interaction in its state, no extra row.
    List<Long> campaigns = List.of(chat, shortWrapUp, done, disabled);
    Map<Long, String> stored = storedStates(campaigns);
    Map<Long, String> expectedOnDisk = new TreeMap<>(before);
    assertThat(stored).hasSize(before.size() + 1);
    Long rejectedId =
        stored.keySet().stream().filter(id -> !before.containsKey(id)).findFirst().orElseThrow();
    expectedOnDisk.put(rejectedId, "REJECTED");
    assertThat(stored).isEqualTo(expectedOnDisk);

    // Started again: the deployment is kept in the server's configuration and comes back with it.
    controller.start(SERVER);

    Map<Long, JsonNode> after = new TreeMap<>();
    for (Long id : acknowledged.keySet()) {
      Answer answer = root.get("/interactions/" + id);
      assertThat(answer.status()).as("interaction %s after the restart", id).isEqualTo(200);
      after.put(id, answer.body());
    }
    // Everything keeps its queue time, customer and campaign.
    for (Long id : acknowledged.keySet()) {
      assertThat(after.get(id).path("queuedAt").asText())
          .as("queuedAt of %s", id)
          .isEqualTo(acknowledged.get(id).path("queuedAt").asText());
      assertThat(after.get(id).path("customer").asText())
          .isEqualTo(acknowledged.get(id).path("customer").asText());
      assertThat(after.get(id).path("campaignId").asLong())
          .isEqualTo(acknowledged.get(id).path("campaignId").asLong());
    }

    JsonNode activeAfter = after.get(a1.path("id").asLong());
    assertThat(activeAfter.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(activeAfter.path("agentId").asLong()).isEqualTo(active.id());
    assertThat(activeAfter.path("answeredAt").asText())
        .isEqualTo(acknowledged.get(a1.path("id").asLong()).path("answeredAt").asText());

    JsonNode wrappingAfter = after.get(w1.path("id").asLong());
    assertThat(wrappingAfter.path("state").asText()).isEqualTo("WRAP_UP");
    assertThat(wrappingAfter.path("agentId").asLong()).isEqualTo(wrapping.id());

    // o1 went back to the queue with its original queue time, so it was older than q1 and q2 and
    // its agent, the only one free and READY, was offered it again (with a fresh offer time).
    // Had it been queued anew at the restart, q1 would have been the one offered.
    JsonNode o1After = after.get(o1.path("id").asLong());
    assertThat(o1After.path("state").asText()).isEqualTo("OFFERED");
    assertThat(o1After.path("agentId").asLong()).isEqualTo(offered.id());
    assertThat(Instant.parse(o1After.path("offeredAt").asText()))
        .isAfter(
            Instant.parse(acknowledged.get(o1.path("id").asLong()).path("offeredAt").asText()));

    // o2's agent is NOT_READY and every other member is full: it waits, held by nobody.
    JsonNode o2After = after.get(o2.path("id").asLong());
    assertThat(o2After.path("state").asText()).isEqualTo("QUEUED");
    assertThat(o2After.path("agentId").isNull() || o2After.path("agentId").isMissingNode())
        .as("o2 has no agent: %s", o2After)
        .isTrue();
    assertThat(after.get(q1.path("id").asLong()).path("state").asText()).isEqualTo("QUEUED");
    assertThat(after.get(q2.path("id").asLong()).path("state").asText()).isEqualTo("QUEUED");

    for (JsonNode ended : List.of(completed, abandoned)) {
      JsonNode now = after.get(ended.path("id").asLong());
      assertThat(now.path("state").asText()).isEqualTo(ended.path("state").asText());
      assertThat(now.path("endedAt").asText()).isEqualTo(ended.path("endedAt").asText());
    }

    // The agents' live work, from the rebuilt engine.
    assertThat(workIds(active)).containsExactly(a1.path("id").asLong());
    assertThat(workIds(wrapping)).containsExactly(w1.path("id").asLong());
    assertThat(workIds(offered)).containsExactly(o1.path("id").asLong());
    assertThat(workIds(notReady)).isEmpty();
    assertThat(work(notReady).path("state").asText()).isEqualTo("NOT_READY");

    // Routing goes on. The short wrap-up ends by the rebuilt timer, after its full wrap-up time.
    JsonNode wbEnded = await(wb, i -> i.path("state").asText().equals("COMPLETED"));
    assertThat(Instant.parse(wbEnded.path("endedAt").asText()))
        .isAfterOrEqualTo(
            Instant.parse(wbEnded.path("answeredAt").asText()).plusSeconds(SHORT_WRAP_UP_SECONDS));
    assertThat(workIds(shortDesk)).isEmpty();
    // ... which frees its agent for the next arrival of that campaign.
    JsonNode n1 = arrive(shortWrapUp, "n1");
    assertThat(n1.path("state").asText()).isEqualTo("OFFERED");
    assertThat(n1.path("agentId").asLong()).isEqualTo(shortDesk.id());
    // The re-offered interaction is accepted; the active one finished into wrap-up.
    assertThat(offered.client().post("/interactions/" + o1.path("id").asLong() + "/accept", null))
        .extracting(Answer::status)
        .isEqualTo(200);
    assertThat(
            active
                .client()
                .post("/interactions/" + a1.path("id").asLong() + "/finish", null)
                .body()
                .path("state")
                .asText())
        .isEqualTo("WRAP_UP");
    // The agent who was NOT_READY comes back and gets the oldest waiting interaction: o2.
    ready(notReady);
    JsonNode o2Offered = get(o2);
    assertThat(o2Offered.path("state").asText()).isEqualTo("OFFERED");
    assertThat(o2Offered.path("agentId").asLong()).isEqualTo(notReady.id());
    assertThat(get(q1).path("state").asText()).isEqualTo("QUEUED");

    Map<Long, String> expectedAtEnd = new TreeMap<>(expectedOnDisk);
    expectedAtEnd.put(a1.path("id").asLong(), "WRAP_UP");
    expectedAtEnd.put(o1.path("id").asLong(), "ACTIVE");
    expectedAtEnd.put(o2.path("id").asLong(), "OFFERED");
    expectedAtEnd.put(wb.path("id").asLong(), "COMPLETED");
    expectedAtEnd.put(n1.path("id").asLong(), "OFFERED");

    stopQuietly();
    // After a clean stop the database holds each interaction once, in its state, and nothing else.
    assertThat(storedStates(campaigns)).isEqualTo(expectedAtEnd);
  }

  // ---------------------------------------------------------------- the server

  /**
   * Kills the crash server's JVM with SIGKILL ({@code destroyForcibly} on Linux): no shutdown hook,
   * no orderly stop of anything. Only a child of this JVM started with the crash server's base
   * directory qualifies, so no other server on the machine can be hit.
   */
  private void killWithSigkill() throws Exception {
    String baseArgument = "-Djboss.server.base.dir=" + base;
    List<ProcessHandle> servers =
        ProcessHandle.current()
            .descendants()
            .filter(
                p ->
                    p.info()
                        .arguments()
                        .map(args -> Arrays.asList(args).contains(baseArgument))
                        .orElse(false))
            .toList();
    assertThat(servers).as("the crash server's JVM among this JVM's children").hasSize(1);
    ProcessHandle server = servers.get(0);
    assertThat(server.destroyForcibly()).isTrue();
    server.onExit().get(30, TimeUnit.SECONDS);
    assertThat(server.isAlive()).isFalse();
    LOG.info(() -> "Killed the crash server, pid " + server.pid());
  }

  private void stopQuietly() {
    if (!controller.isStarted(SERVER)) {
      return;
    }
    try {
      deployer.undeploy(DEPLOYMENT);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not undeploy from the crash server", e);
    }
    controller.stop(SERVER);
  }

  /**
   * The stored state of every interaction of the campaigns, by id, read straight from the database
   * of the killed or stopped server: its H2 file with the server's own H2 version, or in the
   * MariaDB pass its MySQL database ({@code test.crash.jdbc.*}, set by the build).
   */
  private Map<Long, String> storedStates(List<Long> campaignIds) throws SQLException {
    String jdbc = System.getProperty("test.crash.jdbc.url");
    Map<Long, String> states = new TreeMap<>();
    List<Long> ids = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                jdbc,
                System.getProperty("test.crash.jdbc.user"),
                System.getProperty("test.crash.jdbc.password"));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, state FROM interaction WHERE campaign_id = ? ORDER BY id")) {
      for (Long campaign : campaignIds) {
        query.setLong(1, campaign);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
            states.put(rows.getLong(1), rows.getString(2));
          }
        }
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
    return states;
  }

  // ---------------------------------------------------------------- the API

  private long campaign(
      long group, String name, int wrapUpSeconds, int maxPerAgent, boolean enabled) {
    return created(
        root.post(
            "/campaigns",
            body(
                "name", name,
                "mediaType", "CHAT",
                "securityGroupId", group,
                "enabled", enabled,
                "dropoutSeconds", 0,
                "acdLimit", 0,
                "maxInteractionsPerAgent", maxPerAgent,
                "offerTimeoutSeconds", LONG_SECONDS,
                "wrapUpSeconds", wrapUpSeconds)));
  }

  /** An agent, member of the campaign, with an agent user of its own. */
  private Desk desk(long group, String name, long campaign) {
    Desk desk = root.createDesk(group, name + " " + suffix, name + "." + suffix, "pass-" + suffix);
    assertThat(
            root.put("/campaigns/" + campaign + "/members/" + desk.id(), body("penalty", 10))
                .status())
        .isEqualTo(200);
    return desk;
  }

  private void ready(Desk desk) {
    Answer answer = desk.client().put("/agents/" + desk.id() + "/state", body("state", "READY"));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
  }

  private JsonNode arrive(long campaign, String customer) {
    Answer answer =
        root.post(
            "/interactions", body("campaignId", campaign, "customer", customer + " " + suffix));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.body();
  }

  private void acceptAndFinish(Desk desk, long interaction) {
    Answer accepted = desk.client().post("/interactions/" + interaction + "/accept", null);
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    Answer finished = desk.client().post("/interactions/" + interaction + "/finish", null);
    assertThat(finished.status()).as(finished.raw()).isEqualTo(200);
  }

  private JsonNode get(JsonNode interaction) {
    Answer answer = root.get("/interactions/" + interaction.path("id").asLong());
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  private JsonNode work(Desk desk) {
    Answer answer = desk.client().get("/agents/" + desk.id() + "/work");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  private List<Long> workIds(Desk desk) {
    List<Long> ids = new ArrayList<>();
    work(desk).path("interactions").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  /** Polls the interaction until the condition holds; a timer fires within a minute or never. */
  private JsonNode await(JsonNode interaction, Predicate<JsonNode> condition) {
    return Awaitility.await()
        .alias("the interaction reaching the expected state")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get(interaction), condition::test);
  }

  private static long created(Answer answer) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.id();
  }
}
