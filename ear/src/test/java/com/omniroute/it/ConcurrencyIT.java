package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import com.omniroute.it.ApiClient.Desk;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many clients at once (issue 4): connector threads hand interactions in to voice, chat and email
 * campaigns and sometimes abandon them, while agent threads, each logged in as its own agent user,
 * poll their work, accept (or now and then reject) offers, finish them and sometimes pause. All of
 * it over HTTP against the deployed EAR, for {@code it.concurrency.seconds} (60 by default).
 *
 * <p>The test runs inside the server so that it can watch the database while the load runs and
 * check it afterwards: no agent over capacity or over a campaign's limit, no interaction held by
 * nobody or by two agents, no row lost or duplicated, every answer the clients got matching what is
 * stored, the engine's live view matching the database, and, once quiet, no waiting interaction
 * that a READY agent could take.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

  private static final Logger LOG = Logger.getLogger(ConcurrencyIT.class.getName());

  private static final int CONNECTORS = 50;
  private static final int AGENTS = 20;

  /**
   * Between an agent's look at its work and its answer the world may move on: the customer may
   * abandon an offered interaction, or a voice override may withdraw pending offers. The offer is
   * then no longer the agent's: the API answers 404 as for anything the caller does not hold, or
   * 409 when the withdrawal lands between that check and the engine's.
   */
  private static final Set<Integer> WITHDRAWABLE = Set.of(200, 404, 409);

  /** Likewise an override may put an active interaction on hold before the agent finishes it. */
  private static final Set<Integer> HOLDABLE = Set.of(200, 409);

  private static final Set<String> LIVE = Set.of("OFFERED", "ACTIVE", "WRAP_UP");
  private static final Set<String> STATES =
      Set.of("QUEUED", "OFFERED", "ACTIVE", "WRAP_UP", "COMPLETED", "ABANDONED", "REJECTED");

  @Deployment
  static EnterpriseArchive deployment() {
    // The test runs in the server, which knows neither the build's properties nor Jackson.
    JavaArchive settings =
        ShrinkWrap.create(JavaArchive.class, "concurrency-settings.jar")
            .addAsResource(
                new StringAsset("seconds=" + System.getProperty("test.concurrency.seconds", "60")),
                "concurrency.properties");
    return Deployments.routingEar(ConcurrencyIT.class, ApiClient.class)
        .addAsLibrary(settings)
        .addAsLibraries(
            Deployments.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
            Deployments.jarOf(com.fasterxml.jackson.core.JsonFactory.class),
            Deployments.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  @Inject TestTransactions tx;

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = Long.toHexString(System.nanoTime());

  /** One campaign of the test and its settings. */
  private record Campaign(long id, String mediaType, int maxPerAgent) {}

  /** What every client saw: the answers that matter for the checks, and the odd ones. */
  private static final class Observed {
    final AtomicLong requests = new AtomicLong();
    final Map<String, Long> customersCreated = new ConcurrentHashMap<>();
    final Set<String> customersRefused = ConcurrentHashMap.newKeySet();
    final Set<Long> abandoned = ConcurrentHashMap.newKeySet();
    final Map<Long, Long> acceptedBy = new ConcurrentHashMap<>();
    final Map<Long, Long> finishedBy = new ConcurrentHashMap<>();
    final List<String> doubleAccepts = Collections.synchronizedList(new ArrayList<>());
    final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    Answer count(Answer answer, String what, Set<Integer> allowed) {
      requests.incrementAndGet();
      if (!allowed.contains(answer.status())) {
        unexpected.add(what + " -> " + answer.status() + " " + answer.raw());
      }
      return answer;
    }
  }

  @Test
  void manyClientsAtOnceNeverOverloadAnAgentNorShareAnInteraction() throws Exception {
    int seconds = configuredSeconds();
    long group = created(root.post("/security-groups", body("name", "Load " + suffix)));
    List<Campaign> campaigns =
        List.of(
            campaign(group, "VOICE", 1, 1, 40),
            campaign(group, "CHAT", 3, 1, 60),
            campaign(group, "CHAT", 2, 0, 60),
            campaign(group, "EMAIL", 2, 1, 40));
    Random random = new Random(42);
    List<Desk> desks = new ArrayList<>();
    for (int a = 0; a < AGENTS; a++) {
      Desk desk = desk(group, a);
      desks.add(desk);
      for (Campaign campaign : campaigns) {
        // Every agent in at least two campaigns, most in three or four, penalties spread.
        if (campaign == campaigns.get(a % 4)
            || campaign == campaigns.get((a + 1) % 4)
            || random.nextInt(3) > 0) {
          assertThat(
                  root.put(
                          "/campaigns/" + campaign.id() + "/members/" + desk.id(),
                          body("penalty", random.nextInt(4) * 10))
                      .status())
              .isEqualTo(200);
        }
      }
    }
    List<Long> campaignIds = campaigns.stream().map(Campaign::id).toList();
    List<Long> agentIds = desks.stream().map(Desk::id).toList();

    Observed observed = new Observed();
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CONNECTORS; c++) {
      int number = c;
      threads.add(
          new Thread(
              () -> connector(number, campaigns, deadline, observed), "connector-" + number));
    }
    for (Desk desk : desks) {
      threads.add(new Thread(() -> agent(desk, deadline, observed), "agent-" + desk.id()));
    }
    List<Throwable> crashed = Collections.synchronizedList(new ArrayList<>());
    threads.forEach(
        t -> {
          t.setUncaughtExceptionHandler((thread, e) -> crashed.add(e));
          t.start();
        });

    // While the load runs: the invariants, one consistent statement each, over and over.
    int samples = 0;
    while (System.nanoTime() < deadline) {
      assertInvariants(campaignIds, agentIds);
      samples++;
      Thread.sleep(200);
    }
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(60).toMillis());
      assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    assertThat(crashed).isEmpty();
    assertThat(observed.unexpected).as("unexpected answers").isEmpty();
    assertThat(observed.doubleAccepts).as("interactions accepted by two agents").isEmpty();

    Map<Long, Row> rows = quiet(campaignIds);
    assertInvariants(campaignIds, agentIds);

    // Every interaction a client was told about is stored once, as what it was told.
    Map<String, List<Row>> byCustomer =
        rows.values().stream().collect(Collectors.groupingBy(Row::customer));
    assertThat(byCustomer.values()).allSatisfy(list -> assertThat(list).hasSize(1));
    assertThat(rows).hasSize(observed.customersCreated.size() + observed.customersRefused.size());
    observed.customersCreated.forEach(
        (customer, id) -> {
          Row row = rows.get(id);
          assertThat(row).as("interaction %s", id).isNotNull();
          assertThat(row.customer()).isEqualTo(customer);
          assertThat(row.state()).isIn("QUEUED", "OFFERED", "ACTIVE", "COMPLETED", "ABANDONED");
        });
    observed.customersRefused.forEach(
        customer -> assertThat(byCustomer.get(customer).get(0).state()).isEqualTo("REJECTED"));
    observed.abandoned.forEach(id -> assertThat(rows.get(id).state()).isEqualTo("ABANDONED"));
    observed.acceptedBy.forEach(
        (id, agent) -> {
          assertThat(rows.get(id).state()).isIn("ACTIVE", "WRAP_UP", "COMPLETED");
          assertThat(rows.get(id).agentId()).isEqualTo(agent);
        });
    observed.finishedBy.forEach(
        (id, agent) -> {
          assertThat(rows.get(id).state()).isIn("WRAP_UP", "COMPLETED");
          assertThat(rows.get(id).agentId()).isEqualTo(agent);
        });
    Map<String, Long> byState =
        rows.values().stream()
            .collect(Collectors.groupingBy(Row::state, TreeMap::new, Collectors.counting()));
    assertThat(STATES).containsAll(byState.keySet());
    assertThat(byState.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(observed.customersCreated.size() + observed.customersRefused.size());
    assertThat(byState.getOrDefault("REJECTED", 0L)).isEqualTo(observed.customersRefused.size());

    // The engine's live view is the database's: each agent holds exactly its stored interactions.
    Set<Long> seenInWork = new HashSet<>();
    for (Desk desk : desks) {
      Answer work = root.get("/agents/" + desk.id() + "/work");
      assertThat(work.status()).isEqualTo(200);
      Set<Long> held = new HashSet<>();
      work.body().path("interactions").forEach(i -> held.add(i.path("id").asLong()));
      Set<Long> stored =
          rows.values().stream()
              .filter(r -> LIVE.contains(r.state()) && Long.valueOf(desk.id()).equals(r.agentId()))
              .map(Row::id)
              .collect(Collectors.toSet());
      assertThat(held).as("work of agent %s", desk.id()).isEqualTo(stored);
      for (Long id : held) {
        assertThat(seenInWork.add(id)).as("interaction %s held by two agents", id).isTrue();
      }
    }
    assertNothingWaitsThatAReadyAgentCouldTake(rows, campaigns);

    long routed = rows.values().stream().filter(r -> r.offered()).count();
    LOG.info(
        String.format(
            "Concurrency: %d s, %d connectors, %d agents: %d requests (%.0f/s); %d interactions"
                + " created (%.1f/s), %d refused at the door, %d routed to an agent, %d completed,"
                + " %d abandoned, %d invariant samples; final states %s",
            seconds,
            CONNECTORS,
            AGENTS,
            observed.requests.get(),
            observed.requests.get() / elapsed,
            observed.customersCreated.size(),
            observed.customersCreated.size() / elapsed,
            observed.customersRefused.size(),
            routed,
            byState.getOrDefault("COMPLETED", 0L),
            byState.getOrDefault("ABANDONED", 0L),
            samples,
            byState));
    assertThat(routed).as("interactions routed under load").isPositive();
    assertThat(byState.getOrDefault("COMPLETED", 0L)).isPositive();
  }

  // ---------------------------------------------------------------- the clients

  /** Hands interactions in round the campaigns; abandons one in twenty of those still waiting. */
  private void connector(int number, List<Campaign> campaigns, long deadline, Observed observed) {
    Random random = new Random(number);
    int sequence = 0;
    while (System.nanoTime() < deadline) {
      Campaign campaign = campaigns.get(random.nextInt(campaigns.size()));
      String customer = "c" + number + "-" + sequence++ + " " + suffix;
      Answer answer =
          observed.count(
              root.post(
                  "/interactions",
                  body(
                      "campaignId",
                      campaign.id(),
                      "customer",
                      customer,
                      "priority",
                      random.nextInt(3))),
              "arrival",
              Set.of(201, 429));
      if (answer.status() == 201) {
        observed.customersCreated.put(customer, answer.id());
        if (answer.body().path("state").asText().equals("QUEUED") && random.nextInt(20) == 0) {
          Answer abandon =
              observed.count(
                  root.post("/interactions/" + answer.id() + "/abandon", null),
                  "abandon",
                  Set.of(200, 409));
          if (abandon.status() == 200) {
            observed.abandoned.add(answer.id());
          }
        }
      } else if (answer.status() == 429) {
        observed.customersRefused.add(customer);
      }
      pause(random.nextInt(20));
    }
  }

  /**
   * Goes READY, then polls its work: accepts offers (rejects one in ten), finishes what is active,
   * and now and then takes a short break (NOT_READY, which keeps offers in hand).
   */
  private void agent(Desk desk, long deadline, Observed observed) {
    Random random = new Random(desk.id());
    ApiClient client = desk.client();
    String state = "/agents/" + desk.id() + "/state";
    observed.count(client.put(state, body("state", "READY")), "ready", Set.of(200));
    while (System.nanoTime() < deadline) {
      Answer work =
          observed.count(client.get("/agents/" + desk.id() + "/work"), "work", Set.of(200));
      boolean busy = false;
      for (JsonNode i : work.body().path("interactions")) {
        long id = i.path("id").asLong();
        String path = "/interactions/" + id;
        if (i.path("state").asText().equals("OFFERED") && !i.path("forced").asBoolean()) {
          busy = true;
          if (random.nextInt(10) == 0) {
            observed.count(client.post(path + "/reject", null), "reject " + id, WITHDRAWABLE);
          } else if (observed
                  .count(client.post(path + "/accept", null), "accept " + id, WITHDRAWABLE)
                  .status()
              == 200) {
            Long earlier = observed.acceptedBy.putIfAbsent(id, desk.id());
            if (earlier != null) {
              observed.doubleAccepts.add(id + " by " + earlier + " and " + desk.id());
            }
          }
        } else if (i.path("state").asText().equals("ACTIVE") && !i.path("onHold").asBoolean()) {
          busy = true;
          if (observed.count(client.post(path + "/finish", null), "finish " + id, HOLDABLE).status()
              == 200) {
            observed.finishedBy.put(id, desk.id());
          }
        }
      }
      if (random.nextInt(100) == 0) {
        observed.count(client.put(state, body("state", "NOT_READY")), "not ready", Set.of(200));
        pause(50);
        observed.count(client.put(state, body("state", "READY")), "ready", Set.of(200));
      } else if (!busy) {
        pause(5);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- the database

  /** An interaction row as stored. */
  private record Row(
      long id,
      long campaignId,
      String mediaType,
      String customer,
      String state,
      Long agentId,
      boolean forced,
      boolean offered) {}

  /**
   * The invariants that hold after every committed event, each checked by one SQL statement so that
   * it reads one consistent state even while events commit.
   */
  private void assertInvariants(List<Long> campaignIds, List<Long> agentIds) {
    String campaigns = inList(campaignIds);
    String agents = inList(agentIds);
    // Held interactions have exactly one agent; waiting ones none.
    assertThat(
            count(
                "SELECT COUNT(*) FROM interaction WHERE campaign_id IN "
                    + campaigns
                    + " AND ((state IN ('OFFERED','ACTIVE','WRAP_UP') AND agent_id IS NULL)"
                    + " OR (state = 'QUEUED' AND agent_id IS NOT NULL))"))
        .as("held interactions without an agent, or waiting ones with one")
        .isZero();
    // Capacity: what was offered normally fits in 100; at most one override on top of it.
    List<Object[]> overloaded =
        rows(
            "SELECT i.agent_id, SUM(CASE WHEN i.forced THEN 0 ELSE m.share END),"
                + " SUM(CASE WHEN i.forced THEN 1 ELSE 0 END)"
                + " FROM interaction i JOIN media_type m ON m.code = i.media_type"
                + " WHERE i.state IN ('OFFERED','ACTIVE','WRAP_UP') AND i.agent_id IN "
                + agents
                + " GROUP BY i.agent_id"
                + " HAVING SUM(CASE WHEN i.forced THEN 0 ELSE m.share END) > 100"
                + " OR SUM(CASE WHEN i.forced THEN 1 ELSE 0 END) > 1");
    assertThat(overloaded).as("agents over capacity [agent, used, overrides]").isEmpty();
    // No agent holds more of a campaign's interactions than the campaign allows.
    List<Object[]> overLimit =
        rows(
            "SELECT i.agent_id, i.campaign_id, COUNT(*) FROM interaction i"
                + " JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE i.state IN ('OFFERED','ACTIVE','WRAP_UP') AND i.campaign_id IN "
                + campaigns
                + " GROUP BY i.agent_id, i.campaign_id, c.max_interactions_per_agent"
                + " HAVING COUNT(*) > c.max_interactions_per_agent");
    assertThat(overLimit).as("agents over a campaign's limit [agent, campaign, held]").isEmpty();
  }

  /**
   * Waits until the timers have nothing left to do (no wrap-up running, two equal readings in a
   * row) and returns the interactions as stored then.
   */
  private Map<Long, Row> quiet(List<Long> campaignIds) throws InterruptedException {
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Map<Long, Row> previous = Map.of();
    while (true) {
      Map<Long, Row> now = stored(campaignIds);
      boolean wrapping = now.values().stream().anyMatch(r -> r.state().equals("WRAP_UP"));
      if ((!wrapping && now.equals(previous)) || System.nanoTime() > giveUp) {
        assertThat(wrapping).as("wrap-ups still running after a minute").isFalse();
        return now;
      }
      previous = now;
      Thread.sleep(500);
    }
  }

  private Map<Long, Row> stored(List<Long> campaignIds) {
    Map<Long, Row> rows = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT id, campaign_id, media_type, customer, state, agent_id, forced,"
                + " CASE WHEN offered_at IS NULL THEN 0 ELSE 1 END"
                + " FROM interaction WHERE campaign_id IN "
                + inList(campaignIds))) {
      long id = ((Number) r[0]).longValue();
      Row previous =
          rows.put(
              id,
              new Row(
                  id,
                  ((Number) r[1]).longValue(),
                  (String) r[2],
                  (String) r[3],
                  (String) r[4],
                  r[5] == null ? null : ((Number) r[5]).longValue(),
                  Boolean.TRUE.equals(r[6]),
                  ((Number) r[7]).intValue() == 1));
      assertThat(previous).as("interaction %s stored twice", id).isNull();
    }
    return rows;
  }

  /**
   * Design section 4: once quiet, no waiting interaction may be one that some READY member agent
   * could take under rules 2 (normal offer) or 3 (override).
   */
  private void assertNothingWaitsThatAReadyAgentCouldTake(
      Map<Long, Row> rows, List<Campaign> campaigns) {
    Map<String, int[]> policy = new HashMap<>();
    for (Object[] p : rows("SELECT code, share, required_spare FROM media_type")) {
      policy.put((String) p[0], new int[] {((Number) p[1]).intValue(), ((Number) p[2]).intValue()});
    }
    Map<String, Set<String>> overrides = new HashMap<>();
    for (Object[] o : rows("SELECT media_type, overridden_type FROM media_type_override")) {
      overrides.computeIfAbsent((String) o[0], k -> new HashSet<>()).add((String) o[1]);
    }
    Map<Long, Campaign> campaignById = new HashMap<>();
    campaigns.forEach(c -> campaignById.put(c.id(), c));
    Set<Long> ready = new HashSet<>();
    for (Object[] a : rows("SELECT id FROM agent WHERE state = 'READY'")) {
      ready.add(((Number) a[0]).longValue());
    }
    Map<Long, Set<Long>> members = new HashMap<>();
    for (Object[] m : rows("SELECT campaign_id, agent_id FROM campaign_member")) {
      members
          .computeIfAbsent(((Number) m[0]).longValue(), k -> new HashSet<>())
          .add(((Number) m[1]).longValue());
    }
    Map<Long, List<Row>> held = new HashMap<>();
    rows.values().stream()
        .filter(r -> LIVE.contains(r.state()))
        .forEach(r -> held.computeIfAbsent(r.agentId(), k -> new ArrayList<>()).add(r));

    List<String> couldBeOffered = new ArrayList<>();
    for (Row waiting : rows.values()) {
      if (!waiting.state().equals("QUEUED")) {
        continue;
      }
      Campaign campaign = campaignById.get(waiting.campaignId());
      int[] type = policy.get(waiting.mediaType());
      for (Long agent : members.getOrDefault(waiting.campaignId(), Set.of())) {
        if (!ready.contains(agent)) {
          continue;
        }
        List<Row> hand = held.getOrDefault(agent, List.of());
        int used = hand.stream().mapToInt(h -> policy.get(h.mediaType())[0]).sum();
        long ofCampaign = hand.stream().filter(h -> h.campaignId() == campaign.id()).count();
        boolean belowLimit = ofCampaign < campaign.maxPerAgent();
        boolean fits = 100 - used >= type[1] && used + type[0] <= 100;
        boolean overridable =
            !hand.isEmpty()
                && hand.stream()
                    .allMatch(
                        h ->
                            overrides
                                .getOrDefault(waiting.mediaType(), Set.of())
                                .contains(h.mediaType()));
        if (belowLimit && (fits || overridable)) {
          couldBeOffered.add(waiting.id() + " (" + waiting.mediaType() + ") to agent " + agent);
        }
      }
    }
    assertThat(couldBeOffered).as("waiting interactions a READY agent could take").isEmpty();
  }

  private long count(String sql) {
    return tx.inNewTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  /** The rows of a native query, each as an array even when it selects one column. */
  private List<Object[]> rows(String sql) {
    return tx.inNewTransaction(
        em ->
            ((List<?>) em.createNativeQuery(sql).getResultList())
                .stream()
                    .map(r -> r instanceof Object[] columns ? columns : new Object[] {r})
                    .toList());
  }

  private static String inList(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }

  // ---------------------------------------------------------------- setup

  private Campaign campaign(
      long group, String mediaType, int maxPerAgent, int wrapUpSeconds, int acdLimit) {
    long id =
        created(
            root.post(
                "/campaigns",
                body(
                    "name", mediaType + " " + acdLimit + "/" + wrapUpSeconds + " " + suffix,
                    "mediaType", mediaType,
                    "securityGroupId", group,
                    "enabled", true,
                    "dropoutSeconds", 0,
                    "acdLimit", acdLimit,
                    "maxInteractionsPerAgent", maxPerAgent,
                    // Offers never time out: an agent's offer stays its own until it answers.
                    "offerTimeoutSeconds", 3600,
                    "wrapUpSeconds", wrapUpSeconds)));
    return new Campaign(id, mediaType, maxPerAgent);
  }

  private Desk desk(long group, int number) {
    String login = "load" + number + "." + suffix;
    Desk desk = root.createDesk(group, "Load " + number + " " + suffix, login, "pass-" + suffix);
    long agent = desk.id();
    // Signed in once before the load, as an agent desktop would be: the slow password hash is
    // paid here, not by twenty agents at the same instant when the clock starts.
    assertThat(desk.client().get("/agents/" + agent + "/work").status()).isEqualTo(200);
    return desk;
  }

  private static long created(Answer answer) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.id();
  }

  private static int configuredSeconds() throws IOException {
    Properties settings = new Properties();
    try (InputStream in =
        ConcurrencyIT.class.getClassLoader().getResourceAsStream("concurrency.properties")) {
      if (in != null) {
        settings.load(in);
      }
    }
    return Integer.parseInt(
        settings.getProperty("seconds", System.getProperty("test.concurrency.seconds", "60")));
  }
}
