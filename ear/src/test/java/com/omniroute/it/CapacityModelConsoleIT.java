package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The capacity model editor in a real browser: refused values next to their field, the preview
 * following the values as typed before anything is saved, one save for all changes, a change made
 * meanwhile never overwritten, and the editor closed to an admin.
 *
 * <p>The capacity model is global and other tests route on its defaults, so every test puts back
 * what it found, whatever happens ({@link #restoreTheCapacityModel}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapacityModelConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final String url = ApiClient.routingUrl();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private final ApiClient root = ApiClient.superadmin();
  private long group;
  private JsonNode before;
  private WebDriver browser;

  @BeforeEach
  void rememberTheCapacityModel() {
    before = root.get("/media-types").body();
    group = root.post("/security-groups", body("name", "Capacity " + suffix)).id();
  }

  @AfterEach
  void restoreTheCapacityModel() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      for (JsonNode type : before) {
        List<String> overrides = new ArrayList<>();
        type.path("overrides").forEach(o -> overrides.add(o.asText()));
        root.put(
            "/media-types/" + type.path("type").asText(),
            body(
                "share", type.path("share").asInt(),
                "requiredSpare", type.path("requiredSpare").asInt(),
                "precedence", type.path("precedence").asInt(),
                "overrides", overrides));
      }
    }
  }

  private void logInAs(String role) {
    String username = "capacity." + role + "." + suffix;
    root.createUser(username, password, role, group, null);
    browser = Browser.start("en-US,en");
    Browser.open(browser, url);
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    click(By.id("loginForm:login"));
  }

  private void click(By what) {
    Browser.clickAndWaitForPage(browser, browser.findElement(what));
  }

  /** Waits for the page to show something; Ajax may replace an element while it is being read. */
  private FluentWait<WebDriver> waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class);
  }

  /** The editor's row of a media type: its fields are {@code capacityForm:policies:ROW:field}. */
  private int rowOf(String type) {
    List<WebElement> rows =
        browser.findElements(By.cssSelector("#capacityForm\\:policies_data > tr"));
    for (int row = 0; row < rows.size(); row++) {
      if (rows.get(row).findElement(By.tagName("td")).getText().startsWith(type)) {
        return row;
      }
    }
    throw new AssertionError(type + " is not in the editor");
  }

  private WebElement field(String type, String field) {
    return browser.findElement(By.id("capacityForm:policies:" + rowOf(type) + ":" + field));
  }

  private void type(String type, String field, String text) {
    WebElement input = field(type, field);
    input.clear();
    input.sendKeys(text);
  }

  private String messageOf(String type, String field) {
    return field(type, field + "Message").getText();
  }

  /** What the preview says one agent holds of that type alone. */
  private String aloneInPreview(String type) {
    for (WebElement row : browser.findElements(By.cssSelector("#capacityForm\\:alone_data > tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      if (cells.get(0).getText().equals(type)) {
        return cells.get(1).getText();
      }
    }
    throw new AssertionError(type + " is not in the preview");
  }

  private String hands() {
    return browser.findElement(By.id("capacityForm:hands")).getText();
  }

  private JsonNode stored(String type) {
    for (JsonNode stored : root.get("/media-types").body()) {
      if (stored.path("type").asText().equals(type)) {
        return stored;
      }
    }
    throw new AssertionError(type + " is not stored");
  }

  @Test
  void theSuperadminSeesTheTypedValuesInThePreviewBeforeSavingAndARefusedValueSavesNothing() {
    logInAs("superadmin");
    Browser.clickAndWaitForPage(browser, Browser.menuItem(browser, "capacityModel"));
    assertThat(browser.getTitle()).isEqualTo("Edit the media capacity model · Omniroute");
    assertThat(aloneInPreview("CHAT")).isEqualTo("4");
    assertThat(hands()).contains("3 × CHAT (used 75, spare 25)", "EMAIL (needs 100 spare)");

    type("CHAT", "share", "0");
    waiting().until(d -> messageOf("CHAT", "share").equals("Share must be between 1 and 100"));
    assertThat(browser.findElement(By.id("capacityForm:leftOut")).getText()).contains("CHAT share");
    click(By.id("capacityForm:save"));

    assertThat(messageOf("CHAT", "share")).isEqualTo("Share must be between 1 and 100");
    assertThat(stored("CHAT").path("share").asInt()).as("nothing saved").isEqualTo(25);

    type("CHAT", "share", "50");
    waiting().until(d -> aloneInPreview("CHAT").equals("2"));
    assertThat(messageOf("CHAT", "share")).isBlank();
    assertThat(hands()).contains("2 × CHAT (used 100, spare 0)").doesNotContain("3 × CHAT");
    assertThat(stored("CHAT").path("share").asInt()).as("not saved yet").isEqualTo(25);
    browser.manage().window().setSize(new Dimension(1280, 1600));
    Browser.screenshot(browser, "capacity-model");

    click(By.id("capacityForm:save"));

    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Capacity model saved: 1 media type changed (CHAT).");
    assertThat(field("CHAT", "share").getAttribute("value")).isEqualTo("50");
    assertThat(stored("CHAT").path("share").asInt()).isEqualTo(50);
    assertThat(stored("CHAT").path("requiredSpare").asInt()).isEqualTo(25);
  }

  @Test
  void twoMediaTypesSharingAPrecedenceAreWarnedAboutAsTypedAndWhenSaved() {
    int voice = stored("VOICE").path("precedence").asInt();
    int chat = stored("CHAT").path("precedence").asInt();
    assertThat(voice).as("the defaults give each type its own precedence").isNotEqualTo(chat);
    logInAs("superadmin");
    Browser.open(browser, url + "admin/capacity-model.xhtml");
    assertThat(browser.findElements(By.id("capacityForm:precedenceTies"))).isEmpty();

    type("CHAT", "precedence", String.valueOf(voice));
    String tie =
        "Precedence "
            + voice
            + " is shared by CHAT, VOICE: it does not decide which of them an agent is offered"
            + " first; priority and waiting time do. Give each its own precedence to set an order.";
    waiting().until(d -> !d.findElements(By.id("capacityForm:precedenceTies")).isEmpty());
    assertThat(browser.findElement(By.id("capacityForm:precedenceTies")).getText()).isEqualTo(tie);

    type("CHAT", "precedence", String.valueOf(chat));
    waiting().until(d -> d.findElements(By.id("capacityForm:precedenceTies")).isEmpty());

    type("CHAT", "precedence", String.valueOf(voice));
    waiting().until(d -> !d.findElements(By.id("capacityForm:precedenceTies")).isEmpty());
    click(By.id("capacityForm:save"));

    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Capacity model saved: 1 media type changed (CHAT).")
        .contains("Saved with a shared precedence. " + tie);
    assertThat(browser.findElement(By.id("capacityForm:precedenceTies")).getText()).isEqualTo(tie);
    assertThat(stored("CHAT").path("precedence").asInt()).isEqualTo(voice);
  }

  @Test
  void leavingTheEditorWithUnsavedChangesAsksFirstAndStaysWhenTheAnswerIsNo() {
    int share = stored("CHAT").path("share").asInt();
    logInAs("superadmin");
    Browser.open(browser, url + "admin/capacity-model.xhtml");
    leaveByTheMenu();
    assertThat(browser.getTitle())
        .as("nothing typed: no question")
        .isEqualTo("Campaigns · Omniroute");

    Browser.open(browser, url + "admin/capacity-model.xhtml");
    type("CHAT", "share", String.valueOf(share == 50 ? 40 : 50));
    Browser.waitForAjax(browser);
    leaveByTheMenu();
    Alert question =
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(ExpectedConditions.alertIsPresent());
    assertThat(question.getText())
        .isEqualTo("The capacity model has unsaved changes. Leave this page and lose them?");
    question.dismiss();

    assertThat(browser.getTitle()).isEqualTo("Edit the media capacity model · Omniroute");
    assertThat(field("CHAT", "share").getAttribute("value"))
        .isEqualTo(String.valueOf(share == 50 ? 40 : 50));

    leaveByTheMenu();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Campaigns · Omniroute"));
    assertThat(stored("CHAT").path("share").asInt()).as("nothing saved").isEqualTo(share);
  }

  /** Follows the console's link to the campaign list, wherever the menu shows it. */
  private void leaveByTheMenu() {
    WebElement link =
        browser.findElement(By.cssSelector("#menuForm a[href*='admin/campaigns/list']"));
    if (link.isDisplayed()) {
      link.click();
    } else {
      ((JavascriptExecutor) browser).executeScript("arguments[0].click()", link);
    }
    try {
      new WebDriverWait(browser, Duration.ofSeconds(5))
          .until(
              d ->
                  ExpectedConditions.alertIsPresent().apply(d) != null
                      || d.getTitle().equals("Campaigns · Omniroute"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("neither a question nor the campaign list: " + browser.getTitle());
    }
  }

  @Test
  void aChangeSomeoneElseMadeMeanwhileIsNeitherOverwrittenNorHalfSaved() {
    logInAs("superadmin");
    Browser.open(browser, url + "admin/capacity-model.xhtml");
    JsonNode messenger = stored("MESSENGER");
    root.put(
        "/media-types/MESSENGER",
        body(
            "share", 20,
            "requiredSpare", messenger.path("requiredSpare").asInt(),
            "precedence", messenger.path("precedence").asInt(),
            "overrides", List.of()));

    type("SMS", "precedence", "7");
    type("MESSENGER", "share", "30");
    waiting().until(d -> aloneInPreview("MESSENGER").equals("3"));
    click(By.id("capacityForm:save"));

    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Nothing was saved: someone else changed MESSENGER since you opened this page.");
    assertThat(field("MESSENGER", "changedElsewhere").getText())
        .isEqualTo("Changed by someone else");
    assertThat(stored("MESSENGER").path("share").asInt()).as("theirs kept").isEqualTo(20);
    assertThat(stored("SMS").path("precedence").asInt()).as("nothing half-saved").isEqualTo(5);

    click(By.id("capacityForm:discard"));

    assertThat(field("MESSENGER", "share").getAttribute("value")).isEqualTo("20");
  }

  @Test
  void anAdminReachesTheEditorNeitherByTheMenuNorByItsAddress() {
    logInAs("admin");

    assertThat(
            browser.findElement(By.cssSelector("a#menuForm\\:capacityModel")).getAttribute("href"))
        .endsWith("/routing/index.xhtml");
    assertThat(browser.findElements(By.id("editCapacityModel"))).isEmpty();

    Browser.open(browser, url + "admin/capacity-model.xhtml");

    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Your roles do not allow this page. Nothing was shown or changed.");
    assertThat(browser.findElements(By.id("capacityForm"))).isEmpty();
  }
}
