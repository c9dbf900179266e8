package com.omniroute.load;

import static com.omniroute.it.ApiClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient;
import com.omniroute.it.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Seeds a contact centre of console size (5,000 agents, 500 campaigns of 50 to 200 members each) in
 * one security group through the REST API of a running server, then times, in headless Chromium
 * logged in as an admin of that group, the members screen and the campaign list: full page loads
 * (Navigation Timing) and Ajax round trips (from PrimeFaces' {@code pfAjaxSend} to its {@code
 * pfAjaxComplete}, so including the server, the network and the DOM update). Prints the median and
 * 95th percentile of each action as a Markdown table.
 *
 * <p>Not a test: nothing runs it in {@code ./mvnw verify}. Run it with the {@code console-load}
 * profile against a server of your choice (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pconsole-load package -DskipTests -Dload.url=http://localhost:8080/routing/ \
 *     -Dload.adminPassword=SUPERADMIN_PASSWORD
 * </pre>
 *
 * Properties: {@code load.url}, {@code load.adminPassword} (the superadmin's, for seeding), {@code
 * load.tag} (names the security group; an existing one is reused without seeding), {@code
 * load.agents}, {@code load.campaigns}, {@code load.minMembers}, {@code load.maxMembers}, {@code
 * load.rounds} (timed repetitions of each action), {@code load.threads} (seeding clients).
 */
public final class ConsoleLoad {

  private static final String[] FIRST_NAMES = {
    "Ana", "Bruno", "Carla", "Diego", "Elena", "Fabio", "Flo", "Gloria", "Hugo", "Inés", "Jorge",
    "Karen", "Luis", "Marta", "Nuno", "Olga", "Pablo", "Rosa", "Sergio", "Teresa", "Ulises", "Vera",
    "Walter", "Ximena", "Yago", "Zoe", "Alba", "Bea", "César", "Dora"
  };
  private static final String[] LAST_NAMES = {
    "García", "Silva", "Martín", "Santos", "López", "Pereira", "Sánchez", "Costa", "Gómez",
    "Ferreira", "Díaz", "Oliveira", "Ruiz", "Rodrigues", "Moreno", "Almeida", "Navarro", "Sousa",
    "Romero", "Carvalho", "Torres", "Lima", "Vidal", "Ramos", "Castro"
  };
  private static final String[] PURPOSES = {
    "Sales",
    "Support",
    "Billing",
    "Retention",
    "Onboarding",
    "Claims",
    "Bookings",
    "Helpdesk",
    "Collections",
    "Premium"
  };

  /** Channels in the proportions of a voice-led contact centre. */
  private static final String[] CHANNELS = {
    "VOICE", "VOICE", "VOICE", "VOICE", "CHAT", "CHAT", "CHAT", "EMAIL", "WHATSAPP", "SMS"
  };

  private final String url = System.getProperty("load.url", "http://localhost:8080/routing/");
  private final String tag = System.getProperty("load.tag", "console-5000");
  private final int agents = Integer.getInteger("load.agents", 5_000);
  private final int campaigns = Integer.getInteger("load.campaigns", 500);
  private final int minMembers = Integer.getInteger("load.minMembers", 50);
  private final int maxMembers = Integer.getInteger("load.maxMembers", 200);
  private final int rounds = Integer.getInteger("load.rounds", 20);
  private final int threads = Integer.getInteger("load.threads", 4);
  private final String username = "load." + tag;
  private final String password = "Load-" + tag + "-Secret1";
  private final ApiClient superadmin =
      ApiClient.at(url, "admin", System.getProperty("load.adminPassword"));

  private final Map<String, List<Double>> timings = new LinkedHashMap<>();
  private WebDriver browser;

  public static void main(String[] args) throws Exception {
    new ConsoleLoad().run();
  }

  private void run() throws Exception {
    long group = seed();
    String loadBefore = loadAverage();
    ApiClient admin = ApiClient.at(url, username, password);
    browser = Browser.start("en-US,en");
    try {
      logIn();
      for (int round = 0; round < rounds + 2; round++) {
        boolean warmUp = round < 2;
        System.out.println((warmUp ? "Warm-up round " : "Round ") + (round + 1));
        membersScreen(admin, round, warmUp);
        campaignList(warmUp);
      }
    } finally {
      browser.quit();
    }
    report(group, loadBefore, loadAverage());
  }

  /** The machine's load averages (1, 5, 15 min) where Linux tells them, to judge the figures. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  // ---------------------------------------------------------------- seeding

  /** The load's security group, seeded once: agents, campaigns, memberships and its admin. */
  private long seed() throws Exception {
    String groupName = "Load " + tag;
    for (JsonNode g : superadmin.get("/security-groups").body()) {
      if (g.path("name").asText().equals(groupName)) {
        System.out.println("Reusing security group " + groupName + " (no seeding)");
        return g.path("id").asLong();
      }
    }
    Instant start = Instant.now();
    long group = superadmin.post("/security-groups", body("name", groupName)).id();
    superadmin.createUser(username, password, "admin", group, null);
    Random random = new Random(42);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Long> agentIds =
          parallel(
              pool,
              agents,
              i ->
                  created(
                      superadmin.post(
                          "/agents",
                          body(
                              "name", agentName(i),
                              "login", String.format("agent%05d.%s", i, tag),
                              "securityGroupId", group))));
      List<Long> campaignIds =
          parallel(
              pool,
              campaigns,
              i ->
                  created(
                      superadmin.post(
                          "/campaigns",
                          body(
                              "name",
                              String.format(
                                  "%s %s %03d",
                                  PURPOSES[i % PURPOSES.length],
                                  CHANNELS[i % CHANNELS.length].charAt(0)
                                      + CHANNELS[i % CHANNELS.length]
                                          .substring(1)
                                          .toLowerCase(Locale.ROOT),
                                  i),
                              "mediaType",
                              CHANNELS[i % CHANNELS.length],
                              "securityGroupId",
                              group))));
      List<long[]> memberships = new ArrayList<>();
      for (long campaign : campaignIds) {
        List<Long> shuffled = new ArrayList<>(agentIds);
        Collections.shuffle(shuffled, random);
        int size = minMembers + random.nextInt(maxMembers - minMembers + 1);
        for (long agent : shuffled.subList(0, size)) {
          memberships.add(new long[] {campaign, agent, random.nextInt(11)});
        }
      }
      AtomicInteger done = new AtomicInteger();
      parallel(
          pool,
          memberships.size(),
          i -> {
            long[] m = memberships.get(i);
            ApiClient.Answer answer =
                superadmin.put(
                    "/campaigns/" + m[0] + "/members/" + m[1], body("penalty", (int) m[2]));
            if (answer.status() != 200) {
              throw new IllegalStateException("Membership not stored: " + answer.raw());
            }
            if (done.incrementAndGet() % 10_000 == 0) {
              System.out.println(done.get() + " memberships stored");
            }
            return 0L;
          });
      System.out.printf(
          "Seeded %d agents, %d campaigns, %d memberships in %d s%n",
          agentIds.size(),
          campaignIds.size(),
          memberships.size(),
          Duration.between(start, Instant.now()).toSeconds());
    } finally {
      pool.shutdown();
    }
    return group;
  }

  private static String agentName(int i) {
    return FIRST_NAMES[i % FIRST_NAMES.length]
        + " "
        + LAST_NAMES[(i / FIRST_NAMES.length) % LAST_NAMES.length]
        + " "
        + String.format("%04d", i);
  }

  private static long created(ApiClient.Answer answer) {
    if (answer.status() != 201) {
      throw new IllegalStateException("Not created: " + answer.raw());
    }
    return answer.id();
  }

  private interface Task {
    long run(int index) throws Exception;
  }

  private static List<Long> parallel(ExecutorService pool, int count, Task task) throws Exception {
    List<Future<Long>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(pool.submit(() -> task.run(index)));
    }
    List<Long> results = new ArrayList<>();
    for (Future<Long> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  // ---------------------------------------------------------------- timing

  private void membersScreen(ApiClient admin, int round, boolean warmUp) {
    time(warmUp, "Members screen: initial page load", pageLoad("admin/members.xhtml"));
    int first = (round * 3) % 15;
    time(warmUp, "Members screen: select 1 campaign", ajax(() -> click(row("campaigns", first))));
    ajax(() -> click(row("campaigns", (first + 1) % 15)));
    time(
        warmUp,
        "Members screen: select a 3rd campaign",
        ajax(() -> click(row("campaigns", (first + 2) % 15))));
    String part = LAST_NAMES[round % LAST_NAMES.length].substring(0, 3).toLowerCase(Locale.ROOT);
    time(
        warmUp,
        "Members screen: filter agents by name",
        ajax(() -> filter("membersForm:agents", part)));
    time(
        warmUp,
        "Members screen: filter members by name",
        ajax(() -> filter("membersForm:members", part)));
    ajax(() -> filter("membersForm:agents", ""));
    ajax(() -> filter("membersForm:members", ""));
    time(warmUp, "Members screen: next page of agents", ajax(() -> nextPage("agents")));
    time(warmUp, "Members screen: next page of members", ajax(() -> nextPage("members")));

    List<Long> added = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      WebElement agent = row("agents", i);
      added.add(Long.valueOf(agent.getAttribute("data-rk")));
      ajax(() -> agent.findElement(By.tagName("td")).click());
    }
    time(
        warmUp,
        "Members screen: add 10 agents to 3 campaigns",
        ajax(() -> browser.findElement(By.id("membersForm:add")).click()));
    String message = browser.findElement(By.id("messages")).getText();
    if (!message.contains("agents added to 3 campaigns")) {
      throw new IllegalStateException("Add did not confirm: " + message);
    }
    String campaignsParameter = browser.getCurrentUrl().replaceAll(".*campaigns=", "");
    for (String campaign : campaignsParameter.split(",")) {
      for (long agent : added) {
        admin.delete("/campaigns/" + campaign + "/members/" + agent);
      }
    }
  }

  private void campaignList(boolean warmUp) {
    time(warmUp, "Campaign list: initial page load", pageLoad("admin/campaigns/list.xhtml"));
    time(
        warmUp,
        "Campaign list: filter by name",
        ajax(() -> filter("campaignsForm:campaigns", "support")));
    ajax(() -> filter("campaignsForm:campaigns", ""));
    time(warmUp, "Campaign list: sort by channel", ajax(() -> sortBy("Channel")));
    time(warmUp, "Campaign list: sort by open now", ajax(() -> sortBy("Now")));
    time(
        warmUp,
        "Campaign list: next page",
        ajax(
            () ->
                browser
                    .findElement(By.cssSelector("#campaignsForm\\:campaigns .ui-paginator-next"))
                    .click()));
  }

  private void logIn() {
    browser.get(url);
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id("loginForm:login")));
  }

  /** Opens the page and answers its full load time (navigation start to load event end), ms. */
  private double pageLoad(String path) {
    browser.get(url + path);
    Object loaded =
        js(
            "var n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd > 0 ? n.loadEventEnd - n.startTime : -1;");
    double ms = ((Number) loaded).doubleValue();
    js(
        "window.__load = {times: [], start: 0};"
            + "jQuery(document).on('pfAjaxSend', function() {"
            + " window.__load.start = performance.now(); });"
            + "jQuery(document).on('pfAjaxComplete', function() {"
            + " window.__load.times.push(performance.now() - window.__load.start); });");
    return ms;
  }

  /** Does what triggers one Ajax request and answers its round trip, ms. */
  private double ajax(Runnable action) {
    int before = ((Number) js("return window.__load.times.length;")).intValue();
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .pollingEvery(Duration.ofMillis(5))
        .until(
            d ->
                (Boolean)
                    js(
                        "return window.__load.times.length > "
                            + before
                            + " && PrimeFaces.ajax.Queue.isEmpty();"));
    return ((Number) js("return window.__load.times[window.__load.times.length - 1];"))
        .doubleValue();
  }

  private WebElement row(String table, int index) {
    return browser
        .findElements(By.cssSelector("#membersForm\\:" + table + "_data > tr"))
        .get(index);
  }

  /** Clicks a row's first cell: selects the row, or deselects it. */
  private static void click(WebElement row) {
    row.findElement(By.tagName("td")).click();
  }

  /** Types into the table's name filter; the table filters once typing pauses. */
  private void filter(String table, String text) {
    WebElement input =
        browser.findElement(By.cssSelector("[id='" + table + "'] th input.ui-column-filter"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      input.sendKeys(text);
    }
  }

  private void nextPage(String table) {
    browser.findElement(By.cssSelector("#membersForm\\:" + table + " .ui-paginator-next")).click();
  }

  private void sortBy(String column) {
    browser
        .findElement(
            By.xpath("//th//span[contains(@class,'ui-column-title')][text()='" + column + "']"))
        .click();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void time(boolean warmUp, String action, double ms) {
    if (!warmUp) {
      timings.computeIfAbsent(action, a -> new ArrayList<>()).add(ms);
    }
  }

  // ---------------------------------------------------------------- report

  private void report(long group, String loadBefore, String loadAfter) {
    System.out.printf(
        "%nSecurity group %d: %d agents, %d campaigns; %d timed rounds after 2 warm-up rounds%n",
        group, agents, campaigns, rounds);
    System.out.printf("Load average before: %s; after: %s%n%n", loadBefore, loadAfter);
    System.out.println("| action | median (ms) | p95 (ms) | max (ms) |");
    System.out.println("| --- | ---: | ---: | ---: |");
    timings.forEach(
        (action, values) -> {
          List<Double> sorted = values.stream().sorted().toList();
          System.out.printf(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f |%n",
              action,
              percentile(sorted, 50),
              percentile(sorted, 95),
              sorted.get(sorted.size() - 1));
        });
  }

  /** Nearest-rank percentile of sorted values. */
  private static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
