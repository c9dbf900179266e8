package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
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
 * The routing scenarios of the design, played end to end through the REST API against the deployed
 * EAR, with the container's real timers for offer timeout, wrap-up and dropout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutingApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private static final Duration TIMERS = Duration.ofSeconds(20);

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final long group = root.post("/security-groups", body("name", "Floor " + suffix)).id();

  /** An agent and the client of its linked user. */
  private record Agent(long id, ApiClient desk) {}

  private Agent agent(String name) {
    ApiClient.Desk desk =
        root.createDesk(group, name, name.toLowerCase() + "." + suffix, "desk-" + suffix);
    return new Agent(desk.id(), desk.client());
  }

  private long campaign(String name, String mediaType, Object... settings) {
    Map<String, Object> campaign = body(settings);
    campaign.put("name", name);
    campaign.put("mediaType", mediaType);
    campaign.put("securityGroupId", group);
    campaign.putIfAbsent("wrapUpSeconds", 0);
    campaign.putIfAbsent("offerTimeoutSeconds", 600);
    Answer created = root.post("/campaigns", campaign);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private void member(long campaign, Agent agent, int penalty) {
    assertThat(
            root.put("/campaigns/" + campaign + "/members/" + agent.id(), body("penalty", penalty))
                .status())
        .isEqualTo(200);
  }

  private JsonNode state(Agent agent, String state) {
    Answer answer = agent.desk().put("/agents/" + agent.id() + "/state", body("state", state));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  private JsonNode arrive(long campaign) {
    Answer answer =
        root.post("/interactions", body("campaignId", campaign, "customer", "cust-" + suffix));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.body();
  }

  private JsonNode interaction(long id) {
    return root.get("/interactions/" + id).body();
  }

  private String stateOf(JsonNode interaction) {
    return interaction(interaction.path("id").asLong()).path("state").asText();
  }

  private JsonNode work(Agent agent) {
    return agent.desk().get("/agents/" + agent.id() + "/work").body();
  }

  private static long id(JsonNode interaction) {
    return interaction.path("id").asLong();
  }

  @Test
  void aChatGoesBeforeAnOlderEmailWhenTheAgentFreesUp() {
    long chat = campaign("Chat", "CHAT");
    long mail = campaign("Mail", "EMAIL");
    Agent ana = agent("Ana");
    member(chat, ana, 0);
    member(mail, ana, 0);

    JsonNode email = arrive(mail);
    JsonNode webChat = arrive(chat);
    assertThat(email.path("state").asText()).isEqualTo("QUEUED");
    assertThat(email.path("reason").asText()).contains("no READY member of Mail");

    state(ana, "READY");

    JsonNode chatNow = interaction(id(webChat));
    assertThat(chatNow.path("state").asText()).isEqualTo("OFFERED");
    assertThat(chatNow.path("agentId").asLong()).isEqualTo(ana.id());
    assertThat(chatNow.path("reason").asText()).contains("penalty 0");
    JsonNode emailNow = interaction(id(email));
    assertThat(emailNow.path("state").asText()).isEqualTo("QUEUED");
    assertThat(emailNow.path("reason").asText()).contains("100 spare for EMAIL");
  }

  @Test
  void threeChatsLeaveRoomForAFourthChatButNotForAnEmail() {
    long chat = campaign("Chat", "CHAT");
    long mail = campaign("Mail", "EMAIL");
    Agent bo = agent("Bo");
    member(chat, bo, 0);
    member(mail, bo, 0);
    state(bo, "READY");
    for (int i = 0; i < 3; i++) {
      long offered = id(arrive(chat));
      assertThat(bo.desk().post("/interactions/" + offered + "/accept", null).status())
          .isEqualTo(200);
    }
    assertThat(work(bo).path("used").asInt()).isEqualTo(75);

    JsonNode email = arrive(mail);
    JsonNode fourth = arrive(chat);

    assertThat(stateOf(email)).isEqualTo("QUEUED");
    assertThat(stateOf(fourth)).isEqualTo("OFFERED");
    JsonNode work = work(bo);
    assertThat(work.path("used").asInt()).isEqualTo(100);
    assertThat(work.path("spare").asInt()).isZero();
    assertThat(work.path("interactions")).hasSize(4);
  }

  @Test
  void aCallOverridesAnEmailCannotBeRejectedAndTheEmailResumesAfterIt() {
    long voice = campaign("Voice", "VOICE");
    long mail = campaign("Mail", "EMAIL");
    Agent cy = agent("Cy");
    member(voice, cy, 0);
    member(mail, cy, 0);
    state(cy, "READY");
    long email = id(arrive(mail));
    cy.desk().post("/interactions/" + email + "/accept", null);

    JsonNode call = arrive(voice);

    assertThat(call.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(call.path("forced").asBoolean()).isTrue();
    assertThat(call.path("agentId").asLong()).isEqualTo(cy.id());
    assertThat(interaction(email).path("onHold").asBoolean()).isTrue();
    assertThat(work(cy).path("used").asInt()).isEqualTo(125);

    Answer reject = cy.desk().post("/interactions/" + id(call) + "/reject", null);
    assertThat(reject.status()).isEqualTo(409);
    assertThat(reject.error()).isEqualTo("INVALID_STATE");
    assertThat(stateOf(call)).isEqualTo("ACTIVE");

    assertThat(cy.desk().post("/interactions/" + id(call) + "/finish", null).status())
        .isEqualTo(200);
    assertThat(stateOf(call)).isEqualTo("COMPLETED");
    JsonNode resumed = interaction(email);
    assertThat(resumed.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(resumed.path("onHold").asBoolean()).isFalse();
    assertThat(work(cy).path("used").asInt()).isEqualTo(25);
  }

  @Test
  void penaltyThenMostSpareThenLongestIdleChooseTheAgent() {
    long chat = campaign("Chat", "CHAT");
    Agent low = agent("Low");
    Agent high = agent("High");
    member(chat, low, 10);
    member(chat, high, 20);
    state(high, "READY");
    state(low, "READY");
    JsonNode first = arrive(chat);
    assertThat(first.path("agentId").asLong()).isEqualTo(low.id());

    // Equal penalties: the member with more spare capacity wins.
    long even = campaign("Even", "CHAT");
    member(even, low, 5);
    member(even, high, 5);
    JsonNode second = arrive(even);
    assertThat(second.path("agentId").asLong()).isEqualTo(high.id());
    assertThat(second.path("reason").asText()).contains("spare 100");

    // Equal penalty and spare: the one idle longest (READY first) wins.
    long idle = campaign("Idle", "VOICE");
    Agent early = agent("Early");
    Agent late = agent("Late");
    member(idle, early, 0);
    member(idle, late, 0);
    state(early, "READY");
    state(late, "READY");
    assertThat(arrive(idle).path("agentId").asLong()).isEqualTo(early.id());
  }

  @Test
  void withMaxInteractionsPerAgentReachedTheRestWaitInQueue() {
    long chat = campaign("Chat", "CHAT", "maxInteractionsPerAgent", 2);
    Agent di = agent("Di");
    member(chat, di, 0);
    state(di, "READY");

    List<JsonNode> arrivals = List.of(arrive(chat), arrive(chat), arrive(chat));

    assertThat(arrivals)
        .extracting(a -> a.path("state").asText())
        .containsExactly("OFFERED", "OFFERED", "QUEUED");
    assertThat(work(di).path("used").asInt()).isEqualTo(50);
    assertThat(interaction(id(arrivals.get(2))).path("reason").asText()).isNotBlank();
  }

  @Test
  void theAcdLimitRefusesTheNextArrivalWithTheReason() {
    long chat = campaign("Busy", "CHAT", "acdLimit", 2);
    arrive(chat);
    arrive(chat);

    Answer refused = root.post("/interactions", body("campaignId", chat, "customer", "third"));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.error()).isEqualTo("QUEUE_FULL");
    assertThat(refused.body().path("message").asText()).contains("2 interactions waiting");
    JsonNode stats = root.get("/campaigns/" + chat + "/stats").body();
    assertThat(stats.path("waiting").asInt()).isEqualTo(2);
    assertThat(stats.path("rejected").asInt()).isEqualTo(1);
  }

  @Test
  void aDisabledCampaignRefusesNewArrivalsButItsQueueDrains() {
    long chat = campaign("Closing", "CHAT");
    Agent ed = agent("Ed");
    member(chat, ed, 0);
    JsonNode waiting1 = arrive(chat);
    JsonNode waiting2 = arrive(chat);

    assertThat(root.put("/campaigns/" + chat, body("enabled", false)).status()).isEqualTo(200);
    Answer refused = root.post("/interactions", body("campaignId", chat, "customer", "late"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("CAMPAIGN_DISABLED");

    state(ed, "READY");
    assertThat(stateOf(waiting1)).isEqualTo("OFFERED");
    assertThat(stateOf(waiting2)).isEqualTo("OFFERED");
    assertThat(root.get("/campaigns/" + chat).body().path("enabled").asBoolean()).isFalse();
  }

  @Test
  void anOfferThatTimesOutGoesBackToTheHeadOfItsPlaceAndTheAgentToNotReady() {
    long voice = campaign("Ring", "VOICE", "offerTimeoutSeconds", 2);
    Agent slow = agent("Slow");
    Agent quick = agent("Quick");
    member(voice, slow, 0);
    member(voice, quick, 50);
    state(slow, "READY");
    JsonNode first = arrive(voice);
    JsonNode second = arrive(voice);
    assertThat(first.path("agentId").asLong()).isEqualTo(slow.id());
    assertThat(second.path("state").asText()).isEqualTo("QUEUED");

    await().atMost(TIMERS).until(() -> stateOf(first).equals("QUEUED"));

    JsonNode back = interaction(id(first));
    assertThat(back.path("queuedAt").asText()).isEqualTo(first.path("queuedAt").asText());
    assertThat(work(slow).path("state").asText()).isEqualTo("NOT_READY");

    state(quick, "READY");
    assertThat(interaction(id(first)).path("agentId").asLong()).isEqualTo(quick.id());
    assertThat(stateOf(second)).isEqualTo("QUEUED");
  }

  @Test
  void wrapUpHoldsCapacityUntilItsTimerEnds() {
    long voice = campaign("Wrap", "VOICE", "wrapUpSeconds", 2);
    Agent fay = agent("Fay");
    member(voice, fay, 0);
    state(fay, "READY");
    long call = id(arrive(voice));
    fay.desk().post("/interactions/" + call + "/accept", null);
    assertThat(
            fay.desk()
                .post("/interactions/" + call + "/finish", null)
                .body()
                .path("state")
                .asText())
        .isEqualTo("WRAP_UP");

    JsonNode next = arrive(voice);
    assertThat(next.path("state").asText()).isEqualTo("QUEUED");
    assertThat(work(fay).path("used").asInt()).isEqualTo(100);

    await().atMost(TIMERS).until(() -> stateOf(next).equals("OFFERED"));
    assertThat(interaction(call).path("state").asText()).isEqualTo("COMPLETED");
    assertThat(interaction(call).path("endedAt").isTextual()).isTrue();
  }

  @Test
  void anActiveChatPastTheChatTimeLimitIsFlaggedByItsTimer() {
    long chat = campaign("Long chats", "CHAT", "chatTimeLimitSeconds", 2);
    Agent ida = agent("Ida");
    member(chat, ida, 0);
    state(ida, "READY");
    long id = id(arrive(chat));
    assertThat(
            ida.desk()
                .post("/interactions/" + id + "/accept", null)
                .body()
                .has("overChatTimeLimitAt"))
        .isFalse();

    await().atMost(TIMERS).until(() -> interaction(id).has("overChatTimeLimitAt"));

    assertThat(stateOf(interaction(id))).isEqualTo("ACTIVE");
    assertThat(root.get("/campaigns/" + chat + "/stats").body().path("chatsOverTimeLimit").asInt())
        .isEqualTo(1);
    assertThat(work(ida).path("interactions").get(0).path("overChatTimeLimit").asBoolean())
        .isTrue();
    ida.desk().post("/interactions/" + id + "/finish", null);
    assertThat(root.get("/campaigns/" + chat + "/stats").body().path("chatsOverTimeLimit").asInt())
        .isZero();
  }

  @Test
  void dropoutAndAReportedAbandonEndWaitingInteractionsAsAbandoned() {
    long chat = campaign("Drop", "CHAT", "dropoutSeconds", 2);
    JsonNode dropped = arrive(chat);
    JsonNode left = arrive(chat);

    assertThat(
            root.post("/interactions/" + id(left) + "/abandon", null).body().path("state").asText())
        .isEqualTo("ABANDONED");
    await().atMost(TIMERS).until(() -> stateOf(dropped).equals("ABANDONED"));

    JsonNode stats = root.get("/campaigns/" + chat + "/stats").body();
    assertThat(stats.path("abandoned").asInt()).isEqualTo(2);
    assertThat(stats.path("waiting").asInt()).isZero();
    Answer again = root.post("/interactions/" + id(left) + "/abandon", null);
    assertThat(again.status()).isIn(404, 409);
  }

  @Test
  void onlyTheAgentHoldingAnInteractionWorksItAndIllegalTransitionsChangeNothing() {
    long chat = campaign("Own", "CHAT");
    Agent gil = agent("Gil");
    Agent hal = agent("Hal");
    member(chat, gil, 0);
    state(gil, "READY");
    long offered = id(arrive(chat));

    Answer stranger = hal.desk().post("/interactions/" + offered + "/accept", null);
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(hal.desk().get("/interactions/" + offered).status()).isEqualTo(404);
    Answer early = gil.desk().post("/interactions/" + offered + "/finish", null);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.error()).isEqualTo("INVALID_STATE");
    assertThat(stateOf(interaction(offered))).isEqualTo("OFFERED");

    assertThat(gil.desk().post("/interactions/" + offered + "/accept", null).status())
        .isEqualTo(200);
    assertThat(gil.desk().post("/interactions/" + offered + "/accept", null).status())
        .isEqualTo(409);
    assertThat(gil.desk().get("/interactions/" + offered).body().path("state").asText())
        .isEqualTo("ACTIVE");

    Answer otherAgentsWork = gil.desk().get("/agents/" + hal.id() + "/work");
    assertThat(otherAgentsWork.status()).isEqualTo(404);
    Answer badState = gil.desk().put("/agents/" + gil.id() + "/state", body("state", "SLEEPING"));
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.body().path("violations").get(0).path("field").asText()).isEqualTo("state");
  }

  @Test
  void connectorsAndSupervisorsWorkOnlyWithinTheirSecurityGroupsAndRoles() {
    long chat = campaign("Desk", "CHAT");
    long otherGroup = root.post("/security-groups", body("name", "Elsewhere " + suffix)).id();
    ApiClient connector = user("conn", "connector", group);
    ApiClient outsider = user("out", "connector", otherGroup);
    ApiClient supervisor = user("sup", "supervisor", group);

    Answer handedIn =
        connector.post("/interactions", body("campaignId", chat, "customer", "+1 555 0100"));
    assertThat(handedIn.status()).isEqualTo(201);
    long id = handedIn.id();
    assertThat(connector.get("/interactions/" + id).body().path("state").asText())
        .isEqualTo("QUEUED");

    Answer foreign = outsider.post("/interactions", body("campaignId", chat, "customer", "x"));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.body().path("violations").get(0).path("field").asText())
        .isEqualTo("campaignId");
    assertThat(outsider.get("/interactions/" + id).status()).isEqualTo(404);
    assertThat(outsider.post("/interactions/" + id + "/abandon", null).status()).isEqualTo(404);

    assertThat(supervisor.get("/interactions/" + id).status()).isEqualTo(200);
    assertThat(supervisor.get("/campaigns/" + chat + "/stats").body().path("waiting").asInt())
        .isEqualTo(1);
    assertThat(supervisor.post("/interactions", body("campaignId", chat, "customer", "x")).status())
        .isEqualTo(403);
    assertThat(connector.get("/campaigns/" + chat + "/stats").status()).isEqualTo(403);
    assertThat(stateOf(interaction(id))).isEqualTo("QUEUED");
  }

  private ApiClient user(String name, String role, long securityGroup) {
    return root.createUser(name + "." + suffix, "pass-" + suffix, role, securityGroup, null);
  }

  @Test
  void refusedArrivalsNameTheFieldAndStoreNothing() {
    long chat = campaign("Strict", "CHAT");
    List<Answer> refusals = new ArrayList<>();
    refusals.add(root.post("/interactions", body("campaignId", chat)));
    refusals.add(
        root.post("/interactions", body("campaignId", chat, "customer", "x", "priority", 10)));
    refusals.add(root.post("/interactions", body("customer", "x")));
    refusals.add(root.post("/interactions", body("campaignId", 999_999_999, "customer", "x")));
    assertThat(refusals).allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
    assertThat(refusals)
        .extracting(r -> r.body().path("violations").get(0).path("field").asText())
        .containsExactly("customer", "priority", "campaignId", "campaignId");
    JsonNode stats = root.get("/campaigns/" + chat + "/stats").body();
    assertThat(stats.path("waiting").asInt()).isZero();
    assertThat(stats.path("rejected").asInt()).isZero();
    assertThat(root.get("/interactions/999999999").status()).isEqualTo(404);
  }
}
