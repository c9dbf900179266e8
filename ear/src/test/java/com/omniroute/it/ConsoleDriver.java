package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's console in a headless browser, in English unless asked otherwise: the steps the
 * console tests repeat (log in, open a page, type, click, confirm a dialog, wait for an Ajax
 * answer). Elements are named by their Faces client ids, such as {@code agentForm:name}.
 */
final class ConsoleDriver implements AutoCloseable {

  private static final Duration AJAX = Duration.ofSeconds(15);

  private final WebDriver browser;
  private final String url = ApiClient.routingUrl();

  private ConsoleDriver(WebDriver browser) {
    this.browser = browser;
  }

  /** A new browser, logged in with the given credentials and showing the first page after it. */
  static ConsoleDriver logIn(String username, String password) {
    return logIn(username, password, "en-US,en");
  }

  /** {@link #logIn(String, String)} in a browser asking for the given languages. */
  static ConsoleDriver logIn(String username, String password, String acceptLanguage) {
    return logIn(username, password, acceptLanguage, browser -> {});
  }

  /**
   * {@link #logIn(String, String, String)} in a browser first prepared by the given step, such as
   * {@link Browser#startPagesLate}.
   */
  static ConsoleDriver logIn(
      String username, String password, String acceptLanguage, Consumer<WebDriver> prepare) {
    ConsoleDriver console = new ConsoleDriver(Browser.start(acceptLanguage));
    prepare.accept(console.browser);
    Browser.open(console.browser, console.url);
    console.type("loginForm:username", username);
    console.browser.findElement(By.name("loginForm:password")).sendKeys(password);
    console.click("loginForm:login");
    return console;
  }

  /** The superadmin's console. */
  static ConsoleDriver superadmin() {
    return logIn("admin", ApiClient.adminPassword());
  }

  WebDriver browser() {
    return browser;
  }

  /** Opens a page by its path under the console, as if typed in the address bar. */
  void open(String path) {
    Browser.open(browser, url + path);
  }

  String title() {
    return browser.getTitle();
  }

  /** The text of the menu bar, with the items of its groups that are not open. */
  String menu() {
    return Browser.menuText(browser);
  }

  /** Follows a menu item, by its id in {@code menu.xhtml}, opening its group first. */
  void menu(String item) {
    Browser.clickAndWaitForPage(browser, Browser.menuItem(browser, item));
  }

