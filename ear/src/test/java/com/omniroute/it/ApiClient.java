package com.omniroute.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the REST API of the deployed EAR, as one user. */
public final class ApiClient {

  /** One answer: status and parsed JSON body (a missing node for an empty body). */
  public record Answer(int status, JsonNode body, String raw, Map<String, List<String>> headers) {

    public Answer(int status, JsonNode body, String raw) {
      this(status, body, raw, Map.of());
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
          .map(h -> h.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String error() {
      return body.path("error").asText(null);
    }

    public long id() {
      return body.path("id").asLong();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Whether each answer is checked against docs/openapi.yaml: where the build says where it is,
   * that is in the test JVM; not inside the server, where in-container tests run without the
   * validator's libraries.
   */
  private static final boolean CHECKS_CONTRACT = System.getProperty("openapi.file") != null;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String routingUrl;
  private final String base;
  private final String authorization;
  private final Duration patience;

  private ApiClient(String routingUrl, String username, String password) {
    this(
        Duration.ofSeconds(120),
        routingUrl,
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private ApiClient(Duration patience, String routingUrl, String authorization) {
    this.routingUrl = routingUrl;
    this.base = routingUrl + "api/v1";
    this.authorization = authorization;
    this.patience = patience;
  }

  /**
   * The same user with another patience: a request with no answer by then fails with an {@link
   * UncheckedIOException} caused by {@link java.net.http.HttpTimeoutException}.
   */
  public ApiClient withPatience(Duration patience) {
    return new ApiClient(patience, routingUrl, authorization);
  }

  /** An agent and the API client of the agent user linked to it, as an agent desktop signs in. */
  public record Desk(long id, ApiClient client) {}

  /**
   * Creates an agent in the security group and an agent user of the same login linked to it, on the
   * server this client talks to (which must be a superadmin's).
   */
  public Desk createDesk(long securityGroupId, String name, String login, String password) {
    long agent = createAgent(securityGroupId, name, login);
    return new Desk(agent, createUser(login, password, "agent", securityGroupId, agent));
  }

  /** Creates an agent in the security group, with no user linked to it, and returns its id. */
  public long createAgent(long securityGroupId, String name, String login) {
    Answer agent =
        post("/agents", body("name", name, "login", login, "securityGroupId", securityGroupId));
    if (agent.status() != 201) {
      throw new IllegalStateException("Agent " + login + " not created: " + agent.raw());
    }
    return agent.id();
  }

  /** Makes the agent a member of the campaign with the penalty, or changes its penalty. */
  public void addMember(long campaignId, long agentId, int penalty) {
    Answer put = put("/campaigns/" + campaignId + "/members/" + agentId, body("penalty", penalty));
    if (put.status() != 200) {
      throw new IllegalStateException(
          "Agent " + agentId + " not made a member of campaign " + campaignId + ": " + put.raw());
    }
  }

  /**
   * Creates a user with one role in one security group (linked to an agent for the agent role) on
   * the server this client talks to (which must be a superadmin's), and returns that user's client.
   */
  public ApiClient createUser(
      String username, String password, String role, long securityGroupId, Long agentId) {
    Map<String, Object> user =
        body(
            "username",
            username,
            "password",
            password,
            "roles",
            List.of(role),
            "securityGroupIds",
            List.of(securityGroupId));
    if (agentId != null) {
      user.put("agentId", agentId);
    }
    Answer created = post("/users", user);
    if (created.status() != 201) {
      throw new IllegalStateException("User " + username + " not created: " + created.raw());
    }
    return new ApiClient(routingUrl, username, password);
  }

  /** The superadmin created at first start with the password the test server was given. */
  public static ApiClient superadmin() {
    return as("admin", adminPassword());
  }

  public static ApiClient as(String username, String password) {
    return new ApiClient(routingUrl(), username, password);
  }

  /** A user of the application at another URL (a second test server). */
  public static ApiClient at(String routingUrl, String username, String password) {
    return new ApiClient(routingUrl, username, password);
  }

  public static ApiClient anonymous() {
    return new ApiClient(routingUrl(), null, null);
  }

  /**
   * The test server's application URL: given to the test JVM by the build, or, for a test running
   * inside the server, found from the server's own port offset.
   */
  public static String routingUrl() {
    String configured = System.getProperty("routing.url");
    return configured != null
        ? configured
        : "http://localhost:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/routing/";
  }

  /** The superadmin password: the test JVM's property, or the server's inside the server. */
  public static String adminPassword() {
    return System.getProperty("it.admin.password", System.getProperty("routing.admin.password"));
  }

  public Answer get(String path) {
    return send("GET", path, null);
  }

  public Answer delete(String path) {
    return send("DELETE", path, null);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body);
  }

  public Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  /** Sends a body given as a map or as a raw JSON string. */
  public Answer send(String method, String path, Object body) {
    return send(method, path, body, "application/json");
  }

  /** A GET asking for another representation, such as {@code text/csv}; JSON bodies are parsed. */
  public Answer getAccepting(String path, String accept) {
    return send("GET", path, null, accept);
  }

  private Answer send(String method, String path, Object body, String accept) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(patience)
              .header("Accept", accept);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(text));
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String raw = response.body();
      List<String> broken =
          !CHECKS_CONTRACT
              ? List.of()
              : ApiContract.violations(
                  method,
                  response.uri(),
                  response.statusCode(),
                  response.headers().firstValue("Content-Type").orElse(null),
                  raw);
      if (!broken.isEmpty()) {
        throw new AssertionError(
            method
                + " "
                + path
                + " answered "
                + response.statusCode()
                + " outside the contract in docs/openapi.yaml: "
                + broken
                + "\n"
                + raw);
      }
      boolean json =
          accept.contains("json")
              || response.headers().firstValue("Content-Type").orElse("").contains("json");
      JsonNode parsed =
          raw == null || raw.isBlank() || !json ? JSON.missingNode() : JSON.readTree(raw);
      return new Answer(response.statusCode(), parsed, raw, response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Shorthand for building JSON bodies: {@code body("name", "Support", "enabled", true)}. */
  public static Map<String, Object> body(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
