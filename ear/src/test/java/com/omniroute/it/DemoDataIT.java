package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo start, on a server of its own started with {@code -Drouting.demo=true} (the README's run
 * command) and an empty database: the demo's groups, campaigns on every channel, 50 agents with
 * memberships and the two logins are there, interactions get routed within a minute, and a restart
 * adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

  private static final Logger LOG = Logger.getLogger(DemoDataIT.class.getName());

  private static final String SERVER = "demo";
  private static final String DEPLOYMENT = "demo-routing";

  /** A minute is the promise; a loaded CI machine gets some slack. */
  private static final Duration ROUTED_WITHIN = Duration.ofSeconds(120);

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  private final String url = System.getProperty("demo.routing.url");

  /** What arquillian.xml gives the demo server as {@code routing.demo.password}. */
  private final String demoPassword = ApiClient.adminPassword() + "-demo";

  @Test
  void theDemoStartCreatesItsDataOnceAndRoutesWithinAMinute() throws Exception {
    controller.start(SERVER);
    try {
      deployer.deploy(DEPLOYMENT);
      ApiClient root = ApiClient.at(url, "admin", ApiClient.adminPassword());

      assertThat(names(root.get("/security-groups").body()))
          .containsExactly("Demo Sales", "Demo Support");
      ApiClient.Answer campaignList = root.get("/campaigns");
      assertThat(campaignList.status()).as(campaignList.raw()).isEqualTo(200);
      JsonNode campaigns = campaignList.body();
      assertThat(campaigns.findValuesAsText("mediaType"))
          .as(campaignList.raw())
          .hasSize(8)
          .containsAll(List.of("VOICE", "CHAT", "EMAIL", "SMS", "WHATSAPP", "MESSENGER"));
      assertThat(root.get("/agents").body()).hasSize(50);
      Set<Long> members = new TreeSet<>();
      for (long campaign : ids(campaigns)) {
        JsonNode list = root.get("/campaigns/" + campaign + "/members").body();
        assertThat(list).as("members of campaign %s", campaign).isNotEmpty();
        list.forEach(m -> members.add(m.path("agentId").asLong()));
      }
      assertThat(members).hasSize(50);

      ApiClient supervisor = ApiClient.at(url, "demo.supervisor", demoPassword);
      assertThat(supervisor.get("/campaigns/" + ids(campaigns).get(0) + "/stats").status())
          .isEqualTo(200);
      long deskAgent = agentOf(root, "demo.agent");
      Answer deskWork = ApiClient.at(url, "demo.agent", demoPassword).get(work(deskAgent));
      assertThat(deskWork.status()).as(deskWork.raw()).isEqualTo(200);
      assertThat(
              ApiClient.at(url, "demo.agent", "wrong-" + demoPassword)
                  .get(work(deskAgent))
                  .status())
          .isEqualTo(401);

      await()
          .alias("an interaction of the demo campaigns answered")
          .atMost(ROUTED_WITHIN)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> answered(supervisor, ids(campaigns)) > 0);
      // The agent with a login of its own is the human's, never the simulator's.
      assertThat(root.get(work(deskAgent)).body().path("state").asText()).isNotEqualTo("READY");

      controller.stop(SERVER);
      controller.start(SERVER);

      assertThat(names(root.get("/security-groups").body()))
          .containsExactly("Demo Sales", "Demo Support");
      assertThat(root.get("/campaigns").body()).hasSize(8);
      assertThat(root.get("/agents").body()).hasSize(50);
      assertThat(root.get("/users").body().findValuesAsText("username"))
          .containsExactlyInAnyOrder("admin", "demo.supervisor", "demo.agent");
    } finally {
      stopQuietly();
    }
  }

  private static List<String> names(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .map(n -> n.path("name").asText())
        .sorted()
        .toList();
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.path("id").asLong()));
    return ids;
  }

  private static long agentOf(ApiClient root, String username) {
    for (JsonNode user : root.get("/users").body()) {
      if (user.path("username").asText().equals(username)) {
        return user.path("agentId").asLong();
      }
    }
    throw new AssertionError("no user " + username);
  }

  private static String work(long agent) {
    return "/agents/" + agent + "/work";
  }

  private static int answered(ApiClient supervisor, List<Long> campaigns) {
    int answered = 0;
    for (long campaign : campaigns) {
      answered +=
          supervisor.get("/campaigns/" + campaign + "/stats").body().path("answered").asInt();
    }
    return answered;
  }

  private void stopQuietly() {
    if (!controller.isStarted(SERVER)) {
      return;
    }
    try {
      deployer.undeploy(DEPLOYMENT);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not undeploy from the demo server", e);
    }
    controller.stop(SERVER);
  }
}
