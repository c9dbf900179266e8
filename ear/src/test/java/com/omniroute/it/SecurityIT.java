package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.it.ApiClient.Answer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

  /**
   * The whole answer to one API call sent from the given local address over a raw HTTP/1.1 socket:
   * Java's client can neither choose its address nor send huge headers without trying an HTTP/2
   * upgrade first.
   */
  private String answerFrom(String localAddress, String username, String password)
      throws Exception {
    URI api = URI.create(url + "api/v1/security-groups");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", api.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      String credentials =
          Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + api.getPath()
                  + " HTTP/1.1\r\nHost: localhost:"
                  + api.getPort()
                  + "\r\nAuthorization: Basic "
                  + credentials
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
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
