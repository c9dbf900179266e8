package com.omniroute.load.gatling;

import static com.omniroute.load.gatling.LoadSetup.API;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.omniroute.load.gatling.LoadSetup.Desk;
import com.omniroute.load.gatling.LoadSetup.Tenant;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulations share: the HTTP protocol, the run's data (created in {@link #before()}, so
 * the requests read it through session functions when they run) and the chains of a channel
 * connector, an agent desktop and a supervisor's dashboard.
 */
public abstract class RoutingSimulation extends Simulation {

  /** Measured load, in seconds: {@code -Dduration=60}. */
  protected final int duration = LoadSetup.intProperty("duration", 60);

  private final int campaigns;
  private final int agents;
  private volatile Tenant tenant;
  private final AtomicLong customers = new AtomicLong();
  private final AtomicInteger nextDesk = new AtomicInteger();
  private final AtomicLong lastInteraction = new AtomicLong();

  protected RoutingSimulation(int campaigns, int agents) {
    this.campaigns = campaigns;
    this.agents = agents;
  }

  @Override
  public void before() {
    tenant = LoadSetup.createTenant(getClass().getSimpleName(), campaigns, agents);
  }

  /** Prints the queues left; a server too busy to answer must not cost the run its report. */
  @Override
  public void after() {
    try {
      LoadSetup.printWaiting(tenant);
    } catch (RuntimeException e) {
      System.out.println("Campaign statistics not read after the run: " + e);
    }
  }

  /**
   * All virtual users share one pool of kept-alive connections, as a connector or a desktop gateway
   * would, at most {@code -Dconnections} (64) at once; no warm-up call to the internet.
   */
  protected HttpProtocolBuilder protocol() {
    return http.baseUrl(LoadSetup.BASE_URL)
        .acceptHeader("application/json")
        .contentTypeHeader("application/json")
        .shareConnections()
        .maxConnectionsPerHost(LoadSetup.intProperty("connections", 64))
        .disableWarmUp()
        .disableCaching();
  }

  /**
   * A channel connector hands one interaction in ({@code POST /interactions}, 201) to one of the
   * run's campaigns at random, as a new customer; with {@code remember}, the dashboards' reads
   * follow the latest one.
   */
  protected ChainBuilder arrival(String name, boolean remember) {
    var request =
        http(name)
            .post(API + "/interactions")
            .header("Authorization", session -> tenant.connector().authorization())
            .body(
                StringBody(
                    session ->
                        "{\"campaignId\":"
                            + randomCampaign()
                            + ",\"customer\":\"load-"
                            + customers.incrementAndGet()
                            + "@example.com\"}"))
            .check(status().is(201));
    if (!remember) {
      return exec(request);
    }
    return exec(request.check(jsonPath("$.id").ofLong().saveAs("interactionId")))
        .exec(
            session -> {
              if (session.contains("interactionId")) {
                lastInteraction.set(session.getLong("interactionId"));
              }
              return session;
            });
  }

  /**
   * An agent desktop, one virtual user per agent: goes READY, then for {@code seconds} polls its
   * work, finishes what was active at the poll and accepts what was offered (so an interaction is
   * finished one poll after its accept), pausing {@code -DpollMillis} (50) only when there was
   * nothing to do; then logs out.
   */
  protected ScenarioBuilder agentDesks(int seconds) {
    Duration idle = Duration.ofMillis(LoadSetup.intProperty("pollMillis", 50));
    return scenario("agent desk")
        .exec(
            session -> {
              Desk desk = tenant.desks().get(nextDesk.getAndIncrement() % tenant.desks().size());
              return session
                  .set("agentId", desk.agentId())
                  .set("authorization", desk.login().authorization());
            })
        .exec(agentState("READY"))
        .exec(
            during(Duration.ofSeconds(seconds))
                .on(
                    exec(session -> session.remove("offered").remove("active"))
                        .exec(
                            http("work")
                                .get(API + "/agents/#{agentId}/work")
                                .header("Authorization", "#{authorization}")
                                .check(status().is(200))
                                .check(
                                    jsonPath("$.interactions[?(@.state == 'OFFERED')].id")
                                        .findAll()
                                        .optional()
                                        .saveAs("offered"),
                                    jsonPath("$.interactions[?(@.state == 'ACTIVE')].id")
                                        .findAll()
                                        .optional()
                                        .saveAs("active")))
                        .exec(
                            doIf(session -> session.contains("active"))
                                .then(foreach("#{active}", "interaction").on(step("finish"))))
                        .exec(
                            doIf(session -> session.contains("offered"))
                                .then(foreach("#{offered}", "interaction").on(step("accept"))))
                        .exec(
                            doIf(session ->
                                    !session.contains("offered") && !session.contains("active"))
                                .then(pause(idle)))))
        .exec(agentState("LOGGED_OUT"));
  }

  /**
   * A supervisor's dashboard: every {@code -DrefreshMillis} (1000) the statistics of each of the
   * run's campaigns and the latest interaction handed in.
   */
  protected ScenarioBuilder dashboards(int seconds) {
    Duration refresh = Duration.ofMillis(LoadSetup.intProperty("refreshMillis", 1000));
    return scenario("dashboard")
        .exec(
            during(Duration.ofSeconds(seconds))
                .on(
                    foreach(session -> tenant.campaignIds(), "campaign")
                        .on(
                            exec(
                                http("stats")
                                    .get(API + "/campaigns/#{campaign}/stats")
                                    .header(
                                        "Authorization",
                                        session -> tenant.supervisor().authorization())
                                    .check(status().is(200))))
                        .exec(
                            doIf(session -> lastInteraction.get() > 0)
                                .then(
                                    exec(
                                        http("interaction")
                                            .get(
                                                session ->
                                                    API + "/interactions/" + lastInteraction.get())
                                            .header(
                                                "Authorization",
                                                session -> tenant.supervisor().authorization())
                                            .check(status().is(200)))))
                        .pause(refresh)));
  }

  private ChainBuilder agentState(String state) {
    return exec(
        http("state " + state)
            .put(API + "/agents/#{agentId}/state")
            .header("Authorization", "#{authorization}")
            .body(StringBody("{\"state\":\"" + state + "\"}"))
            .check(status().is(200)));
  }

  private ChainBuilder step(String action) {
    return exec(
        http(action)
            .post(API + "/interactions/#{interaction}/" + action)
            .header("Authorization", "#{authorization}")
            .check(status().is(200)));
  }

  private long randomCampaign() {
    var ids = tenant.campaignIds();
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  /** The run's data, once {@link #before()} has created it. */
  protected Tenant tenant() {
    return tenant;
  }
}
