package com.omniroute.load.gatling;

import static com.omniroute.it.ApiClient.body;

import com.omniroute.it.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The harness's settings (system properties) and the data of one run, created through the REST API
 * as the superadmin: a security group of its own with a unique name, so that runs can repeat on the
 * same server without meeting each other's campaigns, agents or queues.
 */
public final class LoadSetup {

  /** The server, without the application's context: {@code -DbaseUrl=http://127.0.0.1:8080}. */
  public static final String BASE_URL = stripSlash(property("baseUrl", "http://127.0.0.1:8080"));

  /** The REST API's path below {@link #BASE_URL}. */
  public static final String API = "/routing/api/v1";

  private static final String ADMIN_USER = property("adminUser", "admin");
  private static final String ADMIN_PASSWORD =
      property("adminPassword", System.getenv("ROUTING_ADMIN_PASSWORD"));

  private LoadSetup() {}

  /** A user's credentials and the {@code Authorization} header value that carries them. */
  public record Login(String username, String password) {
    public String authorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** An agent and the agent user linked to it, as an agent desktop signs in. */
  public record Desk(long agentId, Login login) {}

  /**
   * One run's data: a security group with CHAT campaigns (no ACD limit, no wrap-up, offers that
   * time out only after 10 minutes, 4 chats per agent), agents that are members of every campaign,
   * a connector user and a supervisor user.
   */
  public record Tenant(
      String tag,
      long securityGroupId,
      List<Long> campaignIds,
      List<Desk> desks,
      Login connector,
      Login supervisor) {}

  /** The superadmin's credentials: {@code -DadminUser}, {@code -DadminPassword}. */
  public static Login admin() {
    if (ADMIN_PASSWORD == null || ADMIN_PASSWORD.isBlank()) {
      throw new IllegalStateException(
          "Give the superadmin's password: -DadminPassword=... or ROUTING_ADMIN_PASSWORD");
    }
    return new Login(ADMIN_USER, ADMIN_PASSWORD);
  }

  /**
   * Creates a security group named after the purpose and a random tag, its campaigns, agents (each
   * with an agent user, signed in once so that no measured request pays the first password check),
   * a connector and a supervisor.
   */
  public static Tenant createTenant(String purpose, int campaigns, int agents) {
    ApiClient superadmin = superadmin();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long group =
        created(
            superadmin.post("/security-groups", body("name", "Load " + purpose + " " + tag)),
            "security group");
    List<Long> campaignIds = new ArrayList<>();
    for (int c = 0; c < campaigns; c++) {
      campaignIds.add(
          created(
              superadmin.post(
                  "/campaigns",
                  body(
                      "name", "Load chat " + tag + " " + c,
                      "mediaType", "CHAT",
                      "securityGroupId", group,
                      "acdLimit", 0,
                      "maxInteractionsPerAgent", 4,
                      "wrapUpSeconds", 0,
                      "offerTimeoutSeconds", 600)),
              "campaign"));
    }
    Login connector = user(superadmin, "connector", "load.connector." + tag, group, null);
    Login supervisor = user(superadmin, "supervisor", "load.supervisor." + tag, group, null);
    List<Desk> desks = createDesks(superadmin, tag, group, campaignIds, agents);
    signIn(connector, "/interactions/0");
    signIn(supervisor, "/campaigns/0/stats");
    System.out.printf(
        "Load data: security group %d (%s), campaigns %s, %d agents%n",
        group, tag, campaignIds, desks.size());
    return new Tenant(tag, group, List.copyOf(campaignIds), desks, connector, supervisor);
  }

  /** Prints how many wait in each campaign now, as the statistics tell. */
  public static void printWaiting(Tenant tenant) {
    ApiClient superadmin = superadmin();
    for (long campaign : tenant.campaignIds()) {
      ApiClient.Answer stats = superadmin.get("/campaigns/" + campaign + "/stats");
      System.out.printf("Campaign %d: %s%n", campaign, stats.raw());
    }
  }

  /** Agents with their users, two at a time: each user's password hash costs the server time. */
  private static List<Desk> createDesks(
      ApiClient superadmin, String tag, long group, List<Long> campaignIds, int agents) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Desk>> futures = new ArrayList<>();
      for (int a = 0; a < agents; a++) {
        String login = "load" + a + "." + tag;
        futures.add(
            pool.submit(
                () -> {
                  long agent = superadmin.createAgent(group, "Load agent " + login, login);
                  for (long campaign : campaignIds) {
                    superadmin.addMember(campaign, agent, 0);
                  }
                  Desk desk = new Desk(agent, user(superadmin, "agent", login, group, agent));
                  signIn(desk.login(), "/agents/" + agent + "/work");
                  return desk;
                }));
      }
      List<Desk> desks = new ArrayList<>();
      for (Future<Desk> future : futures) {
        desks.add(future.get());
      }
      return List.copyOf(desks);
    } catch (Exception e) {
      throw new IllegalStateException("Agents not created", e);
    } finally {
      pool.shutdown();
    }
  }

  private static Login user(
      ApiClient superadmin, String role, String username, long group, Long agentId) {
    String password = "Load-" + UUID.randomUUID() + "-1";
    superadmin.createUser(username, password, role, group, agentId);
    return new Login(username, password);
  }

  /**
   * One authenticated request, so that the server has checked this password before the load; any
   * answer but 401 (a read of something that does not exist answers 404) will do.
   */
  private static void signIn(Login login, String path) {
    ApiClient.Answer answer =
        ApiClient.at(BASE_URL + "/routing/", login.username(), login.password()).get(path);
    if (answer.status() == 401) {
      throw new IllegalStateException(login.username() + " cannot sign in: " + answer.raw());
    }
  }

  private static ApiClient superadmin() {
    Login admin = admin();
    return ApiClient.at(BASE_URL + "/routing/", admin.username(), admin.password());
  }

  private static long created(ApiClient.Answer answer, String what) {
    if (answer.status() != 201) {
      throw new IllegalStateException("No " + what + " created: " + answer.raw());
    }
    return answer.id();
  }

  static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static int intProperty(String name, int fallback) {
    return Integer.parseInt(property(name, String.valueOf(fallback)));
  }

  static double doubleProperty(String name, double fallback) {
    return Double.parseDouble(property(name, String.valueOf(fallback)));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
