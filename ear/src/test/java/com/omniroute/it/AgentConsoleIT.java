package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The agent screens in a real browser, as an admin of two security groups: the lazy list's filters,
 * order and pages, another group's agent out of reach, and deletion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private static final String ROWS = "#agentsForm\\:agents_data a.agent-link";

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private String admin;
  private long groupA;
  private long groupB;
  private ConsoleDriver console;

  /** An admin of the new groups A and B. */
  @BeforeEach
  void adminOfTwoGroups() {
    groupA = root.post("/security-groups", body("name", "A " + suffix)).id();
    groupB = root.post("/security-groups", body("name", "B " + suffix)).id();
    admin = "agents." + suffix;
    ApiClient.Answer created =
        root.post(
            "/users",
            body(
                "username",
                admin,
                "password",
                password,
                "roles",
                List.of("admin"),
                "securityGroupIds",
                List.of(groupA, groupB)));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
  }

  @AfterEach
  void quit() {
    if (console != null) {
      console.close();
    }
  }

  private long agent(String name, String login, long group) {
    ApiClient.Answer created =
        root.post("/agents", body("name", name, "login", login, "securityGroupId", group));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private String pageReport() {
    return console
        .browser()
        .findElement(By.cssSelector("#agentsForm\\:agents .ui-paginator-current"))
        .getText();
  }

  /** Waits until the table shows the report, after an Ajax filter, sort or page. */
  private void waitForReport(String report) {
    console.waitUntil(c -> pageReport().equals(report));
  }

  /** Clicks the name column's header and waits until the table says it sorts that way. */
  private void sortByName(String order) {
    By header = By.id("agentsForm:agents:name");
    console.browser().findElement(header).findElement(By.className("ui-column-title")).click();
    console.waitUntil(c -> order.equals(c.browser().findElement(header).getAttribute("aria-sort")));
  }

  @Test
  void theListFiltersSortsAndPagesInTheDatabase() {
    for (int i = 1; i <= 30; i++) {
      agent(
          String.format("Bulk %s %02d", suffix, i),
          String.format("bulk%02d.%s", i, suffix),
          groupA);
    }
    agent("Other " + suffix + " 1", "other1." + suffix, groupB);
    agent("Other " + suffix + " 2", "other2." + suffix, groupB);
    agent(
        "Elsewhere " + suffix,
        "elsewhere." + suffix,
        root.post("/security-groups", body("name", "C " + suffix)).id());
    console = ConsoleDriver.logIn(admin, password);
    console.menu("agents");

    assertThat(console.title()).isEqualTo("Agents · Omniroute");
    assertThat(pageReport()).isEqualTo("1-10 of 32");
    assertThat(console.texts(ROWS))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 10)
                .mapToObj(i -> String.format("Bulk %s %02d", suffix, i))
                .toList());

    console
        .browser()
        .findElement(By.cssSelector("#agentsForm\\:agents .ui-paginator-next"))
        .click();
    waitForReport("11-20 of 32");
    assertThat(console.texts(ROWS).get(0)).isEqualTo("Bulk " + suffix + " 11");

    console.type("agentsForm:agents:name:filter", "bulk " + suffix + " 1");
    waitForReport("1-10 of 10");
    assertThat(console.texts(ROWS))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(10, 19)
                .mapToObj(i -> String.format("Bulk %s %02d", suffix, i))
                .toList());
    console.screenshot("agents");

    sortByName("ascending");
    assertThat(console.texts(ROWS).get(0)).isEqualTo("Bulk " + suffix + " 10");
    sortByName("descending");
    console.waitUntil(c -> c.texts(ROWS).get(0).equals("Bulk " + suffix + " 19"));
    assertThat(pageReport()).isEqualTo("1-10 of 10");

    console.type("agentsForm:agents:name:filter", "");
    console.type("agentsForm:agents:login:filter", "bulk3");
    waitForReport("1-1 of 1");
    assertThat(console.texts(ROWS)).containsExactly("Bulk " + suffix + " 30");

    console.type("agentsForm:agents:login:filter", "");
    console.select("agentsForm:agents:groupFilter", "B " + suffix);
    waitForReport("1-2 of 2");
    assertThat(console.texts(ROWS))
        .as("still by name, descending")
        .containsExactly("Other " + suffix + " 2", "Other " + suffix + " 1");
  }

  @Test
  void anAgentOfAnotherGroupIsNeitherListedNorReachable() {
    long groupC = root.post("/security-groups", body("name", "C " + suffix)).id();
    agent("Mine " + suffix, "mine." + suffix, groupA);
    long theirs = agent("Theirs " + suffix, "theirs." + suffix, groupC);
    JsonNode before = root.get("/agents/" + theirs).body();
    console = ConsoleDriver.logIn(admin, password);

    console.open("admin/agents/list.xhtml");
    console.type("agentsForm:agents:name:filter", suffix);
    waitForReport("1-1 of 1");
    assertThat(console.texts(ROWS)).containsExactly("Mine " + suffix);

    console.open("admin/agents/edit.xhtml?id=" + theirs);
    String refused = console.text("notFound");
    assertThat(refused).contains("There is no such agent, or you may not see it.");
    assertThat(console.has("agentForm")).isFalse();
    assertThat(console.browser().getPageSource()).doesNotContain("Theirs " + suffix);

    console.open("admin/agents/edit.xhtml?id=" + (theirs + 1_000_000));
    assertThat(console.text("notFound")).isEqualTo(refused);
    assertThat(root.get("/agents/" + theirs).body()).isEqualTo(before);
  }

  @Test
  void deletingAnAgentAsksFirstAndAnAgentWithHistoryIsKept() {
    long chat =
        root.post(
                "/campaigns",
                body(
                    "name",
                    "Chat " + suffix,
                    "mediaType",
                    "CHAT",
                    "securityGroupId",
                    groupA,
                    "offerTimeoutSeconds",
                    600))
            .id();
    ApiClient.Desk busy =
        root.createDesk(groupA, "Busy " + suffix, "busy." + suffix, "desk-" + suffix);
    root.put("/campaigns/" + chat + "/members/" + busy.id(), body("penalty", 0));
    busy.client().put("/agents/" + busy.id() + "/state", body("state", "READY"));
    ApiClient.Answer offered =
        root.post("/interactions", body("campaignId", chat, "customer", "cust-" + suffix));
    assertThat(offered.body().path("agentId").asLong()).isEqualTo(busy.id());
    long idle = agent("Idle " + suffix, "idle." + suffix, groupA);
    console = ConsoleDriver.logIn(admin, password);

    console.open("admin/agents/edit.xhtml?id=" + idle);
    console.clickAndConfirm("agentForm:delete", false);
    assertThat(console.title()).isEqualTo("Edit agent · Omniroute");
    assertThat(root.get("/agents/" + idle).status()).isEqualTo(200);

    console.clickAndConfirm("agentForm:delete", true);
    console.waitUntil(c -> c.title().equals("Agents · Omniroute"));
    assertThat(console.messages()).isEqualTo("Agent deleted: Idle " + suffix);
    assertThat(root.get("/agents/" + idle).status()).isEqualTo(404);

    console.open("admin/agents/edit.xhtml?id=" + busy.id());
    console.clickAndConfirm("agentForm:delete", true);
    console.waitUntil(c -> !c.messages().isBlank());
    assertThat(console.messages())
        .isEqualTo(
            "The agent was not deleted: Agent Busy "
                + suffix
                + " has handled 1 interaction(s) and is kept for their history;"
                + " remove it from its campaigns instead");
    assertThat(console.title()).isEqualTo("Edit agent · Omniroute");
    assertThat(root.get("/agents/" + busy.id()).status()).isEqualTo(200);
  }
}
