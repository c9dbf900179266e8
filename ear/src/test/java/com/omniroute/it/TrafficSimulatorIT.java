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
  private long groupB;
  private ConsoleDriver console;
  private ConsoleDriver other;

  @BeforeEach
  void groupWithCampaignsAndAgents() {
    long groupA = superadmin.post("/security-groups", body("name", "Sim A " + suffix)).id();
    groupB = superadmin.post("/security-groups", body("name", "Sim B " + suffix)).id();
    supervisor = superadmin.createUser("sim." + suffix, password, "supervisor", groupA, null);
    chat = campaign("Chat " + suffix, "CHAT", groupA);
    mail = campaign("Mail " + suffix, "EMAIL", groupA);
    campaign("Theirs " + suffix, "CHAT", groupB);
    member(campaign("Theirs too " + suffix, "EMAIL", groupB), agent("Theo " + suffix, groupB));
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
    // A failed test must not leave its run going: the server has one simulator for every test.
    for (ConsoleDriver page : new ConsoleDriver[] {console, other}) {
      if (page == null) {
        continue;
      }
      try {
        if (page.has("settingsForm:stop") && page.text("statusForm:phase").equals("Running")) {
          page.press("settingsForm:stop");
          Browser.waitForAjax(page.browser());
        }
      } finally {
        // The browser goes whatever happened above.
        page.close();
      }
    }
  }

  /**
   * Security finding 7: a run belongs to its campaigns' security groups. A supervisor of another
   * group neither sees it (who started it, its figures) nor is kept from starting a run of their
   * own, and stopping is per run.
   */
  @Test
  void aRunOfOneGroupIsNeitherSeenNorInTheWayOfAnotherGroup() {
    console = ConsoleDriver.logIn("sim." + suffix, password);
    console.menu("simulator");
    rate("Chat " + suffix, "30");
    start();
    assertThat(console.messages()).contains("Simulation started");
    assertThat(phase()).isEqualTo("Running");

    superadmin.createUser("simb." + suffix, password, "supervisor", groupB, null);
    other = ConsoleDriver.logIn("simb." + suffix, password);
    other.menu("simulator");
    assertThat(other.text("statusForm:phase")).isEqualTo("Not started");
    assertThat(other.browser().getPageSource()).doesNotContain("sim." + suffix, "Chat " + suffix);

    typeInto(
        other,
        By.cssSelector("input[id$=':rate'][data-campaign='Theirs too " + suffix + "']"),
        "30");
    other.press("settingsForm:start");
    Browser.waitForAjax(other.browser());
    assertThat(other.messages()).contains("Simulation started", "1 simulated agent READY");
    assertThat(other.text("statusForm:startedBy")).isEqualTo("simb." + suffix);

    other.press("settingsForm:stop");
    Browser.waitForAjax(other.browser());
    assertThat(other.messages()).contains("Simulation stopped after");
    console.browser().navigate().refresh();
    assertThat(phase()).isEqualTo("Running");
    assertThat(console.text("statusForm:startedBy")).isEqualTo("sim." + suffix);
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

    console.press("settingsForm:stop");
    Browser.waitForAjax(console.browser());
    assertThat(console.messages()).contains("Simulation stopped after");
    waitFor(() -> phase().equals("Stopped"));
    for (long agent : simulated) {
      JsonNode work = work(agent);
      assertThat(work.path("state").asText()).isEqualTo("NOT_READY");
      assertThat(work.path("interactions").findValuesAsText("state"))
          .doesNotContain("OFFERED", "ACTIVE");
    }
    // Whatever waits in the queue now stays there: the engine itself says it waits because no
    // member is READY (the stopped run left every agent it played NOT_READY).
    Answer left =
        superadmin.post("/interactions", body("campaignId", chat, "customer", "After " + suffix));
    assertThat(left.status()).as(left.raw()).isEqualTo(201);
    JsonNode waiting = superadmin.get("/interactions/" + left.id()).body();
    assertThat(waiting.path("state").asText()).isEqualTo("QUEUED");
    assertThat(waiting.path("reason").asText()).contains("no READY member of Chat " + suffix);
    assertThat(script("return window.simulatorMark")).isEqualTo("same page");

    // The audit log has the start and the stop, by the supervisor, with the run's campaigns.
    JsonNode audit = superadmin.get("/audit?objectType=SIMULATOR&username=sim." + suffix).body();
    assertThat(audit.findValuesAsText("action")).containsExactly("STOPPED", "STARTED");
    assertThat(audit.get(1).path("after").path("campaigns").findValuesAsText("name"))
        .containsExactlyInAnyOrder("Chat " + suffix, "Mail " + suffix);
    assertThat(audit.get(0).path("before").path("startedBy").asText()).isEqualTo("sim." + suffix);
  }

  @Test
  void aPageOpenedDuringARunShowsTheRunsSettingsAndStartWaitsUntilTheRunHasEnded() {
    console = ConsoleDriver.logIn("sim." + suffix, password);
    console.menu("simulator");
    assertThat(enabled("start")).isTrue();
    assertThat(enabled("stop")).as("nothing to stop").isFalse();
    rate("Chat " + suffix, "12");
    chosenBox("Mail " + suffix).click();
    handling("CHAT", "2");
    start();
    assertThat(console.messages()).contains("Simulation started: 1 campaign,");
    assertThat(enabled("start")).as("Start during the run").isFalse();

    // A fresh page, as another supervisor or a reload would open it: the run's settings.
    console.open("/live/simulator.xhtml");
    assertThat(phase()).isEqualTo("Running");
    assertThat(number(rateInput("Chat " + suffix))).isEqualTo(12);
    assertThat(chosen("Chat " + suffix)).isTrue();
    assertThat(chosen("Mail " + suffix)).as("Mail is not in the run").isFalse();
    assertThat(number(handlingInput("CHAT"))).isEqualTo(2);
    assertThat(enabled("start")).as("Start on a page opened during the run").isFalse();
    assertThat(enabled("stop")).isTrue();

    console.press("settingsForm:stop");
    Browser.waitForAjax(console.browser());
    assertThat(console.messages()).contains("Simulation stopped after");
    waitFor(() -> phase().equals("Stopped"));
    waitFor(() -> enabled("start"));

    console.open("/live/simulator.xhtml");
    assertThat(number(rateInput("Mail " + suffix))).isEqualTo(6);
    assertThat(chosen("Mail " + suffix)).isTrue();
    assertThat(enabled("start")).isTrue();
  }

  /** Whether the settings form's button is enabled; a push may redraw the buttons at any time. */
  private boolean enabled(String button) {
    return console.enabled("settingsForm:" + button);
  }

  private By rateInput(String campaign) {
    return By.cssSelector("input[id$=':rate'][data-campaign='" + campaign + "']");
  }

  private By handlingInput(String mediaType) {
    return By.cssSelector("input[id$=':meanSeconds'][data-media='" + mediaType + "']");
  }

  private double number(By input) {
    return Double.parseDouble(console.browser().findElement(input).getAttribute("value"));
  }

  /** The visible box of a campaign's "Simulate" checkbox. */
  private org.openqa.selenium.WebElement chosenBox(String campaign) {
    return console
        .browser()
        .findElement(
            By.xpath(
                "//*[@id='settingsForm:campaigns']//tr[td[normalize-space()='"
                    + campaign
                    + "']]//div[contains(@class,'ui-chkbox-box')]"));
  }

  private boolean chosen(String campaign) {
    return console
        .browser()
        .findElement(
            By.xpath(
                "//*[@id='settingsForm:campaigns']//tr[td[normalize-space()='"
                    + campaign
                    + "']]//input[@type='checkbox']"))
        .isSelected();
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
    typeInto(console, input, text);
  }

  private static void typeInto(ConsoleDriver page, By input, String text) {
    page.browser().findElement(input).clear();
    page.browser().findElement(input).sendKeys(text);
  }

  private void start() {
    console.press("settingsForm:start");
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
}
