package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The campaign screens in a real browser: create with a refused field, the weekly preview and the
 * time-zone picker, the list, visibility.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final String url = ApiClient.routingUrl();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private String username;
  private long groupA;
  private WebDriver browser;

  /** An admin of a new group A, with a password of its own. */
  @BeforeEach
  void adminOfGroupA() {
    groupA = ApiClient.superadmin().post("/security-groups", body("name", "A " + suffix)).id();
    username = "campaigns." + suffix;
    ApiClient.superadmin().createUser(username, password, "admin", groupA, null);
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void logIn() {
    browser = Browser.start("en-US,en");
    Browser.open(browser, url);
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    click(By.id("loginForm:login"));
  }

  private void click(By what) {
    Browser.clickAndWaitForPage(browser, browser.findElement(what));
  }

  private void type(String field, String text) {
    WebElement input = browser.findElement(By.id("campaignForm:" + field));
    input.clear();
    input.sendKeys(text);
  }

  private String messageOf(String field) {
    return browser.findElement(By.id("campaignForm:" + field + "Message")).getText();
  }

  /** A day's open hours as the weekly preview writes them ("22:00-24:00", "closed"). */
  private String hoursOf(String day) {
    return browser
        .findElement(By.cssSelector(".schedule-day[data-day='" + day + "'] .schedule-hours"))
        .getText();
  }

  private String campaignsSeenBySuperadmin() {
    return ApiClient.superadmin().get("/campaigns").raw();
  }

  @Test
  void aRefusedFieldIsShownNextToItAndNothingIsSavedUntilItIsFixed() {
    String name = "Sales " + suffix;
    logIn();
    assertThat(Browser.menuText(browser)).contains("Campaigns");
    Browser.clickAndWaitForPage(browser, Browser.menuItem(browser, "campaigns"));
    assertThat(browser.getTitle()).isEqualTo("Campaigns · Omniroute");
    click(By.id("campaignsForm:newCampaign"));
    assertThat(browser.getTitle()).isEqualTo("New campaign · Omniroute");

    type("name", name);
    type("schedule", "mon;25:00-26:00");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    String parserSays = "Group 1, position 4: hour 25 is out of range; hours are 00 to 23";
    wait.until(d -> messageOf("schedule").equals(parserSays));
    type("schedule", "mon,tue,wed,thu,fri;09:00-18:00");
    wait.until(d -> messageOf("schedule").isBlank());

    type("maxInteractionsPerAgent", "0");
    click(By.id("campaignForm:save"));

    assertThat(messageOf("maxInteractionsPerAgent"))
        .as("the console's range check names the field and its range")
        .isEqualTo("Max interactions per agent: enter a whole number from 1 to 100.");
    assertThat(messageOf("name")).isBlank();
    assertThat(campaignsSeenBySuperadmin()).doesNotContain(name);
    Browser.screenshot(browser, "campaign-edit");

    type("maxInteractionsPerAgent", "2");
    click(By.id("campaignForm:save"));

    assertThat(browser.getTitle()).isEqualTo("Campaigns · Omniroute");
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Campaign saved");
    assertThat(browser.findElement(By.id("campaignsForm:campaigns")).getText()).contains(name);
    assertThat(campaignsSeenBySuperadmin()).contains(name);
    Browser.screenshot(browser, "campaigns");
  }

  @Test
  void theWeekPreviewFollowsTheScheduleAsTypedAndTheTimeZoneIsPickedFromTheList() {
    String name = "Night " + suffix;
    logIn();
    Browser.open(browser, url + "admin/campaigns/edit.xhtml");
    // Ajax replaces the preview while the test may be reading it.
    FluentWait<WebDriver> wait =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class);
    assertThat(hoursOf("mon")).as("an empty schedule").isEqualTo("00:00-24:00");
    assertThat(browser.findElement(By.id("openNow")).getText())
        .isEqualTo("Now, by this schedule: Open now");

    type("name", name);
    type("schedule", "fri;22:00-06:00");

    wait.until(d -> hoursOf("fri").equals("22:00-24:00"));
    assertThat(hoursOf("sat")).as("the night runs into Saturday").isEqualTo("00:00-06:00");
    assertThat(hoursOf("thu")).isEqualTo("closed");
    assertThat(hoursOf("sun")).isEqualTo("closed");
    assertThat(browser.findElements(By.cssSelector(".schedule-day[data-day='fri'] .schedule-open")))
        .hasSize(1);

    browser
        .findElement(By.cssSelector("#campaignForm\\:timeZone .ui-selectonemenu-trigger"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaignForm:timeZone_filter")))
        .sendKeys("Tokyo");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "#campaignForm\\:timeZone_panel li[data-label='Asia/Tokyo (UTC+09:00)']")))
        .click();
    wait.until(
        d ->
            d.findElement(By.id("campaignForm:weeklyPreview"))
                .getText()
                .contains("on the wall clock of Asia/Tokyo (now UTC+09:00)"));
    browser.manage().window().setSize(new Dimension(1280, 1300));
    Browser.screenshot(browser, "campaign-schedule-preview");
    click(By.id("campaignForm:save"));

    assertThat(browser.getTitle()).isEqualTo("Campaigns · Omniroute");
    JsonNode saved = null;
    for (JsonNode campaign : ApiClient.superadmin().get("/campaigns").body()) {
      if (campaign.path("name").asText().equals(name)) {
        saved = campaign;
      }
    }
    assertThat(saved).as(name + " saved").isNotNull();
    assertThat(saved.path("timeZone").asText()).isEqualTo("Asia/Tokyo");
    assertThat(saved.path("schedule").asText()).isEqualTo("fri;22:00-06:00");
  }

  @Test
  void anAdminNeitherSeesNorReachesAnotherGroupsCampaign() {
    long groupB = ApiClient.superadmin().post("/security-groups", body("name", "B " + suffix)).id();
    String mine = "Mine " + suffix;
    String theirs = "Theirs " + suffix;
    ApiClient.superadmin()
        .post("/campaigns", body("name", mine, "mediaType", "CHAT", "securityGroupId", groupA));
    long theirsId =
        ApiClient.superadmin()
            .post(
                "/campaigns", body("name", theirs, "mediaType", "VOICE", "securityGroupId", groupB))
            .id();
    logIn();

    Browser.open(browser, url + "admin/campaigns/list.xhtml");
    String list = browser.findElement(By.id("campaignsForm:campaigns")).getText();
    assertThat(list).contains(mine).doesNotContain(theirs);

    Browser.open(browser, url + "admin/campaigns/edit.xhtml?id=" + theirsId);
    String refused = browser.findElement(By.id("notFound")).getText();
    assertThat(refused).contains("There is no such campaign, or you may not see it.");
    assertThat(browser.findElements(By.id("campaignForm"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(theirs);

    Browser.open(browser, url + "admin/campaigns/edit.xhtml?id=" + (theirsId + 1_000_000));
    assertThat(browser.findElement(By.id("notFound")).getText()).isEqualTo(refused);
  }

  @Test
  void theListIsPagedByTheDatabaseFilteredByOpenOrClosedAndSortedByIt() {
    for (int i = 1; i <= 26; i++) {
      ApiClient.superadmin()
          .post(
              "/campaigns",
              body(
                  "name",
                  String.format("Open %02d %s", i, suffix),
                  "mediaType",
                  "CHAT",
                  "securityGroupId",
                  groupA));
    }
    // One minute, three days away: closed now, whenever the test runs.
    String day =
        LocalDate.now(ZoneOffset.UTC)
            .plusDays(3)
            .getDayOfWeek()
            .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            .toLowerCase(Locale.ENGLISH);
    String closed = "Zzz closed " + suffix;
    ApiClient.superadmin()
        .post(
            "/campaigns",
            body(
                "name",
                closed,
                "mediaType",
                "VOICE",
                "securityGroupId",
                groupA,
                "schedule",
                day + ";00:00-00:01"));
    logIn();
    Browser.open(browser, url + "admin/campaigns/list.xhtml");

    assertThat(rows()).hasSize(25);
    assertThat(rows().get(0)).startsWith("Open 01");
    assertThat(table()).contains("1–25 / 27").doesNotContain(closed);

    browser
        .findElement(By.xpath("//th//span[contains(@class,'ui-column-title')][text()='Now']"))
        .click();
    Browser.waitForAjax(browser);

    assertThat(rows().get(0)).startsWith(closed).contains("Closed until");
    assertThat(rows().get(1)).startsWith("Open 01").contains("Open now");

    Browser.selectOption(browser, "campaignsForm:campaigns:statusFilter", "Closed");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> rows().size() == 1);

    assertThat(rows().get(0)).startsWith(closed);
    assertThat(table()).contains("1–1 / 1");
  }

  @Test
  void aDisabledCampaignIsNeitherOpenInTheListNorInItsFilterNorInTheApi() {
    String paused = "Paused " + suffix;
    String running = "Running " + suffix;
    // Both always open by their (empty) schedule; only one is enabled.
    long pausedId =
        ApiClient.superadmin()
            .post(
                "/campaigns",
                body(
                    "name",
                    paused,
                    "mediaType",
                    "CHAT",
                    "securityGroupId",
                    groupA,
                    "enabled",
                    false))
            .id();
    long runningId =
        ApiClient.superadmin()
            .post(
                "/campaigns", body("name", running, "mediaType", "CHAT", "securityGroupId", groupA))
            .id();
    assertThat(ApiClient.superadmin().get("/campaigns/" + pausedId).body().path("open").asBoolean())
        .as("the API's open for a disabled campaign")
        .isFalse();
    assertThat(
            ApiClient.superadmin()
                .get("/campaigns/" + pausedId + "/stats")
                .body()
                .path("open")
                .asBoolean())
        .as("its statistics' open")
        .isFalse();
    assertThat(
            ApiClient.superadmin().get("/campaigns/" + runningId).body().path("open").asBoolean())
        .isTrue();
    logIn();
    Browser.open(browser, url + "admin/campaigns/list.xhtml");

    WebElement status =
        browser.findElement(
            By.xpath(
                "//*[@id='campaignsForm:campaigns_data']/tr[.//a[normalize-space()='"
                    + paused
                    + "']]//span[contains(@class,'campaign-')]"));
    assertThat(status.getText()).isEqualTo("Disabled");
    assertThat(status.getAttribute("class")).contains("campaign-closed");
    assertThat(rowOf(running)).contains("Open now");

    Browser.selectOption(browser, "campaignsForm:campaigns:statusFilter", "Open now");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> rows().size() == 1);
    assertThat(rows().get(0)).startsWith(running);

    Browser.selectOption(browser, "campaignsForm:campaigns:statusFilter", "Closed");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> rows().size() == 1 && rows().get(0).startsWith(paused));
  }

  @Test
  void aScheduleEndingAt2400IsAcceptedAndAFixedErrorNoLongerShowsRed() {
    String name = "Late " + suffix;
    logIn();
    Browser.open(browser, url + "admin/campaigns/edit.xhtml");
    FluentWait<WebDriver> wait =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class);
    type("name", name);

    type("schedule", "mon;09:00-25:00");
    wait.until(d -> messageOf("schedule").contains("hour 25 is out of range"));
    assertThat(scheduleIsRed()).as("refused as typed: red").isTrue();
    click(By.id("campaignForm:save"));
    assertThat(messageOf("schedule")).contains("hour 25 is out of range");
    assertThat(scheduleIsRed()).as("refused on saving: red").isTrue();

    type("schedule", "mon;09:00-24:00");
    wait.until(d -> messageOf("schedule").isBlank());
    wait.until(d -> hoursOf("mon").equals("09:00-24:00"));
    assertThat(scheduleIsRed()).as("fixed: no longer red").isFalse();

    click(By.id("campaignForm:save"));
    assertThat(browser.getTitle()).isEqualTo("Campaigns · Omniroute");
    assertThat(savedCampaign(name).path("schedule").asText()).isEqualTo("mon;09:00-24:00");

    // The whole day the preview writes for an empty schedule is accepted as typed too.
    Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText(name)));
    type("schedule", "sat;00:00-24:00");
    wait.until(d -> hoursOf("sat").equals("00:00-24:00"));
    assertThat(messageOf("schedule")).isBlank();
    assertThat(scheduleIsRed()).isFalse();
  }

  @Test
  void theTimeZoneListHasTheCanonicalZonesAndKeepsASavedAlias() {
    String name = "Kolkata " + suffix;
    long id =
        ApiClient.superadmin()
            .post(
                "/campaigns",
                body(
                    "name",
                    name,
                    "mediaType",
                    "CHAT",
                    "securityGroupId",
                    groupA,
                    "timeZone",
                    "Asia/Calcutta"))
            .id();
    logIn();
    Browser.open(browser, url + "admin/campaigns/edit.xhtml");

    List<String> zones = zoneChoices();
    assertThat(zones).contains("UTC", "Asia/Kolkata", "Europe/Madrid", "America/Sao_Paulo");
    assertThat(zones).doesNotContain("Asia/Calcutta", "America/Buenos_Aires", "Europe/Kiev");
    assertThat(zones)
        .noneMatch(zone -> zone.startsWith("SystemV/"))
        .noneMatch(zone -> zone.startsWith("Etc/"))
        .noneMatch(zone -> zone.startsWith("US/"));
    assertThat(zones).doesNotHaveDuplicates().hasSizeBetween(350, 450);

    Browser.open(browser, url + "admin/campaigns/edit.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("campaignForm:timeZone_label")).getText())
        .startsWith("Asia/Calcutta");
    assertThat(zoneChoices()).contains("Asia/Calcutta", "Asia/Kolkata");
    click(By.id("campaignForm:save"));
    assertThat(browser.getTitle()).isEqualTo("Campaigns · Omniroute");
    assertThat(savedCampaign(name).path("timeZone").asText()).isEqualTo("Asia/Calcutta");
  }

  /** The zone ids the time-zone picker offers, in the page's own (hidden) select. */
  private List<String> zoneChoices() {
    return browser
        .findElements(By.cssSelector("[id='campaignForm:timeZone_input'] option"))
        .stream()
        .map(option -> option.getAttribute("value"))
        .toList();
  }

  private boolean scheduleIsRed() {
    return browser
        .findElement(By.id("campaignForm:schedule"))
        .getAttribute("class")
        .contains("ui-state-error");
  }

  private JsonNode savedCampaign(String name) {
    for (JsonNode campaign : ApiClient.superadmin().get("/campaigns").body()) {
      if (campaign.path("name").asText().equals(name)) {
        return campaign;
      }
    }
    throw new AssertionError(name + " not saved");
  }

  private String rowOf(String name) {
    return browser
        .findElement(
            By.xpath(
                "//*[@id='campaignsForm:campaigns_data']/tr[.//a[normalize-space()='"
                    + name
                    + "']]"))
        .getText();
  }

  private String table() {
    return browser.findElement(By.id("campaignsForm:campaigns")).getText();
  }

  private List<String> rows() {
    return browser.findElements(By.cssSelector("#campaignsForm\\:campaigns_data > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
