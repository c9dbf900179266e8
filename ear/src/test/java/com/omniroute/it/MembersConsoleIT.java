package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The members screen in a real browser, as an admin of security group A: campaigns Sales (voice)
 * and Support (chat); Flo is a member of both (penalties 5 and 20), Ana of Sales only, Ben of
 * neither. Group B has its own campaign and agent, which the admin must never see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient superadmin = ApiClient.superadmin();
  private final String url = ApiClient.routingUrl();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private String username;
  private long groupA;
  private long sales;
  private long support;
  private long theirs;
  private long flo;
  private long ana;
  private long ben;
  private long other;
  private WebDriver browser;

  @BeforeEach
  void groupsCampaignsAndAgents() {
    groupA = superadmin.post("/security-groups", body("name", "A " + suffix)).id();
    long groupB = superadmin.post("/security-groups", body("name", "B " + suffix)).id();
    username = "members." + suffix;
    superadmin.createUser(username, password, "admin", groupA, null);
    sales = campaign("Sales " + suffix, "VOICE", groupA);
    support = campaign("Support " + suffix, "CHAT", groupA);
    theirs = campaign("Theirs " + suffix, "VOICE", groupB);
    flo = agent("Flo " + suffix, groupA);
    ana = agent("Ana " + suffix, groupA);
    ben = agent("Ben " + suffix, groupA);
    other = agent("Other " + suffix, groupB);
    member(sales, flo, 5);
    member(support, flo, 20);
    member(sales, ana, 3);
    member(theirs, other, 0);
    // A superadmin may put another group's agent into A's campaign: A's admin still never sees it.
    member(sales, other, 1);
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theSelectedCampaignsShowTheirUnionOfMembersAndTheAgentsNotYetInAll() {
    logIn();
    Browser.clickAndWaitForPage(browser, Browser.menuItem(browser, "members"));
    assertThat(browser.getTitle()).isEqualTo("Campaign members · Omniroute");
    assertThat(table("campaigns")).contains("Sales " + suffix, "Support " + suffix);

    clickRow("campaigns", "Sales " + suffix);
    clickRow("campaigns", "Support " + suffix);

    assertThat(rowOf("members", "Flo")).contains("2 of 2").contains("5–20");
    assertThat(rowOf("members", "Ana")).contains("1 of 2");
    assertThat(table("members")).doesNotContain("Ben").doesNotContain("Other");
    assertThat(rowOf("agents", "Ana")).contains("1 of 2");
    assertThat(table("agents")).contains("Ben " + suffix).doesNotContain("Flo");
    assertThat(browser.getCurrentUrl()).endsWith("?campaigns=" + sales + "," + support);
    Browser.screenshot(browser, "members");

    clickRow("agents", "Ben " + suffix);
    assertThat(browser.findElement(By.id("membersForm:addPenalty")).getAttribute("value"))
        .as("the highest penalty of the members, so that Ben does not go ahead of them")
        .isEqualTo("20");
    press("add");

    assertThat(messages()).contains("1 agent added to 2 campaigns with penalty 20.");
    assertThat(penalties(sales)).containsEntry(ben, 20);
    assertThat(penalties(support)).containsEntry(ben, 20);
    assertThat(rowOf("members", "Ben")).contains("2 of 2");
    assertThat(table("agents")).doesNotContain("Ben");

    clickRow("members", "Ben " + suffix);
    pressAndConfirm("remove", true);

    assertThat(messages()).contains("1 member removed from 2 campaigns");
    assertThat(penalties(sales)).doesNotContainKey(ben);
    assertThat(penalties(support)).doesNotContainKey(ben);
    assertThat(table("members")).doesNotContain("Ben");
    assertThat(table("agents")).contains("Ben " + suffix);

    clickRow("campaigns", "Support " + suffix);

    assertThat(rowOf("members", "Flo")).contains("1 of 1");
    assertThat(rowOf("members", "Ana")).contains("1 of 1");
    assertThat(table("agents")).contains("Ben " + suffix).doesNotContain("Ana");
    assertThat(browser.getCurrentUrl()).endsWith("?campaigns=" + sales);
  }

  @Test
  void thePenaltyIsCheckedAsTypedAndSavedInEverySelectedCampaignTheMemberIsIn() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales + "," + support);
    assertThat(rowOf("members", "Flo")).contains("5–20");

    rowElement("members", "Flo").findElement(By.cssSelector("a.member-gear")).click();
    Browser.waitForAjax(browser);
    assertThat(browser.findElement(By.id("penaltyDialog")).getText())
        .contains("Flo " + suffix + " in Sales " + suffix + ", Support " + suffix)
        .contains("lower the penalty");
    typePenalty("150");
    clickAjax(By.id("penaltyForm:savePenalty"));

    assertThat(browser.findElement(By.id("penaltyForm:penaltyMessage")).getText())
        .isEqualTo("Penalty must be between 0 and 100");
    assertThat(browser.findElement(By.id("penaltyDialog")).isDisplayed()).isTrue();
    assertThat(penalties(sales)).containsEntry(flo, 5);
    assertThat(penalties(support)).containsEntry(flo, 20);
    Browser.screenshot(browser, "members-penalty");

    typePenalty("10");
    clickAjax(By.id("penaltyForm:savePenalty"));

    assertThat(messages()).contains("Penalty 10 saved for Flo " + suffix + " in 2 campaigns");
    assertThat(penalties(sales)).containsEntry(flo, 10).containsEntry(ana, 3);
    assertThat(penalties(support)).containsEntry(flo, 10);

    browser.navigate().refresh();

    assertThat(rowOf("members", "Flo")).contains("2 of 2").contains("10").doesNotContain("–");
    assertThat(rowOf("members", "Ana")).contains("3");
  }

  @Test
  void searchFindsAgentsByPartOfTheirNameWithTheVoiceCampaignsTheyAreIn() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml");

    press("search");
    WebElement name = browser.findElement(By.id("searchForm:searchName"));
    name.sendKeys("lo " + suffix.substring(0, 4));
    waitFor(By.id("searchForm:found"), "Flo " + suffix);
    String found = browser.findElement(By.id("searchForm:found")).getText();

    assertThat(found).contains("Flo " + suffix).contains("Sales " + suffix);
    assertThat(found).doesNotContain("Support").doesNotContain("Ana");

    name.clear();
    name.sendKeys("Other " + suffix);
    waitFor(By.id("searchForm:found"), "No agent of your security groups has such a name.");
    assertThat(browser.findElement(By.id("searchForm:found")).getText())
        .contains("No agent of your security groups has such a name.")
        .doesNotContain("Other " + suffix);
  }

  @Test
  void anotherGroupsCampaignsAndAgentsAreNeverShownNorReachable() throws Exception {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales);
    String page = browser.getPageSource();
    assertThat(page).contains("Sales " + suffix).doesNotContain("Theirs").doesNotContain("Other");

    for (String typed : List.of("" + theirs, sales + "," + theirs, "" + (theirs + 1_000_000))) {
      Browser.open(browser, url + "admin/members.xhtml?campaigns=" + typed);
      assertThat(browser.findElement(By.id("notFound")).getText())
          .contains("There is no such campaign, or you may not see it.");
      assertThat(browser.findElements(By.id("membersForm"))).isEmpty();
      assertThat(browser.getPageSource()).doesNotContain("Theirs").doesNotContain("Other");
      assertThat(statusOf("admin/members.xhtml?campaigns=" + typed)).isEqualTo(404);
    }
    assertThat(penalties(theirs)).containsOnlyKeys(other);
  }

  @Test
  void addedAgentsGetThePenaltyTypedWhichIsProposedBehindTheMembersAlreadyThere() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales);
    WebElement penalty = browser.findElement(By.id("membersForm:addPenalty"));
    assertThat(penalty.getAttribute("value")).as("Flo's 5 is the highest in Sales").isEqualTo("5");

    clickRow("agents", "Ben " + suffix);
    penalty.clear();
    penalty.sendKeys("150");
    press("add");
    assertThat(browser.findElement(By.id("membersForm:addPenaltyMessage")).getText())
        .isEqualTo("Penalty must be between 0 and 100");
    assertThat(penalties(sales)).doesNotContainKey(ben);

    typeAddPenalty("9");
    press("add");

    assertThat(messages()).contains("1 agent added to 1 campaign with penalty 9.");
    assertThat(penalties(sales)).containsEntry(ben, 9).containsEntry(flo, 5).containsEntry(ana, 3);
    assertThat(rowOf("members", "Ben")).contains("9");

    clickRow("campaigns", "Sales " + suffix);
    clickRow("campaigns", "Support " + suffix);
    assertThat(browser.findElement(By.id("membersForm:addPenalty")).getAttribute("value"))
        .as("Flo's 20 is the highest in Support")
        .isEqualTo("20");
  }

  @Test
  void removeAsksNamingWhoLeavesWhichCampaignsAndUndoBringsThemBackWithTheirPenalties() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales + "," + support);
    clickRow("members", "Flo " + suffix);
    clickRow("members", "Ana " + suffix);

    press("remove");
    WebElement question =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("membersForm:confirm")));
    assertThat(question.getText())
        .contains("Remove these 2 members?")
        .contains("Flo " + suffix + " leaves Sales " + suffix + ", Support " + suffix)
        .contains("Ana " + suffix + " leaves Sales " + suffix);
    browser.findElement(By.id("membersForm:confirmNo")).click();
    Browser.waitForAjax(browser);
    assertThat(penalties(sales)).containsEntry(flo, 5).containsEntry(ana, 3);
    assertThat(browser.findElements(By.id("membersForm:undo"))).isEmpty();

    pressAndConfirm("remove", true);

    assertThat(messages()).contains("2 members removed from 2 campaigns");
    assertThat(penalties(sales)).doesNotContainKeys(flo, ana);
    assertThat(penalties(support)).doesNotContainKey(flo);

    press("undo");

    assertThat(messages()).contains("2 members back in 2 campaigns, with the penalties they had.");
    assertThat(penalties(sales)).containsEntry(flo, 5).containsEntry(ana, 3);
    assertThat(penalties(support)).containsEntry(flo, 20);
    assertThat(rowOf("members", "Flo")).contains("2 of 2").contains("5–20");
    assertThat(browser.findElements(By.id("membersForm:undo"))).isEmpty();
  }

  @Test
  void aSearchResultClickedIsSelectedInTheAgentsColumnOrAmongTheMembers() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales);

    search("Ben " + suffix);
    pickTheFound("agents");

    assertThat(browser.findElement(By.id("searchDialog")).isDisplayed()).isFalse();
    assertThat(messages()).contains("Ben " + suffix + " is selected in the Agents column.");
    assertThat(isSelected(rowElement("agents", "Ben"))).isTrue();
    assertThat(nameFilterOf("agents"))
        .as("the Agents column is filtered to the picked name, so that the row shows")
        .isEqualTo("Ben " + suffix);
    assertThat(table("agents")).doesNotContain("Ana");
    press("add");
    assertThat(penalties(sales)).containsEntry(ben, 5);

    search("Flo " + suffix);
    pickTheFound("members");

    assertThat(messages())
        .contains(
            "Flo "
                + suffix
                + " is already a member of every selected campaign and is selected in the Members"
                + " column.");
    assertThat(isSelected(rowElement("members", "Flo"))).isTrue();
    assertThat(nameFilterOf("members")).isEqualTo("Flo " + suffix);
    assertThat(table("members")).doesNotContain("Ana");
  }

  @Test
  void theCampaignOneArrivesFromIsShownSelectedWithItsMembersEvenOnALaterPage() {
    for (int i = 10; i < 26; i++) {
      campaign("Aaa " + i + " " + suffix, "CHAT", groupA);
    }
    logIn();
    Browser.open(browser, url + "admin/campaigns/list.xhtml");
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales);

    WebElement row = rowElement("campaigns", "Sales");
    assertThat(isSelected(row)).isTrue();
    assertThat(table("campaigns")).contains("16–18 / 18");
    assertThat(browser.findElement(By.id("membersForm:selectedNames")).getText())
        .isEqualTo("Sales " + suffix);
    assertThat(table("members")).contains("Flo " + suffix).contains("Ana " + suffix);
  }

  @Test
  void aSelectedRowIsMarkedSoThatItIsSeenAtAGlance() {
    logIn();
    Browser.open(browser, url + "admin/members.xhtml?campaigns=" + sales);
    clickRow("members", "Flo " + suffix);

    WebElement selected = rowElement("members", "Flo").findElement(By.tagName("td"));
    WebElement unselected = rowElement("members", "Ana").findElement(By.tagName("td"));
    assertThat(before(selected)).isEqualTo("\"\u2713\"");
    assertThat(before(unselected)).isEqualTo("none");
    assertThat(cssOf(selected, "box-shadow")).contains("inset");
    assertThat(cssOf(selected, "font-weight")).isEqualTo("600");
    assertThat(cssOf(unselected, "box-shadow")).isEqualTo("none");
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Clicks the search modal's only result, and waits until the table it is selected in shows it:
   * filtered to its name.
   */
  private void pickTheFound(String table) {
    String name = browser.findElement(By.cssSelector("#searchForm\\:found .found-name")).getText();
    browser.findElement(By.cssSelector("#searchForm\\:found a.found-pick")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              Browser.waitForAjax(d);
              return nameFilterOf(table).equals(name)
                  && d.findElements(By.cssSelector("#membersForm\\:" + table + "_data > tr")).size()
                      == 1;
            });
  }

  private String nameFilterOf(String table) {
    return browser
        .findElement(By.cssSelector("#membersForm\\:" + table + " thead input.ui-column-filter"))
        .getAttribute("value");
  }

  /** Whether PrimeFaces shows the row as selected. */
  private static boolean isSelected(WebElement row) {
    return "true".equals(row.getAttribute("aria-selected"))
        && row.getAttribute("class").contains("ui-state-highlight");
  }

  /** The content of a cell's ::before, as the browser renders it. */
  private String before(WebElement cell) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return getComputedStyle(arguments[0], '::before').getPropertyValue('content')",
                cell);
  }

  private String cssOf(WebElement element, String property) {
    return element.getCssValue(property);
  }

  private void search(String text) {
    press("search");
    WebElement name = browser.findElement(By.id("searchForm:searchName"));
    name.clear();
    name.sendKeys(text);
    waitFor(By.id("searchForm:found"), text);
  }

  private void typeAddPenalty(String value) {
    WebElement penalty = browser.findElement(By.id("membersForm:addPenalty"));
    penalty.clear();
    penalty.sendKeys(value);
  }

  /** Presses a button that asks first, and answers the question. */
  private void pressAndConfirm(String button, boolean yes) {
    browser.findElement(By.id("membersForm:" + button)).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.id("membersForm:" + (yes ? "confirmYes" : "confirmNo"))))
        .click();
    Browser.waitForAjax(browser);
  }

  private long campaign(String name, String mediaType, long group) {
    return superadmin
        .post("/campaigns", body("name", name, "mediaType", mediaType, "securityGroupId", group))
        .id();
  }

  private long agent(String name, long group) {
    String login = name.toLowerCase().replace(' ', '.');
    return superadmin
        .post("/agents", body("name", name, "login", login, "securityGroupId", group))
        .id();
  }

  private void member(long campaign, long agent, int penalty) {
    assertThat(
            superadmin
                .put("/campaigns/" + campaign + "/members/" + agent, body("penalty", penalty))
                .status())
        .isEqualTo(200);
  }

  /** Each member's penalty in the campaign, as the API has it. */
  private Map<Long, Integer> penalties(long campaign) {
    Map<Long, Integer> penalties = new HashMap<>();
    for (JsonNode member : superadmin.get("/campaigns/" + campaign + "/members").body()) {
      penalties.put(member.path("agentId").asLong(), member.path("penalty").asInt());
    }
    return penalties;
  }

  private void logIn() {
    browser = Browser.start("en-US,en");
    Browser.open(browser, url);
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id("loginForm:login")));
  }

  /** The same request with the browser's session, for the HTTP status the page answered with. */
  private int statusOf(String path) throws Exception {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void clickForPage(By what) {
    Browser.clickAndWaitForPage(browser, browser.findElement(what));
  }

  private void clickAjax(By what) {
    browser.findElement(what).click();
    Browser.waitForAjax(browser);
  }

  private void press(String button) {
    clickAjax(By.id("membersForm:" + button));
  }

  /** Waits for what a debounced (delayed) Ajax request shows once it has run. */
  private void waitFor(By what, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(what).getText().contains(text));
  }

  private String table(String id) {
    return browser.findElement(By.id("membersForm:" + id)).getText();
  }

  private WebElement rowElement(String table, String name) {
    return browser.findElements(By.cssSelector("#membersForm\\:" + table + "_data > tr")).stream()
        .filter(row -> row.getText().contains(name + " " + suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + table + ": " + table(table)));
  }

  private String rowOf(String table, String name) {
    return rowElement(table, name).getText();
  }

  /** Clicks a row's first cell, which selects it, or deselects it when it was selected. */
  private void clickRow(String table, String text) {
    browser.findElements(By.cssSelector("#membersForm\\:" + table + "_data > tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " is not in " + table + ": " + table(table)))
        .findElement(By.tagName("td"))
        .click();
    Browser.waitForAjax(browser);
  }

  private void typePenalty(String value) {
    WebElement penalty = browser.findElement(By.id("penaltyForm:penalty"));
    penalty.clear();
    penalty.sendKeys(value);
  }

  private String messages() {
    return browser.findElement(By.id("messages")).getText();
  }
}
