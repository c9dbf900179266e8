package com.omniroute.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the browser tests: Debian's headless Chromium driven by Debian's chromedriver
 * (package {@code chromium-driver}), named explicitly so that Selenium Manager never tries to
 * download a driver on this closed network.
 */
public final class Browser {

  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** How long a lookup waits for an element to appear. */
  static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

  private Browser() {}

  /** A new headless Chromium asking for pages in the given languages (Accept-Language). */
  public static WebDriver start(String acceptLanguage) {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption(
        "prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
    // The console's messages, where Chromium reports what the content security policy blocked.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    return driver;
  }

  private static String chromium() {
    for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("Debian's chromium is not installed: apt-get install chromium");
  }

  /**
   * Whether the page has loaded and PrimeFaces has started on it, as a person sees it before
   * clicking. Under the content security policy PrimeFaces gives each form the page's nonce, which
   * every request must carry, in its start-up script; jQuery runs that script asynchronously, and
   * on a loaded machine a test could click before it ran. A page without PrimeFaces, or without the
   * policy, has only to be loaded.
   */
  private static final String PAGE_STARTED =
      "return document.readyState === 'complete' && (!window.PrimeFaces"
          + " || !document.querySelector('script[nonce]') || PrimeFaces.csp.NONCE_VALUE !== '')";

  /**
   * Opens a console page and waits until it has started (see {@link #PAGE_STARTED}) and carries its
   * title: every console page has one. ChromeDriver's {@code get} returned once, on a loaded CI
   * machine, before the login page's title was there; a page that never gets one fails here with
   * its source, which says what the server sent instead.
   */
  public static void open(WebDriver driver, String url) {
    driver.get(url);
    JavascriptExecutor script = (JavascriptExecutor) driver;
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  Boolean.TRUE.equals(
                      script.executeScript(PAGE_STARTED + " && document.title.length > 0;")));
    } catch (org.openqa.selenium.TimeoutException e) {
      String source = driver.getPageSource();
      throw new AssertionError(
          "The page "
              + driver.getCurrentUrl()
              + " (opened as "
              + url
              + ") has not started or has no title after 15 s; its source: "
              + source.substring(0, Math.min(source.length(), 3_000)),
          e);
    }
  }

  /**
   * Makes every page of this browser start late, as on a loaded machine: callbacks that a page
   * schedules with no delay before it has loaded (among them jQuery's ready callbacks, and so
   * PrimeFaces' start-up script) run 800 ms late, after the window's load event and after a
   * websocket the page opens. Chromium injects the script into each new document before the page's
   * own scripts, whatever the page's content security policy.
   */
  public static void startPagesLate(WebDriver driver) {
    String delay =
        """
        (function () {
          var setTimeout = window.setTimeout;
          window.setTimeout = function (callback, delay) {
            var rest = Array.prototype.slice.call(arguments, 2);
            if (!delay && document.readyState !== 'complete') {
              return setTimeout.apply(window, [callback, 800].concat(rest));
            }
            return setTimeout.apply(window, arguments);
          };
        })();
        """;
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", delay));
  }

  /**
   * What the content security policy blocked since the last call, as Chromium's console reported it
   * ("Refused to execute inline script ...", "Refused to load the script ...").
   */
  public static java.util.List<String> policyViolations(WebDriver driver) {
    java.util.List<String> errors =
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .toList();
    // Whatever went wrong in the page's scripts, for the test's output: it explains a failure.
    errors.forEach(e -> System.out.println("Browser console: " + e));
    return errors.stream().filter(m -> m.contains("Content Security Policy")).toList();
  }

  /**
   * Clicks something that loads a new page, and waits until the new page has started (see {@link
   * #PAGE_STARTED}). The old page is marked by a property on its window, which the new page's
   * window does not have. (Waiting for the old {@code html} element to go stale is not enough:
   * while the page is being replaced, chromedriver may answer "Node with given id does not belong
   * to the document", an unknown error rather than a stale element.)
   */
  public static void clickAndWaitForPage(WebDriver driver, WebElement element) {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    script.executeScript("window.omnirouteOldPage = true;");
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    script.executeScript(PAGE_STARTED + " && !window.omnirouteOldPage;")));
  }

  /** Waits until PrimeFaces has no Ajax request queued or running. */
  public static void waitForAjax(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0));")));
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a user does: open it, click the
   * option. On a slow machine a click while the panel is still opening is lost, so it is repeated
   * until the menu shows the option, opening the panel again if it did not open.
   */
  public static void selectOption(WebDriver driver, String menuId, String option) {
    WebElement label = driver.findElement(By.id(menuId + "_label"));
    driver.findElement(By.id(menuId)).click();
    long[] menuClicked = {System.nanoTime()};
    By item =
        By.cssSelector(
            "[id='" + menuId + "_items'] li[data-label='" + option.replace("'", "\\'") + "']");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              if (!label.getText().equals(option)) {
                List<WebElement> shown = d.findElements(item);
                if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
                  shown.get(0).click();
                } else if (System.nanoTime() - menuClicked[0] > Duration.ofSeconds(2).toNanos()) {
                  // Still closed 2 s after the click, far longer than it takes to open: the click
                  // came before the widget was ready, and is repeated.
                  d.findElement(By.id(menuId)).click();
                  menuClicked[0] = System.nanoTime();
                }
              }
              return label.getText().equals(option);
            });
  }

  /**
   * A menu item's link, by its id in {@code menu.xhtml}. An item inside one of the menu's groups is
   * shown first by pointing at the group, as a user does.
   */
  public static WebElement menuItem(WebDriver driver, String item) {
    WebElement link =
        driver.findElement(By.cssSelector("#menuForm\\:" + item + " a, a#menuForm\\:" + item));
    if (!link.isDisplayed()) {
      WebElement group =
          link.findElement(
              By.xpath(
                  "ancestor::li[contains(@class,'ui-menu-parent')][last()]"
                      + "/a[contains(@class,'ui-menuitem-link')]"));
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(
              d -> {
                if (!link.isDisplayed()) {
                  new Actions(d).moveToElement(group).perform();
                }
                return link.isDisplayed();
              });
    }
    return link;
  }

  /** The text of the menu bar, with the items of its groups that are not open. */
  public static String menuText(WebDriver driver) {
    return driver
        .findElement(By.id("menuForm:menu"))
        .getAttribute("textContent")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Saves what the browser shows as {@code docs/screenshots/<name>.png} of the repository. */
  public static void screenshot(WebDriver driver, String name) {
    Path folder = Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));
    try {
      Files.createDirectories(folder);
      Files.write(
          folder.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
