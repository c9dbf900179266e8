package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit log page in a real browser, as an admin of group A: only A's changes, the filters, a
 * change shown as the fields it changed, and a refused filter named next to its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private static final String NAMES = "#auditForm\\:entries_data .audit-name";

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private ConsoleDriver console;

  @AfterEach
  void quit() {
    if (console != null) {
      console.close();
    }
  }

  private String pageReport() {
    return console
        .browser()
        .findElement(By.cssSelector("#auditForm\\:entries .ui-paginator-current"))
        .getText();
  }

  private void search() {
    console.browser().findElement(By.id("auditForm:search")).click();
    Browser.waitForAjax(console.browser());
  }

  @Test
  void anAdminFiltersTheChangesOfTheirGroupsAndSeesWhatChanged() {
    long groupA = root.post("/security-groups", body("name", "Audit A " + suffix)).id();
    long groupB = root.post("/security-groups", body("name", "Audit B " + suffix)).id();
    String password = "secret-" + suffix;
    root.createUser("auditor." + suffix, password, "admin", groupA, null);
    long ana = root.createAgent(groupA, "Ana " + suffix, "ana." + suffix);
    root.put(
        "/agents/" + ana,
        body("name", "Ana Maria " + suffix, "login", "ana." + suffix, "securityGroupId", groupA));
    root.createAgent(groupB, "Bo " + suffix, "bo." + suffix);
    root.post(
        "/campaigns",
        body("name", "Help " + suffix, "mediaType", "EMAIL", "securityGroupId", groupA));

    console = ConsoleDriver.logIn("auditor." + suffix, password);
    console.menu("audit");
    assertThat(console.title()).isEqualTo("Audit log · Omniroute");
    assertThat(pageReport()).isEqualTo("1-3 of 3");
    assertThat(console.texts(NAMES))
        .as("newest first, group B's agent left out")
        .containsExactly("Help " + suffix, "Ana Maria " + suffix, "Ana " + suffix);

    console.select("auditForm:objectType", "Agent");
    console.type("auditForm:objectId", String.valueOf(ana));
    search();
    console.waitUntil(c -> pageReport().equals("1-2 of 2"));
    assertThat(console.texts("#auditForm\\:entries_data .audit-action"))
        .containsExactly("Changed", "Created");
    assertThat(console.texts("#auditForm\\:entries_data tr:first-child .audit-change"))
        .containsExactly("name: Ana " + suffix + " → Ana Maria " + suffix);
    assertThat(console.texts("#auditForm\\:entries_data tr:nth-child(2) .audit-change"))
        .as("a creation shows the new values only")
        .contains("name: Ana " + suffix, "login: ana." + suffix);
    assertThat(console.texts("#auditForm\\:entries_data .audit-user")).containsOnly("admin");
    console.screenshot("audit");

    console.type("auditForm:from_input", "2030-01-02 00:00");
    console.type("auditForm:to_input", "2030-01-01 00:00");
    search();
    assertThat(console.text("auditForm:messages"))
        .contains("The filter was not applied: correct the marked field.");
    assertThat(console.browser().findElement(By.cssSelector("[id='auditForm:filters']")).getText())
        .contains("To must be later than from");
    assertThat(pageReport()).as("the last accepted filter stays").isEqualTo("1-2 of 2");

    console.browser().findElement(By.id("auditForm:clear")).click();
    Browser.waitForAjax(console.browser());
    console.type("auditForm:username", "nobody-" + suffix);
    search();
    console.waitUntil(c -> c.text("auditForm:entries").contains("No change matches the filter."));
  }

  @Test
  void theMenuLeadsAdminsThereButNotSupervisors() {
    long group = root.post("/security-groups", body("name", "Audit S " + suffix)).id();
    root.createUser("watch." + suffix, "secret-" + suffix, "supervisor", group, null);
    console = ConsoleDriver.logIn("watch." + suffix, "secret-" + suffix);
    assertThat(console.has("menuForm:audit")).isFalse();
    console.open("admin/audit.xhtml");
    assertThat(console.browser().getPageSource()).doesNotContain("auditForm");
  }
}
