package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * The audit log over HTTP (docs/audit.md): each kind of change leaves one entry naming who, what,
 * and the object before and after; admins see only their groups' entries; a refused change leaves
 * none; bad filters are refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /** The entries of one object, newest first, as the superadmin sees them. */
  private List<JsonNode> entries(ApiClient client, String objectType, Object objectId) {
    Answer answer = client.get("/audit?objectType=" + objectType + "&objectId=" + encode(objectId));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    answer.body().forEach(list::add);
    return list;
  }

  private List<JsonNode> entries(String objectType, Object objectId) {
    return entries(root, objectType, objectId);
  }

  private static String encode(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }

  private static List<String> actions(List<JsonNode> entries) {
    return entries.stream().map(e -> e.path("action").asText()).toList();
  }

  @Test
  void securityGroupsAndUsersAreAuditedWithoutPasswords() {
    long group = root.post("/security-groups", body("name", "Audit " + suffix)).id();
    assertThat(root.put("/security-groups/" + group, body("name", "Audited " + suffix)).status())
        .isEqualTo(200);

    String username = "audited." + suffix;
    Answer user =
        root.post(
            "/users",
            body(
                "username",
                username,
                "password",
                "first-secret-" + suffix,
                "roles",
                List.of("admin"),
                "securityGroupIds",
                List.of(group)));
    assertThat(user.status()).as(user.raw()).isEqualTo(201);
    long userId = user.id();
    assertThat(
            root.put(
                    "/users/" + userId,
                    body(
                        "username",
                        username,
                        "password",
                        "second-secret-" + suffix,
                        "roles",
                        List.of("admin", "supervisor"),
                        "securityGroupIds",
                        List.of(group)))
                .status())
        .isEqualTo(200);
    assertThat(root.delete("/users/" + userId).status()).isEqualTo(204);
    assertThat(root.delete("/security-groups/" + group).status()).isEqualTo(204);

    List<JsonNode> groupEntries = entries("SECURITY_GROUP", group);
    assertThat(actions(groupEntries)).containsExactly("DELETED", "UPDATED", "CREATED");
    JsonNode renamed = groupEntries.get(1);
    assertThat(renamed.path("username").asText()).isEqualTo("admin");
    assertThat(renamed.path("objectName").asText()).isEqualTo("Audited " + suffix);
    assertThat(renamed.path("before").path("name").asText()).isEqualTo("Audit " + suffix);
    assertThat(renamed.path("after").path("name").asText()).isEqualTo("Audited " + suffix);
    assertThat(renamed.path("securityGroupIds")).isEmpty();
    assertThat(renamed.path("at").asText()).isNotBlank();

    List<JsonNode> userEntries = entries("USER", userId);
    assertThat(actions(userEntries)).containsExactly("DELETED", "UPDATED", "CREATED");
    JsonNode updated = userEntries.get(1);
    assertThat(updated.path("before").path("roles").toString()).isEqualTo("[\"admin\"]");
    assertThat(updated.path("after").path("roles").toString())
        .isEqualTo("[\"admin\",\"supervisor\"]");
    assertThat(updated.path("after").path("passwordChanged").asBoolean()).isTrue();
    assertThat(userEntries.get(2).path("after").path("username").asText()).isEqualTo(username);
    assertThat(userEntries.get(0).path("after").isMissingNode()).isTrue();
    // No password, hash or secret anywhere in what the log keeps.
    String raw = root.get("/audit?objectType=USER&objectId=" + userId).raw();
    assertThat(raw).doesNotContain("secret-" + suffix).doesNotContainIgnoringCase("passwordHash");
  }

  @Test
  void agentsCampaignsMembersAndPenaltiesAreAuditedWithTheirGroup() {
    long group = root.post("/security-groups", body("name", "Config " + suffix)).id();
    Answer agent =
        root.post(
            "/agents",
            body("name", "Ana " + suffix, "login", "ana." + suffix, "securityGroupId", group));
    long agentId = agent.id();
    assertThat(
            root.put(
                    "/agents/" + agentId,
                    body(
                        "name",
                        "Ana Maria " + suffix,
                        "login",
                        "ana." + suffix,
                        "securityGroupId",
                        group))
                .status())
        .isEqualTo(200);
    Answer campaign =
        root.post(
            "/campaigns",
            body("name", "Sales " + suffix, "mediaType", "CHAT", "securityGroupId", group));
    assertThat(campaign.status()).as(campaign.raw()).isEqualTo(201);
    long campaignId = campaign.id();
    assertThat(
            root.put("/campaigns/" + campaignId, body("acdLimit", 7, "schedule", "mon;09:00-17:00"))
                .status())
        .isEqualTo(200);
    // Saved without a change: nothing to record.
    assertThat(root.put("/campaigns/" + campaignId, body("acdLimit", 7)).status()).isEqualTo(200);

    String member = campaignId + ":" + agentId;
    root.addMember(campaignId, agentId, 10);
    root.addMember(campaignId, agentId, 30);
    assertThat(root.delete("/campaigns/" + campaignId + "/members/" + agentId).status())
        .isEqualTo(204);
    assertThat(root.delete("/campaigns/" + campaignId).status()).isEqualTo(204);
    assertThat(root.delete("/agents/" + agentId).status()).isEqualTo(204);

    List<JsonNode> agentEntries = entries("AGENT", agentId);
    assertThat(actions(agentEntries)).containsExactly("DELETED", "UPDATED", "CREATED");
    assertThat(agentEntries.get(1).path("before").path("name").asText()).isEqualTo("Ana " + suffix);
    assertThat(agentEntries.get(1).path("after").path("name").asText())
        .isEqualTo("Ana Maria " + suffix);
    assertThat(agentEntries.get(1).path("securityGroupIds").get(0).asLong()).isEqualTo(group);

    List<JsonNode> campaignEntries = entries("CAMPAIGN", campaignId);
    assertThat(actions(campaignEntries)).containsExactly("DELETED", "UPDATED", "CREATED");
    JsonNode campaignUpdate = campaignEntries.get(1);
    assertThat(campaignUpdate.path("before").path("acdLimit").asInt())
        .isNotEqualTo(campaignUpdate.path("after").path("acdLimit").asInt());
    assertThat(campaignUpdate.path("after").path("acdLimit").asInt()).isEqualTo(7);
    assertThat(campaignUpdate.path("after").path("schedule").asText()).contains("09:00-17:00");
    assertThat(campaignEntries.get(2).path("objectName").asText()).isEqualTo("Sales " + suffix);

    List<JsonNode> memberEntries = entries("MEMBER", member);
    assertThat(actions(memberEntries)).containsExactly("DELETED", "UPDATED", "CREATED");
    assertThat(memberEntries.get(2).path("after").path("penalty").asInt()).isEqualTo(10);
    assertThat(memberEntries.get(1).path("before").path("penalty").asInt()).isEqualTo(10);
    assertThat(memberEntries.get(1).path("after").path("penalty").asInt()).isEqualTo(30);
    assertThat(memberEntries.get(0).path("before").path("agent").asText())
        .isEqualTo("Ana Maria " + suffix);
    assertThat(memberEntries.get(0).path("objectName").asText())
        .isEqualTo("Ana Maria " + suffix + " @ Sales " + suffix);
  }

  @Test
  void aCapacityPolicyChangeIsAuditedForTheSuperadminOnly() {
    JsonNode sms = null;
    for (JsonNode type : root.get("/media-types").body()) {
      if (type.path("type").asText().equals("SMS")) {
        sms = type;
      }
    }
    assertThat(sms).isNotNull();
    Map<String, Object> changed =
        body(
            "share",
            sms.path("share").asInt() == 20 ? 21 : 20,
            "requiredSpare",
            sms.path("requiredSpare").asInt(),
            "precedence",
            sms.path("precedence").asInt());
    List<Object> overrides = new ArrayList<>();
    sms.path("overrides").forEach(o -> overrides.add(o.asText()));
    changed.put("overrides", overrides);
    int before = entries("MEDIA_TYPE", "SMS").size();
    try {
      assertThat(root.put("/media-types/SMS", changed).status()).isEqualTo(200);
      List<JsonNode> entries = entries("MEDIA_TYPE", "SMS");
      assertThat(entries).hasSize(before + 1);
      assertThat(entries.get(0).path("before").path("share").asInt())
          .isEqualTo(sms.path("share").asInt());
      assertThat(entries.get(0).path("after").path("share").asInt())
          .isEqualTo(changed.get("share"));
    } finally {
      Map<String, Object> restore =
          body(
              "share",
              sms.path("share").asInt(),
              "requiredSpare",
              sms.path("requiredSpare").asInt(),
              "precedence",
              sms.path("precedence").asInt());
      restore.put("overrides", overrides);
      root.put("/media-types/SMS", restore);
    }
    long group = root.post("/security-groups", body("name", "Media " + suffix)).id();
    ApiClient admin = root.createUser("media." + suffix, "pass-" + suffix, "admin", group, null);
    assertThat(entries(admin, "MEDIA_TYPE", "SMS")).isEmpty();
  }

  @Test
  void aSupervisorSettingAnAgentsStateIsAuditedButTheAgentsOwnChangeIsNot() {
    long group = root.post("/security-groups", body("name", "Floor " + suffix)).id();
    ApiClient.Desk desk =
        root.createDesk(group, "Bea " + suffix, "bea." + suffix, "desk-pass-" + suffix);
    ApiClient supervisor =
        root.createUser("sup." + suffix, "sup-pass-" + suffix, "supervisor", group, null);

    assertThat(
            desk.client().put("/agents/" + desk.id() + "/state", body("state", "READY")).status())
        .isEqualTo(200);
    assertThat(
            supervisor.put("/agents/" + desk.id() + "/state", body("state", "NOT_READY")).status())
        .isEqualTo(200);
    assertThat(
            supervisor.put("/agents/" + desk.id() + "/state", body("state", "LOGGED_OUT")).status())
        .isEqualTo(200);

    List<JsonNode> states =
        entries("AGENT", desk.id()).stream()
            .filter(e -> e.path("action").asText().equals("STATE_CHANGED"))
            .toList();
    assertThat(states).hasSize(2);
    assertThat(states.get(1).path("username").asText()).isEqualTo("sup." + suffix);
    assertThat(states.get(1).path("before").path("state").asText()).isEqualTo("READY");
    assertThat(states.get(1).path("after").path("state").asText()).isEqualTo("NOT_READY");
    assertThat(states.get(0).path("after").path("state").asText()).isEqualTo("LOGGED_OUT");
    assertThat(states.get(0).path("objectName").asText()).isEqualTo("Bea " + suffix);
  }

  @Test
  void aChangeTheRoutingEngineRefusesLeavesNoEntry() {
    long group = root.post("/security-groups", body("name", "Refused " + suffix)).id();
    long campaign =
        root.post(
                "/campaigns",
                body("name", "Queue " + suffix, "mediaType", "CHAT", "securityGroupId", group))
            .id();
    Answer waiting =
        root.post("/interactions", body("campaignId", campaign, "customer", "c-" + suffix));
    assertThat(waiting.body().path("state").asText()).isEqualTo("QUEUED");
    try {
      // The service writes the change and its entry; the engine then refuses it (a queue holds
      // one media type), and the rollback must take the entry with it.
      Answer refused = root.put("/campaigns/" + campaign, body("mediaType", "EMAIL"));
      assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
      assertThat(actions(entries("CAMPAIGN", campaign))).containsExactly("CREATED");

      Answer invalid = root.put("/campaigns/" + campaign, body("acdLimit", -1));
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(actions(entries("CAMPAIGN", campaign))).containsExactly("CREATED");
    } finally {
      root.post("/interactions/" + waiting.id() + "/abandon", null);
    }
  }

  @Test
  void anAdminSeesOnlyTheEntriesOfTheirGroups() {
    long groupA = root.post("/security-groups", body("name", "A " + suffix)).id();
    long groupB = root.post("/security-groups", body("name", "B " + suffix)).id();
    ApiClient adminA = root.createUser("a." + suffix, "pass-a-" + suffix, "admin", groupA, null);
    ApiClient adminB = root.createUser("b." + suffix, "pass-b-" + suffix, "admin", groupB, null);
    long agentA = adminA.createAgent(groupA, "Agent A " + suffix, "agent-a." + suffix);
    long agentB = adminB.createAgent(groupB, "Agent B " + suffix, "agent-b." + suffix);

    assertThat(entries(adminA, "AGENT", agentA)).hasSize(1);
    assertThat(entries(adminA, "AGENT", agentB)).isEmpty();
    assertThat(entries(adminB, "AGENT", agentB)).hasSize(1);
    assertThat(entries(root, "AGENT", agentB)).hasSize(1);

    Answer mine = adminA.get("/audit?max=500");
    assertThat(mine.status()).isEqualTo(200);
    mine.body()
        .forEach(
            e -> {
              List<Long> groups = new ArrayList<>();
              e.path("securityGroupIds").forEach(g -> groups.add(g.asLong()));
              assertThat(groups).as(e.toString()).contains(groupA);
            });
    // Users and security groups belong to no group: only a superadmin reads their entries.
    assertThat(entries(adminA, "USER", "")).isEmpty();
    assertThat(adminA.get("/audit?username=admin&objectType=SECURITY_GROUP").body()).isEmpty();

    // An agent moved from A to B is seen by both groups' admins.
    assertThat(
            root.put(
                    "/agents/" + agentA,
                    body(
                        "name",
                        "Agent A " + suffix,
                        "login",
                        "agent-a." + suffix,
                        "securityGroupId",
                        groupB))
                .status())
        .isEqualTo(200);
    assertThat(entries(adminA, "AGENT", agentA)).hasSize(2);
    assertThat(entries(adminB, "AGENT", agentA)).hasSize(1);
  }

  @Test
  void onlyAdminsAndSuperadminsReadAndBadFiltersAreRefusedNamingTheField() {
    long group = root.post("/security-groups", body("name", "Roles " + suffix)).id();
    ApiClient supervisor =
        root.createUser("sv." + suffix, "sv-pass-" + suffix, "supervisor", group, null);
    assertThat(supervisor.get("/audit").status()).isEqualTo(403);

    for (String[] bad :
        new String[][] {
          {"from=yesterday", "from"},
          {"to=2026-13-01T00:00:00Z", "to"},
          {"from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to"},
          {"objectType=PRINTER", "objectType"},
          {"max=0", "max"},
          {"max=many", "max"},
          {"first=-1", "first"}
        }) {
      Answer refused = root.get("/audit?" + bad[0]);
      assertThat(refused.status()).as(bad[0]).isEqualTo(400);
      assertThat(refused.error()).isEqualTo("VALIDATION");
      assertThat(refused.body().path("violations").get(0).path("field").asText())
          .as(bad[0])
          .isEqualTo(bad[1]);
    }

    Answer window =
        root.get("/audit?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z&username=admin");
    assertThat(window.status()).isEqualTo(200);
    assertThat(window.body()).isEmpty();
    Answer limited = root.get("/audit?max=2");
    assertThat(limited.body()).hasSize(2);
    assertThat(Instant.parse(limited.body().get(0).path("at").asText()))
        .isAfterOrEqualTo(Instant.parse(limited.body().get(1).path("at").asText()));
  }
}
