package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import com.omniroute.it.ApiClient.Desk;
import com.omniroute.routing.boundary.RoutingEngine;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One source of truth (docs/design.md section 10): a configuration change is checked by the routing
 * core and applied in the same step as its commit, so the engine and the database never disagree.
 * The test runs in the server so that, after every step, it can ask the engine to compare itself
 * with the database as a rebuild would read it ({@link RoutingEngine#differencesFromDatabase}).
 */
@ExtendWith(ArquillianExtension.class)
class EngineConsistencyIT {

  private static final Logger LOG = Logger.getLogger(EngineConsistencyIT.class.getName());

  /** What a step of the random walk may answer; anything else is a failure. */
  private static final Set<Integer> EXPECTED = Set.of(200, 201, 204, 404, 409, 429);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.routingEar(EngineConsistencyIT.class, ApiClient.class)
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.core.JsonFactory.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  @Inject private RoutingEngine engine;

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final long group =
      root.post("/security-groups", body("name", "Consistency " + suffix)).id();

  private long campaign(String name, String mediaType) {
    Answer created =
        root.post(
            "/campaigns",
            body(
                "name",
                name + " " + suffix,
                "mediaType",
                mediaType,
                "securityGroupId",
                group,
                "wrapUpSeconds",
                0,
                "offerTimeoutSeconds",
                600));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private void assertEngineAgreesWithDatabase(String after) {
    assertThat(engine.differencesFromDatabase()).as("after " + after).isEmpty();
  }

  @Test
  void aMediaTypeChangeWhileInteractionsWaitIsRefusedAndStoresNothing() {
    long chat = campaign("Chat desk", "CHAT");
    Answer waiting = root.post("/interactions", body("campaignId", chat, "customer", "Ana"));
    assertThat(waiting.body().path("state").asText()).isEqualTo("QUEUED");

    Answer change = root.put("/campaigns/" + chat, body("mediaType", "EMAIL"));

    assertThat(change.status()).as(change.raw()).isEqualTo(409);
    assertThat(change.error()).isEqualTo("INVALID_STATE");
    assertThat(change.body().path("message").asText())
        .contains("1 interactions waiting")
        .contains("media type cannot change");
    assertThat(root.get("/campaigns/" + chat).body().path("mediaType").asText()).isEqualTo("CHAT");
    assertEngineAgreesWithDatabase("the refused change");

    // A new arrival is still a chat, stored and routed as one.
    Answer next = root.post("/interactions", body("campaignId", chat, "customer", "Bea"));
    assertThat(next.body().path("mediaType").asText()).isEqualTo("CHAT");
    assertEngineAgreesWithDatabase("the next arrival");
  }

  @Test
  void noInterleavingOfConfigurationChangesAndRoutingEventsLeavesEngineAndDatabaseApart() {
    long seed = Long.getLong("consistency.seed", System.nanoTime());
    LOG.info(() -> "EngineConsistencyIT random walk, seed " + seed);
    Random random = new Random(seed);
    List<Long> campaigns =
        List.of(campaign("Chat A", "CHAT"), campaign("Chat B", "CHAT"), campaign("Mail", "EMAIL"));
    List<Desk> desks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      desks.add(root.createDesk(group, "Agent " + i, "agent" + i + "." + suffix, "Desk-" + suffix));
    }
    List<Long> interactions = new ArrayList<>();
    for (int step = 0; step < 150; step++) {
      long campaign = campaigns.get(random.nextInt(campaigns.size()));
      Desk desk = desks.get(random.nextInt(desks.size()));
      String what;
      Answer answer;
      switch (random.nextInt(9)) {
        case 0, 1 -> {
          what = "arrival in " + campaign;
          answer = root.post("/interactions", body("campaignId", campaign, "customer", "c" + step));
          if (answer.status() == 201) {
            interactions.add(answer.id());
          }
        }
        case 2 -> {
          String state =
              List.of("READY", "READY", "NOT_READY", "LOGGED_OUT").get(random.nextInt(4));
          what = "agent " + desk.id() + " " + state;
          answer = desk.client().put("/agents/" + desk.id() + "/state", body("state", state));
        }
        case 3 -> {
          what = "agent " + desk.id() + " works";
          answer = work(desk);
        }
        case 4 -> {
          int penalty = random.nextInt(101);
          what = "agent " + desk.id() + " joins " + campaign + " with penalty " + penalty;
          answer =
              root.put(
                  "/campaigns/" + campaign + "/members/" + desk.id(), body("penalty", penalty));
        }
        case 5 -> {
          what = "agent " + desk.id() + " leaves " + campaign;
          answer = root.delete("/campaigns/" + campaign + "/members/" + desk.id());
        }
        case 6 -> {
          Map<String, Object> settings =
              body(
                  "maxInteractionsPerAgent",
                  1 + random.nextInt(4),
                  "enabled",
                  random.nextInt(5) > 0,
                  "acdLimit",
                  random.nextInt(4) == 0 ? 2 : 0);
          what = "campaign " + campaign + " set to " + settings;
          answer = root.put("/campaigns/" + campaign, settings);
        }
        case 7 -> {
          String media = random.nextBoolean() ? "CHAT" : "EMAIL";
          what = "campaign " + campaign + " becomes " + media;
          answer = root.put("/campaigns/" + campaign, body("mediaType", media));
        }
        default -> {
          if (interactions.isEmpty()) {
            continue;
          }
          long id = interactions.get(random.nextInt(interactions.size()));
          what = "interaction " + id + " abandoned";
          answer = root.post("/interactions/" + id + "/abandon", body());
        }
      }
      assertThat(answer.status()).as(what + ": " + answer.raw()).isIn(EXPECTED);
      assertEngineAgreesWithDatabase("step " + step + " (" + what + ", seed " + seed + ")");
    }
  }

  /** The agent accepts its first offer, or finishes its first active interaction. */
  private static Answer work(Desk desk) {
    JsonNode work = desk.client().get("/agents/" + desk.id() + "/work").body();
    for (JsonNode held : work.path("interactions")) {
      String state = held.path("state").asText();
      long id = held.path("id").asLong();
      if (state.equals("OFFERED")) {
        return desk.client().post("/interactions/" + id + "/accept", body());
      }
      if (state.equals("ACTIVE") && !held.path("onHold").asBoolean()) {
        return desk.client().post("/interactions/" + id + "/finish", body());
      }
    }
    return new Answer(204, work, "nothing to work on");
  }
}
