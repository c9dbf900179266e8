package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.it.ApiClient.Answer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tried against the running product (issue 13), kept fixed: a stranger cannot lock
 * a user out, huge usernames are refused without a trace, and a change of a user's roles, password
 * or existence takes effect on its open console sessions at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final String url = System.getProperty("routing.url");
  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aStrangerFailingForTheSuperadminsNameOnlyDelaysTheStranger() throws Exception {
    String name = "chief." + suffix;
    String password = "chief-pass-" + suffix;
    long group = root.post("/security-groups", body("name", "Chief " + suffix)).id();
    root.createUser(name, password, "superadmin", group, null);

    // The stranger comes from another loopback address: 127.0.0.2.
    for (int failure = 1; failure <= 8; failure++) {
      assertThat(statusFrom("127.0.0.2", name, "guess-" + failure)).isEqualTo(401);
    }
    assertThat(statusFrom("127.0.0.2", name, password))
        .as("the stranger's address is held back, even with the right password")
        .isEqualTo(401);

    assertThat(statusFrom("127.0.0.1", name, password)).isEqualTo(200);
    assertThat(ApiClient.as(name, password).get("/security-groups").status()).isEqualTo(200);
    assertThat(ApiClient.superadmin().get("/security-groups").status()).isEqualTo(200);
  }

  @Test
  void aUsernameOfHundredsOfKilobytesIsRefusedInTheErrorShape() throws Exception {
    for (int attempt = 0; attempt < 20; attempt++) {
      String huge = answerFrom("127.0.0.1", "x".repeat(300_000) + attempt, "whatever");
      assertThat(huge).startsWith("HTTP/1.1 401").contains("\"error\":\"UNAUTHORIZED\"");
    }
    Answer overLimit = ApiClient.as("y".repeat(255), "whatever").get("/campaigns");
    assertThat(overLimit.status()).isEqualTo(401);
    assertThat(overLimit.error()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void aSuperadminDemotedToSupervisorLosesItsPowersInItsOpenConsoleSessionAtOnce()
      throws Exception {
    String name = "demoted." + suffix;
    String password = "demoted-pass-" + suffix;
    long group = root.post("/security-groups", body("name", "Demoted " + suffix)).id();
    root.createUser(name, password, "superadmin", group, null);
    long id = userId(name);
    Console console = new Console();
    console.logIn(name, password);
    assertThat(console.get("admin/users/list.xhtml").statusCode()).isEqualTo(200);
    assertThat(console.menu()).contains("users");

    Answer demoted =
        root.put(
            "/users/" + id,
            body(
                "username",
                name,
                "roles",
                List.of("supervisor"),
                "securityGroupIds",
                List.of(group)));
    assertThat(demoted.status()).isEqualTo(200);

    assertThat(console.get("admin/users/list.xhtml").statusCode()).isEqualTo(403);
    assertThat(console.menu()).doesNotContain("users").contains("dashboard");
    // Over the API too, with the same password.
    assertThat(ApiClient.as(name, password).get("/users").status()).isEqualTo(403);
  }

  @Test
  void aChangedPasswordOrADeletedUserEndsTheOpenConsoleSessions() throws Exception {
    long group = root.post("/security-groups", body("name", "Ended " + suffix)).id();
    String changed = "changed." + suffix;
    String deleted = "deleted." + suffix;
    String password = "ended-pass-" + suffix;
    root.createUser(changed, password, "admin", group, null);
    root.createUser(deleted, password, "admin", group, null);
    Console changedConsole = new Console();
    changedConsole.logIn(changed, password);
    Console deletedConsole = new Console();
    deletedConsole.logIn(deleted, password);
    assertThat(changedConsole.get("admin/campaigns/list.xhtml").statusCode()).isEqualTo(200);
    assertThat(deletedConsole.get("admin/campaigns/list.xhtml").statusCode()).isEqualTo(200);

    assertThat(
            root.put(
                    "/users/" + userId(changed),
                    body(
                        "username",
                        changed,
                        "password",
                        "another-pass-" + suffix,
                        "roles",
                        List.of("admin"),
                        "securityGroupIds",
                        List.of(group)))
                .status())
        .isEqualTo(200);
    assertThat(root.delete("/users/" + userId(deleted)).status()).isEqualTo(204);

    assertThat(changedConsole.get("admin/campaigns/list.xhtml").uri().getPath())
        .endsWith("/login.xhtml");
    assertThat(deletedConsole.get("admin/campaigns/list.xhtml").uri().getPath())
        .endsWith("/login.xhtml");
    assertThat(ApiClient.as(changed, password).get("/campaigns").status()).isEqualTo(401);
  }

  @Test
  void numbersOfTheWrongKindTrailingGarbageAndControlCharactersAreRefusedNamingTheField() {
    long group = root.post("/security-groups", body("name", "Strict " + suffix)).id();
    String campaign =
        "{\"name\": \"Strict %s %s\", \"mediaType\": \"CHAT\", \"securityGroupId\": %d, %s}";
    Map<String, String> refusedFields =
        Map.of(
            "maxInteractionsPerAgent", "\"maxInteractionsPerAgent\": 4294967297",
            "acdLimit", "\"acdLimit\": 1e30",
            "enabled", "\"enabled\": \"yes\"",
            "serviceLevelSeconds", "\"serviceLevelSeconds\": 12.9");
    refusedFields.forEach(
        (field, json) -> {
          Answer refused = root.post("/campaigns", campaign.formatted(field, suffix, group, json));
          assertThat(refused.status()).as(json).isEqualTo(400);
          assertThat(refused.error()).isEqualTo("VALIDATION");
          assertThat(refused.body().path("violations").get(0).path("field").asText())
              .isEqualTo(field);
        });
    Answer securityGroupId =
        root.post(
            "/campaigns",
            "{\"name\": \"Strict id\", \"mediaType\": \"CHAT\","
                + " \"securityGroupId\": 12345678901234567890123}");
    assertThat(securityGroupId.status()).isEqualTo(400);
    assertThat(securityGroupId.body().path("violations").get(0).path("field").asText())
        .isEqualTo("securityGroupId");

    long campaignId =
        root.post(
                "/campaigns",
                body("name", "Strict " + suffix, "mediaType", "CHAT", "securityGroupId", group))
            .id();
    long agent = root.createAgent(group, "Strict agent " + suffix, "strict." + suffix);
    for (String penalty : List.of("4294967346", "12.9", "\"5\"")) {
      Answer refused =
          root.put(
              "/campaigns/" + campaignId + "/members/" + agent, "{\"penalty\": " + penalty + "}");
      assertThat(refused.status()).as(penalty).isEqualTo(400);
      assertThat(refused.body().path("violations").get(0).path("field").asText())
          .isEqualTo("penalty");
    }

    Answer trailing =
        root.post("/security-groups", "{\"name\": \"Trailing " + suffix + "\"} garbage");
    assertThat(trailing.status()).isEqualTo(400);
    assertThat(trailing.error()).isEqualTo("VALIDATION");
    Answer nul = root.post("/security-groups", "{\"name\": \"Nul\\u0000" + suffix + "\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body().path("violations").get(0).path("field").asText()).isEqualTo("name");
    assertThat(root.get("/security-groups").body().findValuesAsText("name"))
        .noneMatch(name -> name.startsWith("Trailing " + suffix) || name.startsWith("Nul"));
  }

  @Test
  void anOversizeBodyAnswers400InTheErrorShapeWithTheSecurityHeaders() throws Exception {
    String huge = "{\"name\": \"" + "x".repeat(2 << 20) + "\"}";
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(url + "api/v1/security-groups"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + ApiClient.adminPassword())
                                        .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(huge))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("\"error\":\"VALIDATION\"", "larger than");
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void anAgentReadsItselfOnlyNotTheOtherAgentsOfItsGroup() {
    long group = root.post("/security-groups", body("name", "Peers " + suffix)).id();
    ApiClient.Desk ana =
        root.createDesk(group, "Ana " + suffix, "ana." + suffix, "desk-pass-" + suffix);
    ApiClient.Desk bruno =
        root.createDesk(group, "Bruno " + suffix, "bruno." + suffix, "desk-pass-" + suffix);

    assertThat(ana.client().get("/agents/" + ana.id()).status()).isEqualTo(200);
    Answer other = ana.client().get("/agents/" + bruno.id());
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.error()).isEqualTo("NOT_FOUND");
    assertThat(root.get("/agents/" + bruno.id()).status()).isEqualTo(200);
  }

  @Test
  void commonPasswordsAreRefusedNamingThePasswordField() {
    long group = root.post("/security-groups", body("name", "Weak " + suffix)).id();
    for (String weak : List.of("password", "12345678", "Password1", "qwertyuiop")) {
      Answer refused =
          root.post(
              "/users",
              body(
                  "username",
                  "weak." + suffix,
                  "password",
                  weak,
                  "roles",
                  List.of("supervisor"),
                  "securityGroupIds",
                  List.of(group)));
      assertThat(refused.status()).as(weak).isEqualTo(400);
      assertThat(refused.body().path("violations").get(0).path("field").asText())
          .isEqualTo("password");
    }
    assertThat(root.get("/users").body().findValuesAsText("username"))
        .doesNotContain("weak." + suffix);
  }

  @Test
  void theServerRootShowsNoWelcomePageAndApiAnswersAreNeverStored() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> root =
        http.send(
            HttpRequest.newBuilder(URI.create(url).resolve("/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(root.statusCode()).isEqualTo(404);
    assertThat(root.body()).doesNotContainIgnoringCase("wildfly");

    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "api/v1/security-groups"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("admin:" + ApiClient.adminPassword())
                                    .getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /**
   * Finding 10: over TLS every answer tells the browser to keep to HTTPS (HSTS); over plain HTTP,
   * where the header means nothing, it is not sent. The test server's HTTPS listener has WildFly's
   * own self-signed certificate, which this test trusts for loopback only.
   */
  @Test
  void answersOverTlsCarryStrictTransportSecurityAndPlainHttpOnesDoNot() throws Exception {
    URI plain = URI.create(url + "login.xhtml");
    int httpsPort = 8443 + Integer.getInteger("test.port.offset");
    URI secure = URI.create("https://localhost:" + httpsPort + "/routing/login.xhtml");
    SSLContext trustingLoopback = SSLContext.getInstance("TLS");
    trustingLoopback.init(null, new TrustManager[] {new TrustingManager()}, null);
    HttpsURLConnection tls = (HttpsURLConnection) secure.toURL().openConnection();
    tls.setSSLSocketFactory(trustingLoopback.getSocketFactory());
    tls.setHostnameVerifier((host, session) -> host.equals("localhost"));
    assertThat(tls.getResponseCode()).isEqualTo(200);
    assertThat(tls.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    tls.disconnect();

    HttpResponse<String> overHttp =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(plain).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(overHttp.statusCode()).isEqualTo(200);
    assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  /** Trusts the test server's self-signed certificate; used on loopback only. */
  private static final class TrustingManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  @Test
  void refusalsByRoleDoNotFloodTheLog() throws Exception {
    long group = root.post("/security-groups", body("name", "Quiet " + suffix)).id();
    ApiClient supervisor =
        root.createUser("quiet." + suffix, "quiet-pass-" + suffix, "supervisor", group, null);
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("test.server.base"), "log", "server.log");
    long before = java.nio.file.Files.size(log);

    for (int i = 0; i < 20; i++) {
      assertThat(supervisor.get("/users").status()).isEqualTo(403);
    }

    long grown = java.nio.file.Files.size(log) - before;
    assertThat(grown).as("bytes the log grew by for 20 refusals").isLessThan(2_000);
  }

  private long userId(String username) {
    for (var user : root.get("/users").body()) {
      if (user.path("username").asText().equals(username)) {
        return user.path("id").asLong();
      }
    }
    throw new IllegalStateException("No user " + username);
  }

  /** The status of one API call sent from the given local address. */
  private int statusFrom(String localAddress, String username, String password) throws Exception {
    // "HTTP/1.1 200 OK"
    return Integer.parseInt(answerFrom(localAddress, username, password).split(" ")[1]);
  }

  /** The whole answer to one API call sent from the given local address. */
  private String answerFrom(String localAddress, String username, String password) {
    return RawHttp.get(
        URI.create(url + "api/v1/security-groups"), localAddress, username, password);
  }

  /** A console session over plain HTTP, logged in through the login form as a browser would. */
  private final class Console {
    private final HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager())
            .build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(url + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The menu items of the start page. */
    List<String> menu() throws Exception {
      return Jsoup.parse(get("index.xhtml").body())
          .select("#menuForm\\:menu a[id^=menuForm:]")
          .stream()
          .map(a -> a.id().substring("menuForm:".length()))
          .toList();
    }

    void logIn(String username, String password) throws Exception {
      Document login = Jsoup.parse(get("login.xhtml").body(), url);
      Element form = login.getElementById("loginForm");
      Map<String, String> fields = new LinkedHashMap<>();
      form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
      fields.put("loginForm:username", username);
      fields.put("loginForm:password", password);
      fields.put("loginForm:login", "");
      String encoded =
          fields.entrySet().stream()
              .map(
                  field ->
                      URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(encoded))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.uri().getPath())
          .as("logged in as " + username)
          .doesNotEndWith("login.xhtml");
    }
  }
}
