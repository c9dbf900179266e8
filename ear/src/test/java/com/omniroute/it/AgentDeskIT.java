package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.it.ApiClient.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent desktop in a real browser. Offers, timeouts and wrap-up ends reach the page by server
 * push: each test marks the page's window and checks the mark is still there once the change has
 * appeared, so the page was neither reloaded nor clicked in between.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentDeskIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  /** Longer than any timer in these tests, on a loaded machine. */
  private static final Duration PUSH = Duration.ofSeconds(30);

  private static final String MARK = "window.omnirouteDeskMark";

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "desk-" + suffix;
  private final long group = root.post("/security-groups", body("name", "Desk " + suffix)).id();
  private ConsoleDriver console;

  @AfterEach
  void quit() {
    if (console != null) {
      console.close();
    }
  }

  // ---------------------------------------------------------------- set-up through the API

  private long campaign(String name, String mediaType, Object... settings) {
    Map<String, Object> campaign = body(settings);
    campaign.put("name", name + " " + suffix);
    campaign.put("mediaType", mediaType);
    campaign.put("securityGroupId", group);
    campaign.putIfAbsent("wrapUpSeconds", 0);
    campaign.putIfAbsent("offerTimeoutSeconds", 600);
    Answer created = root.post("/campaigns", campaign);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  /** An agent, a member of the campaigns, with a user of role agent linked to it. */
  private ApiClient.Desk agent(String login, long... campaigns) {
    ApiClient.Desk desk = root.createDesk(group, "Agent " + login, login + "." + suffix, password);
    for (long campaign : campaigns) {
      Answer member =
          root.put("/campaigns/" + campaign + "/members/" + desk.id(), body("penalty", 0));
      assertThat(member.status()).as(member.raw()).isEqualTo(200);
    }
    return desk;
  }

  private long arrive(long campaign, String customer) {
    Answer answer = root.post("/interactions", body("campaignId", campaign, "customer", customer));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.id();
  }

  private String stateOf(long interaction) {
    return root.get("/interactions/" + interaction).body().path("state").asText();
  }

  // ---------------------------------------------------------------- the page

  /**
   * Logs the agent in: it lands on its desktop, which says it is live once its websocket is open
   * and it has re-read the work; its window is then marked.
   */
  private void openDesk(String login) {
    openDesk(login, browser -> {});
  }

  /** {@link #openDesk(String)} in a browser first prepared by the given step. */
  private void openDesk(String login, Consumer<WebDriver> prepare) {
    console = ConsoleDriver.logIn(login + "." + suffix, password, "en-US,en", prepare);
    assertThat(console.title()).isEqualTo("Agent desktop · Omniroute");
    await(d -> d.findElement(By.cssSelector("#deskLink.desk-live")));
    assertThat(text("deskLink")).isEqualTo("Live: offers arrive by themselves");
    script("%s = 'not reloaded';".formatted(MARK));
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser()).executeScript(code);
  }

  private WebDriver browser() {
    return console.browser();
  }

  private void assertNotReloaded() {
    assertThat(script("return " + MARK + ";"))
        .as("the page was updated in place, not reloaded")
        .isEqualTo("not reloaded");
  }

  /** Clicks an Ajax button and waits for its answer. */
  private void click(WebElement button) {
    button.click();
    Browser.waitForAjax(browser());
  }

  private void clickButton(String id) {
    click(browser().findElement(By.id(id)));
  }

  private <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser(), PUSH).ignoring(WebDriverException.class).until(condition);
  }

  private WebElement offer(long interaction) {
    return await(
        d -> d.findElement(By.cssSelector(".desk-offer[data-interaction='" + interaction + "']")));
  }

  private boolean hasOffer(long interaction) {
    return !browser()
        .findElements(By.cssSelector(".desk-offer[data-interaction='" + interaction + "']"))
        .isEmpty();
  }

  private WebElement inHand(long interaction) {
    return browser().findElement(By.cssSelector("tr[data-interaction='" + interaction + "']"));
  }

  private String text(String id) {
    return browser().findElement(By.id(id)).getText();
  }

  private String messages() {
    return browser().findElement(By.id("messages")).getText();
  }

  private void goReady() {
    clickButton("deskForm:ready");
    assertThat(text("deskForm:state")).isEqualTo("Ready");
    assertThat(messages()).contains("You are ready: offers will come to you.");
  }

  private static int seconds(WebElement countdown) {
    return Integer.parseInt(countdown.getText().strip());
  }

  // ---------------------------------------------------------------- tests

  @Test
  void anOfferIsPushedCountsDownIsAcceptedFinishedAndWrappedUp() {
    // A wrap-up long enough that a loaded machine still sees it between Finish and the checks
    // below (6 s was missed), short enough that the test waits for its end.
    long chat = campaign("Web chat", "CHAT", "wrapUpSeconds", 20, "offerTimeoutSeconds", 60);
    agent("ana", chat);
    openDesk("ana");
    assertThat(text("deskForm:noOffers")).isEqualTo("No offer waiting for you.");
    assertThat(text("deskForm:capacity")).isEqualTo("Used 0, spare 100");
    goReady();

    long id = arrive(chat, "Carla " + suffix);

    WebElement offer = offer(id);
    assertNotReloaded();
    assertThat(offer.getText()).contains("CHAT", "Web chat " + suffix, "Carla " + suffix);
    assertThat(offer.findElements(By.cssSelector("[id$=':reject']"))).hasSize(1);
    int first = seconds(offer.findElement(By.className("desk-countdown")));
    assertThat(first).isBetween(1, 60);
    await(d -> seconds(offer(id).findElement(By.className("desk-countdown"))) < first);
    assertThat(text("deskForm:capacity")).isEqualTo("Used 25, spare 75");
    Browser.screenshot(browser(), "desk-offer");

    click(offer(id).findElement(By.cssSelector("[id$=':accept']")));

    assertThat(messages()).contains("Accepted: the CHAT interaction of Carla " + suffix);
    assertThat(hasOffer(id)).isFalse();
    assertThat(inHand(id).getText()).contains("CHAT", "Active", "Carla " + suffix);
    assertThat(inHand(id).findElement(By.className("desk-elapsed")).getText())
        .matches("\\d+:\\d\\d");
    assertThat(stateOf(id)).isEqualTo("ACTIVE");

    click(inHand(id).findElement(By.cssSelector("[id$=':finish']")));

    assertThat(messages()).contains("Finished: the CHAT interaction of Carla " + suffix);
    assertThat(inHand(id).getText()).contains("Wrap-up");
    assertThat(seconds(inHand(id).findElement(By.className("desk-countdown")))).isBetween(0, 20);
    assertThat(text("deskForm:capacity")).isEqualTo("Used 25, spare 75");
    assertThat(stateOf(id)).isEqualTo("WRAP_UP");

    // The wrap-up's end is the engine's timer: the page learns of it by push.
    await(d -> text("deskForm:capacity").equals("Used 0, spare 100"));
    assertNotReloaded();
    assertThat(text("deskForm:nothingInHand")).isEqualTo("Nothing in hand.");
    assertThat(stateOf(id)).isEqualTo("COMPLETED");
  }

  /**
   * Security finding 10, the nonce-based CSP: on a loaded machine PrimeFaces' start-up script,
   * which gives the forms the page's nonce, ran after the desktop's socket had opened; the re-read
   * sent on opening then carried no nonce, PrimeFaces refused it ("CSP nonce mismatch") and the
   * agent landed on the error page. The desktop now waits for PrimeFaces to start.
   */
  @Test
  void theDesktopGoesLiveAndTakesOffersWhenItsScriptsStartAfterItsSocketOpened() {
    long chat = campaign("Late chat", "CHAT");
    agent("eve", chat);
    openDesk("eve", Browser::startPagesLate);
    goReady();

    long id = arrive(chat, "Erin " + suffix);

    assertThat(offer(id).getText()).contains("CHAT", "Erin " + suffix);
    assertNotReloaded();
    assertThat(console.title()).isEqualTo("Agent desktop · Omniroute");
  }

  @Test
  void aForcedOverrideCannotBeRejectedAndNamesTheChatItPutOnHold() {
    long chat = campaign("Chat", "CHAT");
    long voice = campaign("Hotline", "VOICE");
    ApiClient.Desk bea = agent("bea", chat, voice);
    openDesk("bea");
    goReady();
    long held = arrive(chat, "Dora " + suffix);
    Answer accepted = bea.client().post("/interactions/" + held + "/accept", null);
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    await(d -> inHand(held).getText().contains("Active"));

    long call = arrive(voice, "Eli " + suffix);

    WebElement override = offer(call);
    assertNotReloaded();
    assertThat(override.getAttribute("class")).contains("desk-override");
    assertThat(override.getText())
        .contains("VOICE", "Hotline " + suffix, "Eli " + suffix)
        .contains("it cannot be rejected")
        .contains("It put on hold:");
    assertThat(override.findElements(By.cssSelector("[id$=':reject']"))).isEmpty();
    assertThat(override.findElements(By.cssSelector("[id$=':accept']"))).isEmpty();
    WebElement onHold = override.findElement(By.cssSelector("li[data-interaction='" + held + "']"));
    assertThat(onHold.getText()).contains("CHAT", "Dora " + suffix);
    assertThat(inHand(held).getText()).contains("On hold");
    assertThat(text("deskForm:capacity")).isEqualTo("Used 125, spare -25");
    Browser.screenshot(browser(), "desk-override");
  }

  @Test
  void aRejectedOfferGoesBackToTheQueueAndTheDesktopSaysSo() {
    long chat = campaign("Sales chat", "CHAT");
    agent("cai", chat);
    openDesk("cai");
    goReady();
    long id = arrive(chat, "Finn " + suffix);
    WebElement offer = offer(id);
    assertNotReloaded();

    // Not ready first, or the interaction would come straight back to its only member.
    clickButton("deskForm:notReady");
    assertThat(messages()).contains("You are not ready: no new offers will come to you.");
    click(offer(id).findElement(By.cssSelector("[id$=':reject']")));

    assertThat(messages())
        .contains("Rejected: the CHAT interaction of Finn " + suffix + " is back in the queue.");
    assertThat(hasOffer(id)).isFalse();
    assertThat(stateOf(id)).isEqualTo("QUEUED");
  }

  @Test
  void anOfferThatTimesOutDisappearsAndASupervisorsStateChangeShowsWithoutAReload() {
    long chat = campaign("Ring chat", "CHAT", "offerTimeoutSeconds", 3);
    ApiClient.Desk dan = agent("dan", chat);
    ApiClient supervisor = root.createUser("watch." + suffix, password, "supervisor", group, null);
    openDesk("dan");
    goReady();

    long id = arrive(chat, "Gus " + suffix);
    offer(id);

    await(d -> text("deskForm:state").equals("Not ready"));
    assertNotReloaded();
    assertThat(hasOffer(id)).isFalse();
    assertThat(text("deskForm:noOffers")).isEqualTo("No offer waiting for you.");
    assertThat(stateOf(id)).isEqualTo("QUEUED");

    // A supervisor logs the agent out over the API: the page follows by push.
    Answer out = supervisor.put("/agents/" + dan.id() + "/state", body("state", "LOGGED_OUT"));
    assertThat(out.status()).as(out.raw()).isEqualTo(200);
    await(d -> text("deskForm:state").equals("Logged out"));
    assertNotReloaded();
  }

  @Test
  void anAdministratorKeepsTheStartPageAndIsRefusedTheDesktop() throws Exception {
    String admin = "boss." + suffix;
    root.createUser(admin, password, "admin", group, null);
    console = ConsoleDriver.logIn(admin, password);
    assertThat(console.title()).isEqualTo("Media capacity model · Omniroute");
    assertThat(console.menu()).doesNotContain("Desktop");

    console.open("agent/desk.xhtml");

    assertThat(console.title()).isEqualTo("Not allowed · Omniroute");
    assertThat(browser().findElements(By.id("deskForm"))).isEmpty();
    String session = browser().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<Void> direct =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ApiClient.routingUrl() + "agent/desk.xhtml"))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(direct.statusCode()).isEqualTo(403);
  }
}
