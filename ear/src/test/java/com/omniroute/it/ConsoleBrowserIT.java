package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The console in a real browser (headless Chromium): login, logout, lock-out and languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final String url = ApiClient.routingUrl();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriver browser(String acceptLanguage) {
    browser = Browser.start(acceptLanguage);
    return browser;
  }

  private void logIn(String username, String password) {
    browser.findElement(By.id("loginForm:username")).clear();
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    click(By.id("loginForm:login"));
  }

  private void click(By what) {
    Browser.clickAndWaitForPage(browser, browser.findElement(what));
  }

  private String messages() {
    return browser.findElement(By.id("messages")).getText();
  }

  /** A new admin user with a password of its own, so no test locks out another's user. */
  private String newUser(String password) {
    String username = "console." + suffix;
    long group =
        ApiClient.superadmin().post("/security-groups", body("name", "Console " + suffix)).id();
    ApiClient.superadmin().createUser(username, password, "admin", group, null);
    return username;
  }

  @Test
  void anUnauthenticatedVisitOfTheConsoleLandsOnTheLoginPage() {
    Browser.open(browser("en-US,en"), url);

    assertThat(browser.getCurrentUrl()).endsWith("/routing/login.xhtml");
    assertThat(browser.getTitle()).isEqualTo("Log in · Omniroute");
    assertThat(browser.findElements(By.id("menuForm"))).isEmpty();
    Browser.screenshot(browser, "login");
  }

  @Test
  void loginShowsTheCapacityModelAndLogoutEndsTheSession() {
    Browser.open(browser("en-US,en"), url);
    logIn("admin", ApiClient.adminPassword());

    assertThat(browser.getTitle()).isEqualTo("Media capacity model · Omniroute");
    assertThat(browser.findElement(By.id("menuForm:currentUser")).getText()).isEqualTo("admin");
    assertThat(Browser.menuText(browser)).contains("Capacity model");
    assertThat(browser.findElements(By.cssSelector("#capacityPolicies tbody tr")))
        .hasSizeGreaterThanOrEqualTo(6);
    Browser.screenshot(browser, "home");
    String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

    click(By.id("menuForm:logout"));

    assertThat(browser.getCurrentUrl()).contains("/routing/login.xhtml");
    assertThat(messages()).contains("You have logged out.");
    Browser.open(browser, url);
    assertThat(browser.getCurrentUrl()).endsWith("/routing/login.xhtml");
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
        .isNotEqualTo(sessionBefore);
  }

  @Test
  void loginGivesANewSessionId() {
    Browser.open(browser("en"), url);
    String beforeLogin = browser.manage().getCookieNamed("JSESSIONID").getValue();

    logIn("admin", ApiClient.adminPassword());

    assertThat(browser.getTitle()).isEqualTo("Media capacity model · Omniroute");
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(beforeLogin);
  }

  @Test
  void aFailedLoginSaysSoWithoutRevealingWhetherTheUserExists() {
    String username = newUser("right-" + suffix);
    Browser.open(browser("en"), url);

    logIn(username, "wrong-password");
    String knownUser = messages();
    logIn("nobody." + suffix, "wrong-password");
    String unknownUser = messages();

    assertThat(browser.getCurrentUrl()).contains("/routing/login.xhtml");
    assertThat(browser.getTitle()).isEqualTo("Log in · Omniroute");
    assertThat(knownUser).isEqualTo("The username or password is not correct.");
    assertThat(unknownUser).isEqualTo(knownUser);
  }

  @Test
  void fiveFailuresInARowLockTheUsernameOutOfTheConsoleAndTheApi() {
    String password = "right-" + suffix;
    String username = newUser(password);
    Browser.open(browser("en"), url);

    for (int failure = 1; failure < 5; failure++) {
      logIn(username, "wrong-" + failure);
      assertThat(messages()).isEqualTo("The username or password is not correct.");
    }
    logIn(username, "wrong-5");
    assertThat(messages()).isEqualTo("Too many failed attempts: try again in 1 minutes.");

    logIn(username, password);
    assertThat(browser.getTitle()).isEqualTo("Log in · Omniroute");
    assertThat(messages()).isEqualTo("Too many failed attempts: try again in 1 minutes.");
    assertThat(ApiClient.as(username, password).get("/campaigns").status()).isEqualTo(401);
  }

  @Test
  void theLanguageFollowsTheBrowserAndTheSwitchForTheWholeSession() {
    Browser.open(browser("es-ES,es;q=0.9,en;q=0.5"), url);
    assertThat(browser.getTitle()).isEqualTo("Iniciar sesión · Omniroute");
    assertThat(browser.findElement(By.cssSelector("label[for='loginForm:username']")).getText())
        .startsWith("Usuario");

    click(By.cssSelector("a[data-language='pt']"));
    assertThat(browser.getTitle()).isEqualTo("Iniciar sessão · Omniroute");
    logIn("admin", ApiClient.adminPassword());

    assertThat(browser.getTitle()).isEqualTo("Modelo de capacidade de canais · Omniroute");
    assertThat(browser.findElement(By.id("menuForm:logout")).getText())
        .isEqualTo("Terminar sessão");
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("pt");

    click(By.cssSelector("a[data-language='es']"));
    assertThat(browser.getTitle()).isEqualTo("Modelo de capacidad de medios · Omniroute");
    assertThat(Browser.menuText(browser)).contains("Configuración", "Modelo de capacidad");

    click(By.cssSelector("a[data-language='en']"));
    assertThat(browser.getTitle()).isEqualTo("Media capacity model · Omniroute");
  }

  @Test
  void logoutAndTheLanguageSwitchWorkOnTheNotAllowedPageAndThePickedLanguageOutlivesTheSession() {
    String login = "desk." + suffix;
    String password = "desk-pass-" + suffix;
    long group =
        ApiClient.superadmin().post("/security-groups", body("name", "Desk " + suffix)).id();
    ApiClient.superadmin().createDesk(group, "Desk " + suffix, login, password);
    Browser.open(browser("en-US,en"), url);
    logIn(login, password);

    Browser.open(browser, url + "admin/users/list.xhtml");
    assertThat(browser.getTitle()).isEqualTo("Not allowed · Omniroute");
    click(By.cssSelector("a[data-language='pt']"));
    assertThat(browser.getTitle()).isEqualTo("Não permitido · Omniroute");
    assertThat(browser.findElement(By.id("menuForm:currentUser")).getText()).isEqualTo(login);
    String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

    click(By.id("menuForm:logout"));

    assertThat(browser.getCurrentUrl()).contains("/routing/login.xhtml");
    assertThat(browser.getTitle()).as("still Portuguese").isEqualTo("Iniciar sessão · Omniroute");
    assertThat(messages()).contains("Terminou a sessão.");
    Browser.open(browser, url + "agent/desk.xhtml");
    assertThat(browser.getCurrentUrl()).as("the session ended").endsWith("/routing/login.xhtml");
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
        .isNotEqualTo(sessionBefore);
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("pt");
  }

  @Test
  void theLanguageChosenBeforeLoggingOutFromAnyPageIsTheLoginPagesLanguage() {
    Browser.open(browser("en-US,en"), url);
    logIn("admin", ApiClient.adminPassword());
    click(By.cssSelector("a[data-language='es']"));
    click(By.id("menuForm:logout"));

    assertThat(browser.getTitle()).isEqualTo("Iniciar sesión · Omniroute");
    browser.manage().deleteCookieNamed("JSESSIONID");
    Browser.open(browser, url);
    assertThat(browser.getTitle()).as("a new session too").isEqualTo("Iniciar sesión · Omniroute");
  }

  @Test
  void theMenuIsInGroupsOnOneLineAt1440PixelsInEachLanguage() {
    browser("en-US,en").manage().window().setSize(new Dimension(1440, 900));
    Browser.open(browser, url);
    logIn("admin", ApiClient.adminPassword());

    for (String language : List.of("en", "es", "pt")) {
      click(By.cssSelector("a[data-language='" + language + "']"));
      List<WebElement> top = browser.findElements(By.cssSelector("[id='menuForm:menu'] > ul > li"));
      assertThat(top).as(language + ": the groups").hasSizeGreaterThanOrEqualTo(3);
      int line = top.get(0).getRect().getY();
      assertThat(top).as(language).allMatch(item -> item.getRect().getY() == line);
      assertThat(browser.findElement(By.cssSelector("header")).getRect().getHeight())
          .as(language + ": the header is one line (two were about 100 px)")
          .isLessThan(80);
      if (language.equals("en")) {
        assertThat(top)
            .extracting(WebElement::getText)
            .containsExactly("Configuration", "Access", "Supervision");
      }
    }
    Browser.clickAndWaitForPage(browser, Browser.menuItem(browser, "securityGroups"));
    assertThat(browser.getCurrentUrl()).contains("/admin/security-groups/list.xhtml");
  }
}
