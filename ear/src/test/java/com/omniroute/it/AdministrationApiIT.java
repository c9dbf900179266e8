package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration endpoints of the API over HTTP: authentication, roles, security groups, and
 * every refusal answering its documented status and code while changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /** A security group with an admin user who sees only it. */
  private record Tenant(long groupId, ApiClient admin) {}

  private Tenant tenant(String name) {
    long group = root.post("/security-groups", body("name", name + " " + suffix)).id();
    String username = name.toLowerCase() + "." + suffix;
    return new Tenant(group, root.createUser(username, "pass-" + suffix, "admin", group, null));
  }

  @Test
  void everyCallNeedsValidCredentialsAndAnswers401InTheErrorShape() {
    Answer anonymous = ApiClient.anonymous().get("/campaigns");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.error()).isEqualTo("UNAUTHORIZED");
    assertThat(anonymous.body().path("message").asText()).contains("HTTP Basic");
    assertThat(anonymous.body().path("violations").isArray()).isTrue();

    Answer wrongPassword = ApiClient.as("admin", "not-the-password").get("/campaigns");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.error()).isEqualTo("UNAUTHORIZED");

    Answer unknownUser = ApiClient.as("nobody-" + suffix, "whatever-1").get("/campaigns");
    assertThat(unknownUser.status()).isEqualTo(401);
  }

  @Test
  void securityGroupsRoundTripAndRefuseDuplicatesBlanksAndUnknownIds() {
    Answer created = root.post("/security-groups", body("name", "  Billing " + suffix + " "));
    assertThat(created.status()).isEqualTo(201);
    long id = created.id();
    assertThat(created.body().path("name").asText()).isEqualTo("Billing " + suffix);

    assertThat(root.get("/security-groups/" + id).body().path("name").asText())
        .isEqualTo("Billing " + suffix);
    assertThat(names(root.get("/security-groups").body())).contains("Billing " + suffix);

    Answer duplicate = root.post("/security-groups", body("name", "Billing " + suffix));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.error()).isEqualTo("CONFLICT");

    Answer blank = root.put("/security-groups/" + id, body("name", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.error()).isEqualTo("VALIDATION");
    assertThat(blank.body().path("violations").get(0).path("field").asText()).isEqualTo("name");
    assertThat(root.get("/security-groups/" + id).body().path("name").asText())
        .isEqualTo("Billing " + suffix);

    Answer renamed = root.put("/security-groups/" + id, body("name", "Invoices " + suffix));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.body().path("name").asText()).isEqualTo("Invoices " + suffix);

    assertThat(root.delete("/security-groups/" + id).status()).isEqualTo(204);
    Answer gone = root.get("/security-groups/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.error()).isEqualTo("NOT_FOUND");
    assertThat(root.delete("/security-groups/" + id).status()).isEqualTo(404);
  }

  @Test
  void aSecurityGroupInUseCannotBeDeleted() {
    // The tenant's admin user belongs to the group too: a user would lose sight of it.
    Tenant tenant = tenant("InUse");
    tenant
        .admin()
        .post(
            "/agents",
            body("name", "Ana", "login", "ana." + suffix, "securityGroupId", tenant.groupId()));

    Answer refused = root.delete("/security-groups/" + tenant.groupId());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().path("message").asText()).contains("1 agent(s)", "1 user(s)");
    assertThat(root.get("/security-groups/" + tenant.groupId()).status()).isEqualTo(200);
  }

  @Test
  void rolesLimitWhatEachUserMayCall() {
    Tenant tenant = tenant("Roles");
    for (String path : List.of("/security-groups", "/users", "/media-types")) {
      Answer refused = tenant.admin().get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.error()).as(path).isEqualTo("FORBIDDEN");
    }
    Answer putMedia =
        tenant
            .admin()
            .put("/media-types/CHAT", body("share", 10, "requiredSpare", 10, "precedence", 2));
    assertThat(putMedia.status()).isEqualTo(403);
    assertThat(root.get("/media-types").body().get(1).path("share").asInt()).isEqualTo(25);

    root.post(
        "/users",
        body(
            "username",
            "conn." + suffix,
            "password",
            "pass-" + suffix,
            "roles",
            List.of("connector"),
            "securityGroupIds",
            List.of(tenant.groupId())));
    ApiClient connector = ApiClient.as("conn." + suffix, "pass-" + suffix);
    assertThat(connector.get("/agents").status()).isEqualTo(403);
    assertThat(
            connector
                .post(
                    "/campaigns",
                    body("name", "X", "mediaType", "CHAT", "securityGroupId", tenant.groupId()))
                .status())
        .isEqualTo(403);
    assertThat(names(tenant.admin().get("/campaigns").body())).doesNotContain("X");
  }

  @Test
  void anotherSecurityGroupsObjectsAreInvisibleAndUntouchable() {
    Tenant north = tenant("North");
    Tenant south = tenant("South");
    long southAgent =
        south
            .admin()
            .post(
                "/agents",
                body(
                    "name",
                    "Sofía",
                    "login",
                    "sofia." + suffix,
                    "securityGroupId",
                    south.groupId()))
            .id();
    long southCampaign =
        south
            .admin()
            .post(
                "/campaigns",
                body("name", "South chat", "mediaType", "CHAT", "securityGroupId", south.groupId()))
            .id();

    assertThat(ids(north.admin().get("/agents").body())).doesNotContain(southAgent);
    assertThat(ids(north.admin().get("/campaigns").body())).doesNotContain(southCampaign);
    for (Answer answer :
        List.of(
            north.admin().get("/agents/" + southAgent),
            north.admin().get("/campaigns/" + southCampaign),
            north.admin().get("/campaigns/" + southCampaign + "/members"),
            north
                .admin()
                .put(
                    "/agents/" + southAgent,
                    body(
                        "name",
                        "Hacked",
                        "login",
                        "h." + suffix,
                        "securityGroupId",
                        south.groupId())),
            north.admin().put("/campaigns/" + southCampaign, body("name", "Hacked")),
            north.admin().delete("/campaigns/" + southCampaign),
            north.admin().delete("/agents/" + southAgent))) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.error()).isEqualTo("NOT_FOUND");
    }
    // North may not place its own objects in South's group either.
    Answer intoSouth =
        north
            .admin()
            .post(
                "/campaigns",
                body("name", "Sneaky", "mediaType", "CHAT", "securityGroupId", south.groupId()));
    assertThat(intoSouth.status()).isEqualTo(400);
    assertThat(intoSouth.body().path("violations").get(0).path("field").asText())
        .isEqualTo("securityGroupId");

    assertThat(south.admin().get("/agents/" + southAgent).body().path("name").asText())
        .isEqualTo("Sofía");
    assertThat(south.admin().get("/campaigns/" + southCampaign).body().path("name").asText())
        .isEqualTo("South chat");
    // The superadmin sees both.
    assertThat(ids(root.get("/campaigns").body())).contains(southCampaign);
  }

  @Test
  void campaignsTakeEveryFieldAndRefuseOutOfRangeValuesNamingTheFields() {
    Tenant tenant = tenant("Fields");
    Answer created =
        tenant
            .admin()
            .post(
                "/campaigns",
                body(
                    "name", "Email desk",
                    "mediaType", "EMAIL",
                    "securityGroupId", tenant.groupId(),
                    "enabled", false,
                    "serviceLevelSeconds", 3600,
                    "dropoutSeconds", 0,
                    "chatTimeLimitSeconds", 0,
                    "acdLimit", 500,
                    "maxInteractionsPerAgent", 2,
                    "schedule", "mon,tue,wed,thu,fri;09:00-18:00",
                    "timeZone", "America/Sao_Paulo",
                    "offerTimeoutSeconds", 60,
                    "wrapUpSeconds", 120));
    assertThat(created.status()).isEqualTo(201);
    JsonNode campaign = tenant.admin().get("/campaigns/" + created.id()).body();
    assertThat(campaign.path("mediaType").asText()).isEqualTo("EMAIL");
    assertThat(campaign.path("enabled").asBoolean()).isFalse();
    assertThat(campaign.path("serviceLevelSeconds").asInt()).isEqualTo(3600);
    assertThat(campaign.path("acdLimit").asInt()).isEqualTo(500);
    assertThat(campaign.path("maxInteractionsPerAgent").asInt()).isEqualTo(2);
    assertThat(campaign.path("schedule").asText()).isEqualTo("mon,tue,wed,thu,fri;09:00-18:00");
    assertThat(campaign.path("timeZone").asText()).isEqualTo("America/Sao_Paulo");
    assertThat(campaign.path("offerTimeoutSeconds").asInt()).isEqualTo(60);
    assertThat(campaign.path("wrapUpSeconds").asInt()).isEqualTo(120);

    Answer refused =
        tenant
            .admin()
            .put(
                "/campaigns/" + created.id(),
                body("maxInteractionsPerAgent", 0, "timeZone", "Mars/Base", "dropoutSeconds", -1));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error()).isEqualTo("VALIDATION");
    assertThat(fields(refused.body()))
        .containsExactlyInAnyOrder("maxInteractionsPerAgent", "timeZone", "dropoutSeconds");
    JsonNode unchanged = tenant.admin().get("/campaigns/" + created.id()).body();
    assertThat(unchanged.path("maxInteractionsPerAgent").asInt()).isEqualTo(2);
    assertThat(unchanged.path("timeZone").asText()).isEqualTo("America/Sao_Paulo");

    Answer missing =
        tenant
            .admin()
            .post("/campaigns", body("name", "No channel", "securityGroupId", tenant.groupId()));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing.body())).containsExactly("mediaType");
    Answer unknownType =
        tenant
            .admin()
            .post(
                "/campaigns",
                body("name", "Fax", "mediaType", "FAX", "securityGroupId", tenant.groupId()));
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.body().path("message").asText())
        .isEqualTo("Media type FAX does not exist");
    Answer duplicate =
        tenant
            .admin()
            .post(
                "/campaigns",
                body(
                    "name",
                    "Email desk",
                    "mediaType",
                    "EMAIL",
                    "securityGroupId",
                    tenant.groupId()));
    assertThat(duplicate.status()).isEqualTo(409);
    Answer notJson = tenant.admin().send("POST", "/campaigns", "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.error()).isEqualTo("VALIDATION");
    assertThat(names(tenant.admin().get("/campaigns").body())).containsExactly("Email desk");
  }

  @Test
  void membersArePutWithAPenaltyChangedAndRemoved() {
    Tenant tenant = tenant("Members");
    long campaign =
        tenant
            .admin()
            .post(
                "/campaigns",
                body("name", "Voice", "mediaType", "VOICE", "securityGroupId", tenant.groupId()))
            .id();
    long agent =
        tenant
            .admin()
            .post(
                "/agents",
                body(
                    "name",
                    "Zoë 山田",
                    "login",
                    "zoe." + suffix,
                    "securityGroupId",
                    tenant.groupId()))
            .id();
    String member = "/campaigns/" + campaign + "/members/" + agent;

    assertThat(tenant.admin().put(member, body("penalty", 30)).status()).isEqualTo(200);
    JsonNode members = tenant.admin().get("/campaigns/" + campaign + "/members").body();
    assertThat(members).hasSize(1);
    assertThat(members.get(0).path("agentId").asLong()).isEqualTo(agent);
    assertThat(members.get(0).path("name").asText()).isEqualTo("Zoë 山田");
    assertThat(members.get(0).path("penalty").asInt()).isEqualTo(30);

    Answer outOfRange = tenant.admin().put(member, body("penalty", 101));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.body().path("violations").get(0).path("field").asText())
        .isEqualTo("penalty");
    assertThat(outOfRange.body().path("message").asText())
        .isEqualTo("Penalty must be between 0 and 100");
    assertThat(tenant.admin().put(member, body()).status()).isEqualTo(400);
    assertThat(
            tenant
                .admin()
                .get("/campaigns/" + campaign + "/members")
                .body()
                .get(0)
                .path("penalty")
                .asInt())
        .isEqualTo(30);

    assertThat(tenant.admin().put(member, body("penalty", 5)).body().path("penalty").asInt())
        .isEqualTo(5);
    assertThat(
            tenant
                .admin()
                .put("/campaigns/" + campaign + "/members/999999999", body("penalty", 5))
                .status())
        .isEqualTo(404);

    assertThat(tenant.admin().delete(member).status()).isEqualTo(204);
    assertThat(tenant.admin().get("/campaigns/" + campaign + "/members").body()).isEmpty();
    assertThat(tenant.admin().delete(member).status()).isEqualTo(404);
  }

  @Test
  void usersKeepPasswordsWriteOnlyAndRefuseWeakOnesAndUnknownRoles() {
    Tenant tenant = tenant("Users");
    Answer weak =
        root.post(
            "/users",
            body(
                "username", "weak." + suffix, "password", "short", "roles", List.of("supervisor")));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(fields(weak.body())).containsExactly("password");
    Answer badRole =
        root.post(
            "/users",
            body("username", "bad." + suffix, "password", "long-enough", "roles", List.of("king")));
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.body().path("message").asText()).startsWith("Unknown role king");

    JsonNode users = root.get("/users").body();
    assertThat(StreamSupport.stream(users.spliterator(), false))
        .allSatisfy(u -> assertThat(u.has("password")).isFalse());
    assertThat(names(users, "username")).doesNotContain("weak." + suffix, "bad." + suffix);

    long agent =
        tenant
            .admin()
            .post(
                "/agents",
                body(
                    "name", "Desk", "login", "desk." + suffix, "securityGroupId", tenant.groupId()))
            .id();
    Answer agentUser =
        root.post(
            "/users",
            body(
                "username",
                "desk." + suffix,
                "password",
                "pass-" + suffix,
                "roles",
                List.of("agent"),
                "securityGroupIds",
                List.of(tenant.groupId()),
                "agentId",
                agent));
    assertThat(agentUser.status()).isEqualTo(201);
    assertThat(agentUser.body().path("agentId").asLong()).isEqualTo(agent);

    long id = agentUser.id();
    assertThat(
            root.put(
                    "/users/" + id,
                    body(
                        "username",
                        "desk." + suffix,
                        "password",
                        "new-pass-" + suffix,
                        "roles",
                        List.of("agent"),
                        "securityGroupIds",
                        List.of(tenant.groupId()),
                        "agentId",
                        agent))
                .status())
        .isEqualTo(200);
    assertThat(ApiClient.as("desk." + suffix, "pass-" + suffix).get("/agents/" + agent).status())
        .isEqualTo(401);
    assertThat(
            ApiClient.as("desk." + suffix, "new-pass-" + suffix).get("/agents/" + agent).status())
        .isEqualTo(200);
    assertThat(root.delete("/users/" + id).status()).isEqualTo(204);
    assertThat(
            ApiClient.as("desk." + suffix, "new-pass-" + suffix).get("/agents/" + agent).status())
        .isEqualTo(401);
  }

  @Test
  void theCapacityModelIsChangedBySuperadminOnlyWithValidValues() {
    Answer invalid =
        root.put(
            "/media-types/SMS",
            body("share", 0, "requiredSpare", 120, "precedence", 5, "overrides", List.of()));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(fields(invalid.body())).containsExactlyInAnyOrder("share", "requiredSpare");
    Answer selfOverride =
        root.put(
            "/media-types/SMS",
            body("share", 25, "requiredSpare", 25, "precedence", 5, "overrides", List.of("SMS")));
    assertThat(selfOverride.status()).isEqualTo(400);
    assertThat(root.get("/media-types/").status()).isEqualTo(200);
    assertThat(
            root.put("/media-types/FAX", body("share", 25, "requiredSpare", 25, "precedence", 5))
                .status())
        .isEqualTo(404);

    Answer changed =
        root.put(
            "/media-types/SMS",
            body("share", 20, "requiredSpare", 20, "precedence", 5, "overrides", List.of("EMAIL")));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().path("share").asInt()).isEqualTo(20);
    assertThat(changed.body().path("overrides").get(0).asText()).isEqualTo("EMAIL");
    root.put(
        "/media-types/SMS",
        body("share", 25, "requiredSpare", 25, "precedence", 5, "overrides", List.of()));
  }

  private static List<String> names(JsonNode array) {
    return names(array, "name");
  }

  private static List<String> names(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asText())
        .toList();
  }

  private static List<Long> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("id").asLong())
        .toList();
  }

  private static List<String> fields(JsonNode error) {
    return StreamSupport.stream(error.path("violations").spliterator(), false)
        .map(v -> v.path("field").asText())
        .toList();
  }
}
