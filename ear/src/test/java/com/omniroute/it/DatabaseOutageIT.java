package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omniroute.it.ApiClient.Answer;
import com.omniroute.it.ApiClient.Desk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away for 30 seconds while connectors keep handing interactions in (design
 * section 10, docs/routing-service.md "When the database goes away"). Runs in the MariaDB pass,
 * which owns the database process and can stop and restart it; the H2 database lives inside the
 * server and cannot go away alone.
 *
 * <p>Every answer is a 201 that was stored, or a 503 in the API's error shape with {@code
 * Retry-After}; no request waits past the client's patience; offer timeouts that fell due during
 * the outage still happen; and routing resumes by itself once the database is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageIT.class.getName());

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  /** How long a connector waits for any answer before it counts the request as hanging. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private static final int OFFER_TIMEOUT_SECONDS = 5;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void arrivalsAreStoredOrRefusedWith503AndRoutingResumesWhenTheDatabaseReturns() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("test.mariadb.script") != null,
        "needs the MariaDB pass, whose database process the test can stop");
    long group = root.post("/security-groups", body("name", "Outage " + suffix)).id();
    Answer created =
        root.post(
            "/campaigns",
            body(
                "name",
                "Outage " + suffix,
                "mediaType",
                "CHAT",
                "securityGroupId",
                group,
                "maxInteractionsPerAgent",
                2,
                "offerTimeoutSeconds",
                OFFER_TIMEOUT_SECONDS,
                "wrapUpSeconds",
                0));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    long campaign = created.id();
    List<Desk> desks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Desk desk =
          root.createDesk(group, "Outage agent " + i, "outage" + i + "." + suffix, "Pw-" + suffix);
      root.addMember(campaign, desk.id(), 10);
      assertThat(
              desk.client().put("/agents/" + desk.id() + "/state", body("state", "READY")).status())
          .isEqualTo(200);
      desks.add(desk);
    }

    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ApiClient connector = root.withPatience(PATIENCE);
    ExecutorService connectors = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      int thread = c;
      connectors.submit(
          () -> {
            for (int n = 0; !stop.get(); n++) {
              String customer = "outage-" + thread + "-" + n + " " + suffix;
              try {
                Answer answer =
                    connector.post(
                        "/interactions", body("campaignId", campaign, "customer", customer));
                if (answer.status() == 201) {
                  acknowledged.put(customer, answer.id());
                } else if (answer.status() == 503
                    && "UNAVAILABLE".equals(answer.error())
                    && answer.header("Retry-After") != null
                    && !answer.body().path("message").asText().isBlank()) {
                  refused.incrementAndGet();
                  Thread.sleep(100);
                } else if (answer.status() != 429) {
                  wrongAnswers.add(answer.status() + " " + answer.raw());
                }
              } catch (UncheckedIOException e) {
                wrongAnswers.add(
                    e.getCause() instanceof HttpTimeoutException
                        ? "no answer within " + PATIENCE
                        : "connection failed: " + e.getCause());
              } catch (InterruptedException e) {
                return;
              }
            }
          });
    }
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
      // Offers made now time out while the database is away.
      Set<Long> offeredBeforeOutage = offeredTo(desks);
      assertThat(offeredBeforeOutage).isNotEmpty();

      mariadb("pause");
      Instant back;
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> refused.get() > 0 || !wrongAnswers.isEmpty());
        Thread.sleep(OUTAGE.toMillis());
      } finally {
        mariadb("resume");
        back = Instant.now();
      }
      int beforeReturn = acknowledged.size();
      // Routing resumes by itself: arrivals are stored again, without a restart.
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> acknowledged.size() > beforeReturn + 10);
      LOG.info(
          () ->
              "Routing resumed "
                  + Duration.between(back, Instant.now()).toMillis()
                  + " ms after the database returned; "
                  + refused.get()
                  + " arrivals refused with 503 meanwhile");

      // The offers that fell due during the outage timed out once the engine was back: the
      // interactions are waiting again and their agents were set NOT_READY (ring-no-answer).
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                for (Long id : offeredBeforeOutage) {
                  assertThat(root.get("/interactions/" + id).body().path("state").asText())
                      .as("interaction %s offered before the outage", id)
                      .isNotEqualTo("OFFERED");
                }
              });
    } finally {
      stop.set(true);
      connectors.shutdown();
      assertThat(connectors.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(wrongAnswers).as("answers other than 201, 429 or 503 UNAVAILABLE").isEmpty();
    assertThat(refused.get()).as("arrivals refused while the database was away").isPositive();
    Map<String, Integer> stored = StoredCustomers.of("test.jdbc", campaign);
    for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
      assertThat(stored.get(ack.getKey())).as("stored rows of %s", ack.getKey()).isEqualTo(1);
    }
    assertThat(stored.values()).as("no arrival stored twice").allMatch(count -> count == 1);
  }

  /** The interactions offered to the agents now. */
  private Set<Long> offeredTo(List<Desk> desks) {
    Set<Long> offered = new java.util.HashSet<>();
    for (Desk desk : desks) {
      desk.client()
          .get("/agents/" + desk.id() + "/work")
          .body()
          .path("interactions")
          .forEach(
              i -> {
                if (i.path("state").asText().equals("OFFERED")) {
                  offered.add(i.path("id").asLong());
                }
              });
    }
    return offered;
  }

  /** Stops ({@code pause}) or restarts ({@code resume}) the MariaDB of the test pass. */
  private static void mariadb(String action) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                System.getProperty("test.mariadb.script"),
                action,
                System.getProperty("test.mariadb.dir"),
                System.getProperty("test.mariadb.port"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("mariadb-instance.sh %s: %s", action, output).isZero();
    LOG.info(() -> "MariaDB " + action + ": " + output.strip());
  }
}
