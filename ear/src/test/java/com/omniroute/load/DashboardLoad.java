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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Seeds one security group with campaigns that each have members and a day of interactions (some
 * abandoned, the rest waiting) through the REST API of a running server, then opens the supervisor
 * dashboard in headless Chromium as a supervisor of that group and times the refreshes the server's
 * push causes: each one's Ajax round trip (Resource Timing of the {@code dashboard.xhtml} requests:
 * server, network and nothing of the DOM update). Prints count, median and 95th percentile.
 *
 * <p>Not a test: nothing runs it in {@code ./mvnw verify}. Run it with the {@code dashboard-load}
 * profile against a server of your choice (see {@code docs/live.md}):
 *
 * <pre>
 * ./mvnw -Pdashboard-load package -DskipTests -Dload.url=http://localhost:8080/routing/ \
 *     -Dload.adminPassword=SUPERADMIN_PASSWORD
 * </pre>
 *
 * Properties: {@code load.url}, {@code load.adminPassword}, {@code load.campaigns} (50), {@code
 * load.interactions} per campaign (40), {@code load.abandoned} of them per campaign (15), {@code
 * load.members} per campaign (2), {@code load.seconds} of pushes to time (60), {@code load.threads}
 * (seeding clients, 4).
 */
public final class DashboardLoad {

  private final String url = System.getProperty("load.url", "http://localhost:8080/routing/");
  private final int campaigns = Integer.getInteger("load.campaigns", 50);
  private final int interactions = Integer.getInteger("load.interactions", 40);
  private final int abandoned = Integer.getInteger("load.abandoned", 15);
  private final int members = Integer.getInteger("load.members", 2);
  private final int seconds = Integer.getInteger("load.seconds", 60);
  private final int threads = Integer.getInteger("load.threads", 4);
  private final ApiClient superadmin =
      ApiClient.at(url, "admin", System.getProperty("load.adminPassword"));
  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "load-" + tag;

  public static void main(String[] args) throws Exception {
    new DashboardLoad().run();
  }

  private void run() throws Exception {
    seed();
    String loadBefore = loadAverage();
    WebDriver browser = Browser.start("en-US,en");
    List<Double> refreshes;
    try {
      browser.get(url);
      browser.findElement(By.id("loginForm:username")).sendKeys("supervisor." + tag);
      browser.findElement(By.name("loginForm:password")).sendKeys(password);
      Browser.clickAndWaitForPage(browser, browser.findElement(By.id("loginForm:login")));
      if (!browser.getTitle().startsWith("Supervisor dashboard")) {
        throw new IllegalStateException("Not on the dashboard: " + browser.getTitle());
      }
      JavascriptExecutor script = (JavascriptExecutor) browser;
      script.executeScript("performance.setResourceTimingBufferSize(10000);");
      Thread.sleep(Duration.ofSeconds(seconds).toMillis());
      refreshes = new ArrayList<>();
      for (Object duration :
          (List<?>)
              script.executeScript(
                  "return performance.getEntriesByType('resource')"
                      + ".filter(e => e.name.indexOf('dashboard.xhtml') >= 0)"
                      + ".map(e => e.duration);")) {
        refreshes.add(((Number) duration).doubleValue());
      }
    } finally {
      browser.quit();
    }
    refreshes.sort(null);
    System.out.printf(
        "%n| campaigns | interactions today | refreshes timed | median (ms) | 95th percentile (ms)"
            + " |%n| --- | --- | --- | --- | --- |%n| %d | %d | %d | %.0f | %.0f |%n",
        campaigns,
        campaigns * interactions,
        refreshes.size(),
        percentile(refreshes, 50),
        percentile(refreshes, 95));
    System.out.printf("Load average before: %s; after: %s%n", loadBefore, loadAverage());
  }

  private void seed() throws Exception {
    long group = superadmin.post("/security-groups", body("name", "Dashboard load " + tag)).id();
    superadmin.createUser("supervisor." + tag, password, "supervisor", group, null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> seeded = new ArrayList<>();
      for (int c = 0; c < campaigns; c++) {
        int number = c;
        seeded.add(pool.submit(() -> seedCampaign(group, number)));
      }
      for (Future<?> campaign : seeded) {
        campaign.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf(
        "Seeded %d campaigns with %d members and %d interactions each (%d abandoned)%n",
        campaigns, members, interactions, abandoned);
  }

  private void seedCampaign(long group, int number) {
    long campaign =
        created(
            superadmin.post(
                "/campaigns",
                body(
                    "name",
                    String.format("Load %s %03d", tag, number),
                    "mediaType",
                    "VOICE",
                    "securityGroupId",
                    group,
                    "offerTimeoutSeconds",
                    600,
                    "wrapUpSeconds",
                    0)));
    for (int m = 0; m < members; m++) {
      long agent =
          created(
              superadmin.post(
                  "/agents",
                  body(
                      "name",
                      "Agent " + number + "-" + m + " " + tag,
                      "login",
                      "load." + tag + "." + number + "." + m,
                      "securityGroupId",
                      group)));
      superadmin.put("/campaigns/" + campaign + "/members/" + agent, body("penalty", m));
    }
    for (int i = 0; i < interactions; i++) {
      long interaction =
          created(
              superadmin.post(
                  "/interactions",
                  body("campaignId", campaign, "customer", "c" + number + "-" + i)));
      if (i < abandoned) {
        superadmin.post("/interactions/" + interaction + "/abandon", null);
      }
    }
  }

  private static long created(ApiClient.Answer answer) {
    if (answer.status() != 201) {
      throw new IllegalStateException("Not created: " + answer.raw());
    }
    return answer.id();
  }

  private static double percentile(List<Double> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
