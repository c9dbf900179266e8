package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The traffic simulator page, as a supervisor of a new group A with two campaigns (chat and email)
 * and three member agents no user is linked to, plus Dee, an agent whose own login keeps her out of
 * the simulation. Group B's campaign must never be offered to them. The simulator drives the real
 * engine, so the API's statistics and agents' work show what it did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrafficSimulatorIT {

  /** Arrivals, offers, think times (1-3 s) and handling (2 s) take seconds; a loaded CI more. */
  private static final Duration SIMULATION = Duration.ofSeconds(90);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient superadmin = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private ApiClient supervisor;
  private long chat;
  private long mail;
  private List<Long> simulated;
  private ApiClient.Desk dee;
  private ConsoleDriver console;

  @BeforeEach
  void groupWithCampaignsAndAgents() {
    long groupA = superadmin.post("/security-groups", body("name", "Sim A " + suffix)).id();
    long groupB = superadmin.post("/security-groups", body("name", "Sim B " + suffix)).id();
    supervisor = superadmin.createUser("sim." + suffix, password, "supervisor", groupA, null);
    chat = campaign("Chat " + suffix, "CHAT", groupA);
    mail = campaign("Mail " + suffix, "EMAIL", groupA);
    campaign("Theirs " + suffix, "CHAT", groupB);
    simulated =
        List.of(
            agent("Ann " + suffix, groupA),
            agent("Bob " + suffix, groupA),
            agent("Cid " + suffix, groupA));
    for (long agent : simulated) {
      member(chat, agent);
      member(mail, agent);
    }
    dee = superadmin.createDesk(groupA, "Dee " + suffix, "dee." + suffix, password);
    member(chat, dee.id());
  }

  @AfterEach
  void stopAndQuit() {
    if (console == null) {
      return;
    }
    // A failed test must not leave its run going: the server has one simulator for every test.
    if (console.has("settingsForm:stop") && phase().equals("Running")) {
      console.browser().findElement(By.id("settingsForm:stop")).click();
      Browser.waitForAjax(console.browser());
    }
    console.close();
  }

  @Test
  void aSupervisorStartsAndStopsRoutingThatTheApiSeesWhileTheFiguresArePushed() {
    console = ConsoleDriver.logIn("sim." + suffix, password);
    console.menu("simulator");
    assertThat(console.title()).isEqualTo("Traffic simulator · Omniroute");
    String campaigns = console.text("settingsForm:campaigns");
    assertThat(campaigns).contains("Chat " + suffix, "Mail " + suffix).doesNotContain("Theirs");

    rate("Mail " + suffix, "fast");
    start();
    assertThat(console.text("settingsForm:campaigns"))
        .contains("Arrivals per minute must be a number, such as 6 or 0.5.");
    assertThat(phase()).isEqualTo("Not started");

    rate("Mail " + suffix, "30");
    rate("Chat " + suffix, "-5");
    start();
    assertThat(console.messages())
        .contains(
            "Arrival rate of campaign Chat "
                + suffix
                + " must be between 0 and 60000 interactions per minute");

    rate("Chat " + suffix, "60");
    handling("CHAT", "2");
    handling("EMAIL", "2");
    start();
    assertThat(console.messages())
        .contains("Simulation started: 2 campaigns, 3 simulated agents READY.");
    assertThat(console.text("statusForm:startedBy")).isEqualTo("sim." + suffix);
    script("window.simulatorMark = 'same page'");

    waitFor(() -> figure("finished") >= 3 && figure("accepted") >= 3);
    assertThat(script("return window.simulatorMark")).isEqualTo("same page");
    assertThat(figure("arrivals")).isPositive();
    assertThat(figure("agents")).isEqualTo(3);
    waitFor(() -> stats(chat).path("answered").asInt() > 0);
    waitFor(() -> stats(mail).path("answered").asInt() > 0);
    assertThat(work(dee.id()).path("state").asText()).isNotEqualTo("READY");
    console.screenshot("simulator");

    console.browser().findElement(By.id("settingsForm:stop")).click();
    Browser.waitForAjax(console.browser());
    assertThat(console.messages()).contains("Simulation stopped after");
    waitFor(() -> phase().equals("Stopped"));
    for (long agent : simulated) {
      JsonNode work = work(agent);
      assertThat(work.path("state").asText()).isEqualTo("NOT_READY");
      assertThat(work.path("interactions").findValuesAsText("state"))
          .doesNotContain("OFFERED", "ACTIVE");
    }
    int offeredChat = stats(chat).path("offered").asInt();
    int offeredMail = stats(mail).path("offered").asInt();
    // Whatever waits in the queue now stays there: no agent is READY and nothing arrives.
    sleep(Duration.ofSeconds(3));
    assertThat(stats(chat).path("offered").asInt()).isEqualTo(offeredChat);
    assertThat(stats(mail).path("offered").asInt()).isEqualTo(offeredMail);
    assertThat(script("return window.simulatorMark")).isEqualTo("same page");
  }

  private long campaign(String name, String mediaType, long group) {
    Answer created =
        superadmin.post(
            "/campaigns",
            body(
                "name",
                name,
                "mediaType",
                mediaType,
                "securityGroupId",
                group,
                "wrapUpSeconds",
                1,
                "offerTimeoutSeconds",
                60));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private long agent(String name, long group) {
    return superadmin.createAgent(group, name, name.replace(' ', '.').toLowerCase());
  }

  private void member(long campaign, long agent) {
    superadmin.addMember(campaign, agent, 0);
  }

  private JsonNode stats(long campaign) {
    Answer answer = supervisor.get("/campaigns/" + campaign + "/stats");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  private JsonNode work(long agent) {
    Answer answer = supervisor.get("/agents/" + agent + "/work");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  /** Types a campaign's arrival rate into its row. */
  private void rate(String campaign, String perMinute) {
    typeInto(By.cssSelector("input[id$=':rate'][data-campaign='" + campaign + "']"), perMinute);
  }

  private void handling(String mediaType, String seconds) {
    typeInto(By.cssSelector("input[id$=':meanSeconds'][data-media='" + mediaType + "']"), seconds);
  }

  private void typeInto(By input, String text) {
    console.browser().findElement(input).clear();
    console.browser().findElement(input).sendKeys(text);
  }

  private void start() {
    console.browser().findElement(By.id("settingsForm:start")).click();
    Browser.waitForAjax(console.browser());
  }

  private String phase() {
    return console.text("statusForm:phase");
  }

  /** A figure of the status panel, as the last push left it. */
  private long figure(String id) {
    return Long.parseLong(console.text("statusForm:" + id).replace(",", ""));
  }

  private Object script(String script) {
    return ((JavascriptExecutor) console.browser()).executeScript(script);
  }

  /** Waits for the pushed figures (or the API) to show the condition; never reloads the page. */
  private void waitFor(Supplier<Boolean> condition) {
    WebDriver browser = console.browser();
    new WebDriverWait(browser, SIMULATION, Duration.ofMillis(500))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NumberFormatException.class)
        .until(d -> condition.get());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
