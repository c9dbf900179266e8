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
import org.openqa.selenium.WebElement;

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
    WebElement delete = console.browser().findElement(By.id("groupForm:delete"));
    assertThat(delete.isEnabled()).as("Delete of a group in use").isFalse();
    assertThat(delete.getAttribute("title"))
        .isEqualTo("A group in use cannot be deleted: move or delete what uses it first.");
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

  @Test
  void aGroupThatComesIntoUseAfterThePageShowedItIsStillNotDeleted() {
    String late = "Late " + suffix;
    long lateId = root.post("/security-groups", body("name", late)).id();
    console = ConsoleDriver.superadmin();
    console.open("admin/security-groups/edit.xhtml?id=" + lateId);
    assertThat(console.text("usedBy"))
        .isEqualTo(
            "Used by no campaigns, no agents and no users. A group in use cannot be deleted.");
    assertThat(console.browser().findElement(By.id("groupForm:delete")).isEnabled()).isTrue();

    root.post(
        "/campaigns",
        body("name", "Late " + suffix, "mediaType", "CHAT", "securityGroupId", lateId));
    console.clickAndConfirm("groupForm:delete", true);
    console.waitUntil(c -> !c.messages().isBlank());

    assertThat(console.messages())
        .startsWith(
            "The security group was not deleted: Security group " + late + " is still used");
    assertThat(root.get("/security-groups/" + lateId).status()).isEqualTo(200);
  }
}
