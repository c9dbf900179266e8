package com.omniroute.load;

import static com.omniroute.it.ApiClient.body;

import com.omniroute.it.ApiClient;
import com.omniroute.it.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures what the traffic simulator pushes through the routing engine, with persistence, on a
 * running server: for each requested arrival rate, a fresh security group with chat campaigns and
 * agents (members of two campaigns each, no user linked, so all are simulated) and a supervisor,
 * who starts the simulator on the simulator page in headless Chromium, lets it run, reads the
 * status panel (achieved arrivals per second, arrival-to-offer latency of those offered at once)
 * and stops it. Prints a Markdown table.
 *
 * <p>Not a test: nothing runs it in {@code ./mvnw verify}. Run it with the {@code simulator-load}
 * profile (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Psimulator-load package -DskipTests -Dload.url=http://localhost:8080/routing/ \
 *     -Dload.adminPassword=SUPERADMIN_PASSWORD
 * </pre>
 *
 * Properties: {@code load.url}, {@code load.adminPassword}, {@code load.rates} (total arrivals per
 * second to request, comma-separated), {@code load.seconds} (run time per rate), {@code
 * load.agents}, {@code load.campaigns}, {@code load.handlingSeconds} (mean handling time).
 */
public final class SimulatorLoad {

  private final String url = System.getProperty("load.url", "http://localhost:8080/routing/");
  private final ApiClient superadmin =
      ApiClient.at(url, "admin", System.getProperty("load.adminPassword"));
  private final String[] rates = System.getProperty("load.rates", "5,20,50,100,200,400").split(",");
  private final int seconds = Integer.getInteger("load.seconds", 30);
  private final int agents = Integer.getInteger("load.agents", 300);
  private final int campaigns = Integer.getInteger("load.campaigns", 10);
  private final String handlingSeconds = System.getProperty("load.handlingSeconds", "3");
  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new SimulatorLoad().run();
  }

  private void run() throws Exception {
    String loadBefore = loadAverage();
    for (String rate : rates) {
      rows.add(step(Double.parseDouble(rate.strip())));
      System.out.println(rows.get(rows.size() - 1));
    }
    System.out.println();
    System.out.println(
        "| requested arrivals/s | achieved arrivals/s | arrivals | offered at once | arrival to"
            + " offer p50 / p95 / max | refused steps |");
    System.out.println("| ---: | ---: | ---: | ---: | --- | ---: |");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("Load average before: " + loadBefore + "; after: " + loadAverage());
  }

  /** One rate on a fresh group, so that no queue left by the previous rate inflates this one. */
  private String step(double perSecond) throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long group = superadmin.post("/security-groups", body("name", "Simulator load " + tag)).id();
    String username = "simload." + tag;
    String password = "load-" + tag + "-Secret1";
    superadmin.createUser(username, password, "supervisor", group, null);
    List<Long> campaignIds = new ArrayList<>();
    for (int c = 0; c < campaigns; c++) {
      campaignIds.add(
          superadmin
              .post(
                  "/campaigns",
                  body(
                      "name",
                      "Load chat " + tag + " " + c,
                      "mediaType",
                      "CHAT",
                      "securityGroupId",
                      group,
                      "wrapUpSeconds",
                      0,
                      "offerTimeoutSeconds",
                      600))
              .id());
    }
    for (int a = 0; a < agents; a++) {
      long agent =
          superadmin
              .post(
                  "/agents",
                  body(
                      "name", "Load agent " + tag + " " + a,
                      "login", "load" + a + "." + tag,
                      "securityGroupId", group))
              .id();
      for (int k = 0; k < 2; k++) {
        superadmin.put(
            "/campaigns/" + campaignIds.get((a + k) % campaigns) + "/members/" + agent,
            body("penalty", k));
      }
    }
    WebDriver browser = Browser.start("en-US,en");
    try {
      browser.get(url);
      browser.findElement(By.id("loginForm:username")).sendKeys(username);
      browser.findElement(By.name("loginForm:password")).sendKeys(password);
      browser.findElement(By.id("loginForm:login")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> d.findElements(By.id("menuForm:menu")).size() > 0);
      browser.get(url + "live/simulator.xhtml");
      String perMinute = String.valueOf(perSecond * 60 / campaigns);
      for (var input : browser.findElements(By.cssSelector("input[id$=':rate']"))) {
        input.clear();
        input.sendKeys(perMinute);
      }
      for (var input : browser.findElements(By.cssSelector("input[id$=':meanSeconds']"))) {
        input.clear();
        input.sendKeys(handlingSeconds);
      }
      browser.findElement(By.id("settingsForm:start")).click();
      Browser.waitForAjax(browser);
      try {
        Thread.sleep(seconds * 1000L);
        List<String> figures = figures(browser);
        return String.format(
            "| %.0f | %s | %s | %s | %s | %s |",
            perSecond,
            figures.get(0),
            figures.get(1),
            figures.get(2),
            figures.get(3),
            figures.get(4));
      } finally {
        browser.findElement(By.id("settingsForm:stop")).click();
        Browser.waitForAjax(browser);
        new WebDriverWait(browser, Duration.ofMinutes(3))
            .until(d -> figures(d).get(5).equals("Stopped"));
      }
    } finally {
      browser.quit();
    }
  }

  /**
   * The status panel's figures in one script call: the push re-renders the panel every second, so
   * reading them one by one may meet a replaced element or mix two pushes.
   */
  @SuppressWarnings("unchecked")
  private static List<String> figures(WebDriver browser) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return ['arrivalsPerSecond', 'arrivals', 'offeredAtOnce', 'latency', 'failures',"
                    + " 'phase'].map(id => document.getElementById('statusForm:' + id)"
                    + ".textContent.trim());");
  }

  /** The machine's load averages (1, 5, 15 min) where Linux tells them, to judge the figures. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