  /** Clicks what loads a new page, and waits for it. */
  void click(String id) {
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id(id)));
  }

  /** Clicks a link by its text, and waits for the new page. */
  void clickLink(String text) {
    Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText(text)));
  }

  /** Clears an input and types into it. */
  void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Chooses an option of a PrimeFaces select-one menu by its label. */
  void select(String menu, String label) {
    Browser.selectOption(browser, menu, label);
  }

  /**
   * Picks a suggestion of a PrimeFaces auto-complete by its value. Tries again while the
   * suggestions are being replaced (a slow machine may send one search per keystroke).
   */
  void choose(String autoComplete, String value) {
    By item =
        By.cssSelector(
            "[id='" + autoComplete + "_panel'] li[data-item-value=" + quoted(value) + "]");
    new WebDriverWait(browser, AJAX)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(item).click();
              return value.equals(value(autoComplete + "_input"));
            });
  }

  /** Ticks a checkbox of a PrimeFaces select-many list by its label. */
  void tick(String list, String label) {
    browser
        .findElement(
            By.xpath("//*[@id='" + list + "']//label[normalize-space()=" + quoted(label) + "]"))
        .click();
  }

  /** Ticks an option of a PrimeFaces checkbox menu by its label, and closes the menu. */
  void tickInMenu(String menu, String label) {
    browser.findElement(By.id(menu)).click();
    new WebDriverWait(browser, AJAX)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='"
                        + menu
                        + "_panel']//li[normalize-space()="
                        + quoted(label)
                        + "]//div[contains(@class,'ui-chkbox-box')]")))
        .click();
    browser.findElement(By.tagName("h1")).click();
  }

  /** The text of the table row that links the given text. */
  String row(String table, String linkText) {
    return rowElement(table, linkText).getText();
  }

  /** Clicks a button, by the last part of its id, in the table row that links the given text. */
  void clickInRow(String table, String linkText, String button) {
    rowElement(table, linkText).findElement(By.cssSelector("[id$=':" + button + "']")).click();
  }

  private WebElement rowElement(String table, String linkText) {
    return browser.findElement(
        By.xpath(
            "//*[@id='" + table + "_data']/tr[.//a[normalize-space()=" + quoted(linkText) + "]]"));
  }

  /** An XPath or CSS string literal; the tests' texts have no apostrophes. */
  private static String quoted(String text) {
    return "'" + text + "'";
  }

  /**
   * The visible text of an element, empty when it shows nothing. Asks again if an Ajax update or a
   * push replaced the element between finding and reading it.
   */
  String text(String id) {
    return text(By.id(id));
  }

  /** {@link #text(String)} of the element found so, such as a row of a pushed table. */
  String text(By what) {
    return whileRedrawn(what, 5, WebElement::getText);
  }

  /** An attribute of the element, asking again if a redraw replaced it meanwhile. */
  String attribute(By what, String name) {
    return whileRedrawn(what, 5, element -> element.getAttribute(name));
  }

  /** Whether a button or input is enabled, asking again if a redraw replaced it meanwhile. */
  boolean enabled(String id) {
    return whileRedrawn(By.id(id), 5, WebElement::isEnabled);
  }

  /**
   * Clicks a button that a push or an Ajax update may redraw at any moment (the simulator's Start
   * and Stop, the dashboard's rows), looking it up again when it was replaced; no new page is
   * waited for.
   */
  void press(String id) {
    press(By.id(id));
  }

  /** {@link #press(String)} of the element found so. */
  void press(By what) {
    whileRedrawn(
        what,
        10,
        button -> {
          button.click();
          return null;
        });
  }

  /** Finds the element and acts on it, finding it again while a redraw keeps replacing it. */
  private <T> T whileRedrawn(By what, int attempts, Function<WebElement, T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.apply(browser.findElement(what));
      } catch (StaleElementReferenceException replaced) {
        if (attempt == attempts) {
          throw replaced;
        }
      }
    }
  }

  /** The value of an input as the page shows it. */
  String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  /** The page's messages above the content. */
  String messages() {
    return text("messages");
  }

  /**
   * Whether the page as loaded has the element; asks at once rather than waiting for it to appear,
   * since the answer is mostly no.
   */
  boolean has(String id) {
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return !browser.findElements(By.id(id)).isEmpty();
    } finally {
      browser.manage().timeouts().implicitlyWait(Browser.IMPLICIT_WAIT);
    }
  }

  /** Clicks an Ajax button that asks first, and answers the form's confirmation dialog. */
  void clickAndConfirm(String button, boolean yes) {
    String form = button.substring(0, button.indexOf(':'));
    browser.findElement(By.id(button)).click();
    WebElement answer =
        new WebDriverWait(browser, AJAX)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.id(form + (yes ? ":confirmYes" : ":confirmNo"))));
    answer.click();
  }

  /** The texts of the elements the CSS selector finds, in page order. */
  List<String> texts(String cssSelector) {
    return browser.findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until the condition holds, as Ajax updates the page. */
  void waitUntil(Function<ConsoleDriver, Boolean> condition) {
    new WebDriverWait(browser, AJAX)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.apply(this));
  }

  /** Saves a screenshot as {@code docs/screenshots/<name>.png}. */
  void screenshot(String name) {
    Browser.screenshot(browser, name);
  }

  void logOut() {
    click("menuForm:logout");
  }

  /**
   * Ends the browser, after checking that no script or handler of the pages it showed was blocked
   * by the content security policy: a page that needs one blocked would be broken for users.
   */
  @Override
  public void close() {
    try {
      assertThat(Browser.policyViolations(browser)).as("scripts the CSP blocked").isEmpty();
    } finally {
      browser.quit();
    }
  }
}
