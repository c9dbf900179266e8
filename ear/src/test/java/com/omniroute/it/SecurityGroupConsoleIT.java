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

/** The security group screens in a real browser: what uses each group, rename, delete. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityGroupConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private ConsoleDriver console;

  @AfterEach
  void quit() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void theListCountsWhatUsesEachGroupAndAGroupInUseIsNotDeleted() {
    String busy = "Busy " + suffix;
    String spare = "Spare " + suffix;
    long busyId = root.post("/security-groups", body("name", busy)).id();
    long spareId = root.post("/security-groups", body("name", spare)).id();
    root.post("/campaigns", body("name", "Sales", "mediaType", "VOICE", "securityGroupId", busyId));
    root.post("/agents", body("name", "Ana", "login", "ana." + suffix, "securityGroupId", busyId));
    root.createUser("busy." + suffix, "secret-" + suffix, "admin", busyId, null);
    console = ConsoleDriver.superadmin();

    console.menu("securityGroups");
    assertThat(console.title()).isEqualTo("Security groups · Omniroute");
    assertThat(console.row("groupsForm:groups", busy)).isEqualTo(busy + " 1 1 1");
    assertThat(console.row("groupsForm:groups", spare)).isEqualTo(spare + " 0 0 0");
    console.screenshot("security-groups");

    console.clickLink(busy);
    assertThat(console.text("usedBy"))
        .isEqualTo("Used by 1 campaign, 1 agent and 1 user. A group in use cannot be deleted.");
    console.clickAndConfirm("groupForm:delete", true);
    console.waitUntil(c -> !c.messages().isBlank());
    assertThat(console.messages())
        .isEqualTo(
            "The security group was not deleted: Security group "
                + busy
                + " is still used by 1 campaign(s), 1 agent(s) and 1 user(s);"
                + " move them to another group or delete them first");
    assertThat(root.get("/security-groups/" + busyId).status()).isEqualTo(200);

    console.open("admin/security-groups/edit.xhtml?id=" + spareId);
    console.type("groupForm:name", " ");
    console.click("groupForm:save");
    assertThat(console.text("groupForm:nameMessage")).isEqualTo("Name is required");
    console.type("groupForm:name", busy);
    console.click("groupForm:save");
    assertThat(console.messages()).isEqualTo("A security group named " + busy + " already exists");
    assertThat(root.get("/security-groups/" + spareId).body().path("name").asText())
        .isEqualTo(spare);

    console.type("groupForm:name", spare + " renamed");
    console.click("groupForm:save");
    assertThat(console.messages()).isEqualTo("Security group saved: " + spare + " renamed");
    console.clickLink(spare + " renamed");
    console.clickAndConfirm("groupForm:delete", true);
    console.waitUntil(c -> c.title().equals("Security groups · Omniroute"));
    assertThat(console.messages()).isEqualTo("Security group deleted: " + spare + " renamed");
    assertThat(root.get("/security-groups/" + spareId).status()).isEqualTo(404);
  }
}
