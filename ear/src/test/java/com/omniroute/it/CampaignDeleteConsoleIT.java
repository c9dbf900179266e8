package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting a campaign from its page, in a real browser, as an admin of its group: asked first,
 * confirmed on the list, and refused with the reason for a campaign that has interactions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignDeleteConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private long group;
  private String username;
  private ConsoleDriver console;

  @BeforeEach
  void adminOfAGroup() {
    group = root.post("/security-groups", body("name", "Del " + suffix)).id();
    username = "deleter." + suffix;
    root.createUser(username, password, "admin", group, null);
  }

  @AfterEach
  void quit() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void aCampaignIsDeletedFromItsPageAfterTheQuestionAndItsMembersLeaveIt() {
    String name = "Gone " + suffix;
    long campaign = campaign(name);
    long agent = root.createAgent(group, "Eve " + suffix, "eve." + suffix);
    root.addMember(campaign, agent, 7);
    console = ConsoleDriver.logIn(username, password);

    console.open("admin/campaigns/edit.xhtml?id=" + campaign);
    console.clickAndConfirm("campaignForm:delete", false);
    assertThat(console.text("campaignForm:confirm"))
        .contains("Delete campaign " + name + "? Its members leave it. This cannot be undone.");
    assertThat(console.title()).isEqualTo("Edit campaign · Omniroute");
    assertThat(root.get("/campaigns/" + campaign).status()).isEqualTo(200);

    console.clickAndConfirm("campaignForm:delete", true);
    console.waitUntil(c -> c.title().equals("Campaigns · Omniroute"));

    assertThat(console.messages()).isEqualTo("Campaign deleted: " + name);
    assertThat(root.get("/campaigns/" + campaign).status()).isEqualTo(404);
    assertThat(root.get("/agents/" + agent).status()).isEqualTo(200);
  }

  @Test
  void aCampaignWithInteractionsIsNotDeletedAndThePageSaysWhyAndWhatToDoInstead() {
    String name = "Busy " + suffix;
    long campaign = campaign(name);
    assertThat(
            root.post("/interactions", body("campaignId", campaign, "customer", "c-" + suffix))
                .status())
        .isEqualTo(201);
    console = ConsoleDriver.logIn(username, password);

    console.open("admin/campaigns/edit.xhtml?id=" + campaign);
    console.clickAndConfirm("campaignForm:delete", true);
    console.waitUntil(c -> !c.messages().isBlank());

    assertThat(console.messages())
        .isEqualTo(
            "Campaign "
                + name
                + " was not deleted: it has interactions in its history, which its statistics"
                + " need. Disable it instead.");
    assertThat(console.title()).isEqualTo("Edit campaign · Omniroute");
    assertThat(root.get("/campaigns/" + campaign).status()).isEqualTo(200);
  }

  private long campaign(String name) {
    return root.post(
            "/campaigns", body("name", name, "mediaType", "CHAT", "securityGroupId", group))
        .id();
  }
}
