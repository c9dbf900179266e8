package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.time.Duration;
import java.util.Map;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisor dashboard in a real browser, kept current by the server's push: a supervisor of
 * security group A watches A's voice campaign while interactions arrive, wait, are answered and
 * abandoned over the API, and asks why one is still waiting. Group B's campaign never shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  /** Two pushes and then some: figures follow the API within one push period on an idle server. */
  private static final Duration PUSHED = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "watch-" + suffix;
  private final String queue = "Queue " + suffix;
  private final String theirs = "Theirs " + suffix;
  private long groupA;
  private long campaign;
  private ApiClient.Desk ana;
  private ConsoleDriver console;
  private boolean simulating;

  @BeforeEach
  void groupsCampaignsAgentAndSupervisor() {
    groupA = root.post("/security-groups", body("name", "Watch A " + suffix)).id();
    long groupB = root.post("/security-groups", body("name", "Watch B " + suffix)).id();
    campaign = campaign(queue, "VOICE", groupA);
    campaign(theirs, "VOICE", groupB);
    ana = root.createDesk(groupA, "Ana " + suffix, "ana." + suffix, password);
    root.addMember(campaign, ana.id(), 0);
    root.createUser("watch." + suffix, password, "supervisor", groupA, null);
  }

  private long campaign(String name, String mediaType, long group) {
    Map<String, Object> settings =
        body(
            "name",
            name,
            "mediaType",
            mediaType,
            "securityGroupId",
            group,
            "serviceLevelSeconds",
            20,
            "offerTimeoutSeconds",
            600,
            "wrapUpSeconds",
            0);
    Answer created = root.post("/campaigns", settings);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  @AfterEach
  void close() {
    if (console == null) {
      return;
    }
    // The server has one traffic simulator for every test: a failed test must not leave it running.
    try {
      if (simulating) {
        console.menu("simulator");
        if (console.has("settingsForm:stop")
            && console.text("statusForm:phase").equals("Running")) {
          console.press("settingsForm:stop");
          Browser.waitForAjax(console.browser());
        }
      }
    } finally {
      // The browser goes whatever happened above.
      console.close();
    }
  }

  @Test
  void theFiguresMoveWhileTheTrafficSimulatorRoutes() {
    String chats = "Chats " + suffix;
    long chat = campaign(chats, "CHAT", groupA);
    for (String name : new String[] {"Sim one", "Sim two"}) {
      String login = name.replace(' ', '.').toLowerCase() + "." + suffix;
      root.addMember(chat, root.createAgent(groupA, name + " " + suffix, login), 0);
    }
    console = ConsoleDriver.logIn("watch." + suffix, password);
    console.menu("simulator");
    typeInto(By.cssSelector("input[id$=':rate'][data-campaign='" + queue + "']"), "0");
    typeInto(By.cssSelector("input[id$=':rate'][data-campaign='" + chats + "']"), "120");
    typeInto(By.cssSelector("input[id$=':meanSeconds'][data-media='CHAT']"), "2");
    console.press("settingsForm:start");
    Browser.waitForAjax(console.browser());
    simulating = true;
    assertThat(console.messages()).contains("Simulation started:");

    console.menu("dashboard");
    script("window.omnirouteDashboardMark = true;");
    String chatRow = row(chats);
    long answered = Long.parseLong(cell(chatRow, "dashboard-answered"));
    waitFor(() -> Long.parseLong(cell(chatRow, "dashboard-answered")) >= answered + 2);
    long later = Long.parseLong(cell(chatRow, "dashboard-answered"));
    waitFor(() -> Long.parseLong(cell(chatRow, "dashboard-answered")) > later);
    assertThat(cell(row(), "dashboard-answered"))
        .as("the campaign given no arrivals stays as it was")
        .isEqualTo("0");
    assertThat(script("return window.omnirouteDashboardMark === true;"))
        .as("the figures moved by push, the page was never reloaded")
        .isEqualTo(true);
    assertThat(answeredOverApi(chat)).as("the API agrees").isGreaterThanOrEqualTo(later);
  }

  private long answeredOverApi(long campaign) {
    Answer stats = root.get("/campaigns/" + campaign + "/stats");
    assertThat(stats.status()).as(stats.raw()).isEqualTo(200);
    return stats.body().path("answered").asLong();
  }

  private void typeInto(By input, String text) {
    console.browser().findElement(input).clear();
    console.browser().findElement(input).sendKeys(text);
  }

  @Test
  void theFiguresFollowRoutingByServerPushAndTheCoreSaysWhyAnInteractionWaits() {
    // Before the watched campaign by name: it must come after it once the queue has interactions.
    String calm = "A calm " + suffix;
    campaign(calm, "VOICE", groupA);
    console = ConsoleDriver.logIn("watch." + suffix, password);
    assertThat(console.title())
        .as("a supervisor starts on the dashboard")
        .isEqualTo("Supervisor dashboard · Omniroute");
    assertThat(console.menu()).contains("Dashboard");
    script("window.omnirouteDashboardMark = true;");
    assertThat(console.text("dashboardForm:campaigns")).contains(queue).doesNotContain(theirs);
    assertThat(cell("dashboard-waiting")).isEqualTo("0");
    assertThat(cell("dashboard-open")).isEqualTo("Open");
    assertThat(cell("dashboard-loggedout")).isEqualTo("1");

    long first = arrive("first");
    long second = arrive("second");

    waitFor(() -> cell("dashboard-waiting").equals("2"));
    waitFor(() -> !cell("dashboard-longest").equals("0:00"));
    assertThat(cell("dashboard-sl"))
        .as("nothing answered or abandoned late yet: no service level, not 100 %")
        .isEqualTo("—");
    assertThat(cell(row(calm), "dashboard-sl")).isEqualTo("—");
    JsonNode idle = root.get("/campaigns/" + campaign + "/stats").body();
    assertThat(idle.has("serviceLevelPercent"))
        .as("the API says there is no service level rather than leaving it out")
        .isTrue();
    assertThat(idle.get("serviceLevelPercent").isNull()).as(idle.toString()).isTrue();
    // The campaign with a queue comes first, before the calm one, and is highlighted.
    waitFor(() -> firstCampaignRow().equals(queue));
    waitFor(() -> rowClass(row()).contains("dashboard-attention"));
    waitFor(() -> !rowClass(row(calm)).contains("dashboard-attention"));
    waitFor(() -> total("dashboard-waiting").equals("2"));
    waitFor(() -> total("dashboard-name").equals("Total"));
    waitFor(() -> total("dashboard-sl").equals("—"));

    console.press(By.xpath(row() + "//button[contains(@id,':whyWaiting')]"));
    waitFor(() -> console.text("waitingForm:waitingList").contains("second-" + suffix));
    assertThat(console.text("waitingForm:waitingCampaign")).isEqualTo(queue);
    assertThat(console.text("waitingForm:waitingList"))
        .contains("first-" + suffix)
        .contains("VOICE")
        .contains("no READY member of " + queue + " with 50 spare for VOICE; 1 LOGGED_OUT")
        .contains("1 waiting ahead of it");
    String waitedBefore = console.text("waitingForm:waitingList");
    waitFor(() -> !console.text("waitingForm:waitingList").equals(waitedBefore));
    assertThat(console.browser().findElement(By.id("waitingForm:waitingDialog")).isDisplayed())
        .as("the dialog stays open while pushes refresh its list")
        .isTrue();
    console.screenshot("dashboard-why-waiting");
    console
        .browser()
        .findElement(By.cssSelector("[id='waitingForm:waitingDialog'] .ui-dialog-titlebar-close"))
        .click();

    console.select("dashboardForm:chartCampaign", queue);
    assertThat(console.has("dashboardForm:dayChart")).isTrue();
    assertThat(
            console.browser().findElements(By.cssSelector("[id='dashboardForm:dayChart'] canvas")))
        .isNotEmpty();
    waitFor(() -> lastWaitingInChart() == 2);

    assertThat(ana.client().put("/agents/" + ana.id() + "/state", body("state", "READY")).status())
        .isEqualTo(200);
    assertThat(ana.client().post("/interactions/" + first + "/accept", null).status())
        .isEqualTo(200);

    waitFor(() -> cell("dashboard-answered").equals("1"));
    waitFor(() -> cell("dashboard-waiting").equals("1"));
    waitFor(() -> cell("dashboard-ready").equals("1 (1 busy)"));
    assertThat(cell("dashboard-loggedout")).isEqualTo("0");
    waitFor(() -> lastWaitingInChart() == 1);
    console.screenshot("dashboard");

    assertThat(root.post("/interactions/" + second + "/abandon", null).status()).isEqualTo(200);

    waitFor(() -> cell("dashboard-abandoned").equals("1"));
    waitFor(() -> cell("dashboard-waiting").equals("0"));
    assertThat(cell("dashboard-sl"))
        .as("answered within 20 s; abandoned early does not count")
        .isEqualTo("100 %");
    waitFor(() -> total("dashboard-waiting").equals("0"));
    waitFor(() -> total("dashboard-answered").equals("1"));
    waitFor(() -> total("dashboard-abandoned").equals("1"));
    waitFor(() -> total("dashboard-sl").equals("100 %"));
    waitFor(() -> !rowClass(row()).contains("dashboard-attention"));
    waitFor(() -> lastWaitingInChart() == 0);
    assertThat(console.text("dashboardForm:chartCampaign_label"))
        .as("the chosen campaign survives the pushes")
        .isEqualTo(queue);
    assertThat(script("return window.omnirouteDashboardMark === true;"))
        .as("the page was never reloaded")
        .isEqualTo(true);
  }

  private long arrive(String customer) {
    Answer answer =
        root.post(
            "/interactions", body("campaignId", campaign, "customer", customer + "-" + suffix));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    JsonNode body = answer.body();
    assertThat(body.path("state").asText()).isEqualTo("QUEUED");
    return answer.id();
  }

  private String firstCampaignRow() {
    return console.text(
        By.xpath(
            "//*[@id='dashboardForm:campaigns_data']/tr[1]//span[contains(@class,'dashboard-campaign-name')]"));
  }

  private String rowClass(String row) {
    return console.attribute(By.xpath(row), "class");
  }

  /** The text of the totals row's cell in the column of the given style class. */
  private String total(String column) {
    return console
        .text(
            By.xpath(
                "//*[@id='dashboardForm:campaigns']//tfoot//td[contains(@class,'" + column + "')]"))
        .trim();
  }

  /** The XPath of the watched campaign's row in the dashboard's table. */
  private String row() {
    return row(queue);
  }

  /** The XPath of a campaign's row in the dashboard's table. */
  private static String row(String campaignName) {
    return "//*[@id='dashboardForm:campaigns_data']/tr[.//span[contains(@class,'dashboard-campaign-name') and normalize-space()='"
        + campaignName
        + "']]";
  }

  /** The text of the watched campaign's cell in the column of the given style class. */
  private String cell(String column) {
    return cell(row(), column);
  }

  private String cell(String row, String column) {
    return console.text(By.xpath(row + "/td[contains(@class,'" + column + "')]")).strip();
  }

  /** The waiting series' last point in the chart the page drew (Chart.js, under PrimeFaces). */
  private long lastWaitingInChart() {
    Object last =
        script(
            "var c = PF('dayChart').chart; var d = c.data.datasets[1].data;"
                + " return d[d.length - 1];");
    return ((Number) last).longValue();
  }

  private Object script(String code) {
    return ((JavascriptExecutor) console.browser()).executeScript(code);
  }

  private void waitFor(Supplier<Boolean> condition) {
    new WebDriverWait(console.browser(), PUSHED)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(d -> condition.get());
  }
}
