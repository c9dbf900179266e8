package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.it.ApiClient.Answer;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Reports page in a real browser: a supervisor charts and tables the day's figures of a
 * campaign of their group after traffic over the API, downloads them as CSV, and is told plainly at
 * the field when the time zone does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "charts-" + suffix;
  private final String sales = "Sales " + suffix;
  private final String theirs = "Theirs " + suffix;
  private ConsoleDriver console;

  @BeforeEach
  void trafficInAGroupOfTheSupervisor() {
    long group = root.post("/security-groups", body("name", "Charts A " + suffix)).id();
    long other = root.post("/security-groups", body("name", "Charts B " + suffix)).id();
    long campaign = campaign(sales, group);
    campaign(theirs, other);
    ApiClient.Desk ana = root.createDesk(group, "Ana " + suffix, "ana." + suffix, password);
    root.addMember(campaign, ana.id(), 0);
    root.createUser("charts." + suffix, password, "supervisor", group, null);

    assertThat(state(ana, "READY")).isEqualTo(200);
    long answered = arrive(campaign);
    assertThat(ana.client().post("/interactions/" + answered + "/accept", null).status())
        .isEqualTo(200);
    assertThat(ana.client().post("/interactions/" + answered + "/finish", null).status())
        .isEqualTo(200);
    assertThat(state(ana, "NOT_READY")).isEqualTo(200);
    long left = arrive(campaign);
    assertThat(root.post("/interactions/" + left + "/abandon", null).status()).isEqualTo(200);
  }

  private long campaign(String name, long group) {
    Map<String, Object> settings =
        body(
            "name",
            name,
            "mediaType",
            "VOICE",
            "securityGroupId",
            group,
            "timeZone",
            "Asia/Kolkata",
            "wrapUpSeconds",
            0,
            "offerTimeoutSeconds",
            600);
    Answer created = root.post("/campaigns", settings);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.id();
  }

  private int state(ApiClient.Desk agent, String state) {
    return agent.client().put("/agents/" + agent.id() + "/state", body("state", state)).status();
  }

  private long arrive(long campaign) {
    Answer answer = root.post("/interactions", body("campaignId", campaign, "customer", "c"));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.id();
  }

  @AfterEach
  void close() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void aSupervisorChartsTablesAndDownloadsTheDayOfACampaign() {
    console = ConsoleDriver.logIn("charts." + suffix, password);
    console.menu("reports");
    assertThat(console.title()).isEqualTo("Interval reports · Omniroute");
    console.select("reportForm:campaign", sales);
    console.waitUntil(c -> c.value("reportForm:timeZone").equals("Asia/Kolkata"));
    assertThat(console.texts("[id='reportForm:campaign_items'] li"))
        .as("only the campaigns of the supervisor's group")
        .noneMatch(label -> label.contains(theirs));
    interval("Day");

    console.browser().findElement(By.id("reportForm:show")).click();
    console.waitUntil(c -> c.has("reportForm:campaignRows"));

    String table = console.text("reportForm:campaignRows");
    assertThat(table).contains(sales).contains("+05:30");
    // Campaign, start, offered, answered, within service level, abandoned, rejected, level.
    assertThat(console.texts("[id='reportForm:campaignRows_data'] tr:first-child td"))
        .startsWith(sales)
        .containsSubsequence("2", "1", "1", "1", "0", "100 %");
    assertThat(chartSum(0)).as("offered in the chart").isEqualTo(2);
    assertThat(chartSum(1)).as("answered in the chart").isEqualTo(1);
    assertThat(chartSum(2)).as("abandoned in the chart").isEqualTo(1);
    console.screenshot("reports");

    String csv = downloadCsv();
    assertThat(csv)
        .startsWith("text/csv")
        .contains("campaignId,intervalStart,offered,answered,answeredWithinServiceLevel,")
        .contains("T00:00:00+05:30,2,1,1,1,0,100.0,");
  }

  @Test
  void aTimeZoneThatDoesNotExistIsRefusedByTheField() {
    console = ConsoleDriver.logIn("charts." + suffix, password);
    console.menu("reports");
    console.type("reportForm:timeZone", "Mars/Olympus");
    console.browser().findElement(By.id("reportForm:show")).click();
    console.waitUntil(
        c ->
            c.text("reportForm")
                .contains(
                    "'Mars/Olympus' is not a time zone; write one such as Europe/Madrid or UTC."));
    assertThat(console.has("reportForm:campaignRows")).as("no report shown").isFalse();
  }

  private void interval(String label) {
    console
        .browser()
        .findElement(
            By.xpath("//*[@id='reportForm:interval']//*[normalize-space()='" + label + "']"))
        .click();
  }

  private long chartSum(int dataset) {
    Object sum =
        script(
            "var d = PF('reportChart').chart.data.datasets["
                + dataset
                + "].data; return d.reduce(function(a, b) { return a + (b || 0); }, 0);");
    return ((Number) sum).longValue();
  }

  /* What the Download CSV button sends back, fetched by the page itself with its session. */
  private String downloadCsv() {
    return (String)
        script(
            "var form = document.getElementById('reportForm');"
                + " var data = new URLSearchParams(new FormData(form));"
                + " data.append('reportForm:downloadCsv', '');"
                + " return fetch(form.action, {method: 'POST', body: data}).then(function(r) {"
                + " return r.text().then(function(t) {"
                + " return r.headers.get('Content-Type') + '\\n' + t; }); });");
  }

  private Object script(String code) {
    return ((JavascriptExecutor) console.browser()).executeScript(code);
  }
}
