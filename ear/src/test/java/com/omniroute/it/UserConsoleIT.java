package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The superadmin's screens in a real browser: setting up a group with its admin and agent, users'
 * roles, passwords, linked agents, lock-outs and deletion, and an admin kept out of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "secret-" + suffix;
  private ConsoleDriver console;
  private ConsoleDriver other;

  @AfterEach
  void quit() {
    for (ConsoleDriver driver : new ConsoleDriver[] {console, other}) {
      if (driver != null) {
        driver.close();
      }
    }
  }

  private long group(String name) {
    return root.post("/security-groups", body("name", name)).id();
  }

  /** The API's view of the user with this name, a missing node when there is none. */
  private JsonNode user(String username) {
    return StreamSupport.stream(root.get("/users").body().spliterator(), false)
        .filter(u -> u.path("username").asText().equals(username))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  private JsonNode agentNamed(String name) {
    return StreamSupport.stream(root.get("/agents").body().spliterator(), false)
        .filter(a -> a.path("name").asText().equals(name))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  @Test
  void aSuperadminSetsUpAGroupWithItsAdminAndAgentAndTheAdminSeesOnlyThatGroup() {
    String north = "North " + suffix;
    String admin = "north." + suffix;
    String ana = "Ana " + suffix;
    console = ConsoleDriver.superadmin();
    assertThat(console.menu()).contains("Agents", "Users", "Security groups");

    console.menu("securityGroups");
    console.click("groupsForm:newGroup");
    assertThat(console.title()).isEqualTo("New security group · Omniroute");
    console.type("groupForm:name", north);
    console.click("groupForm:save");
    assertThat(console.messages()).isEqualTo("Security group saved: " + north);
    assertThat(console.row("groupsForm:groups", north)).isEqualTo(north + " 0 0 0");

    console.menu("users");
    console.click("usersForm:newUser");
    console.type("userForm:username", admin);
    console.type("userForm:password", "short");
    console.tick("userForm:roles", "Admin");
    console.tickInMenu("userForm:securityGroupIds", north);
    console.click("userForm:save");
    assertThat(console.text("userForm:passwordMessage"))
        .isEqualTo("Password must be at least 8 characters");
    assertThat(console.text("userForm:usernameMessage")).isBlank();
    assertThat(user(admin).isMissingNode()).isTrue();

    console.type("userForm:password", password);
    console.click("userForm:save");
    assertThat(console.title()).isEqualTo("Users · Omniroute");
    assertThat(console.messages()).isEqualTo("User saved: " + admin);
    assertThat(console.row("usersForm:users", admin)).contains("Admin", north, "Allowed");
    long northId = user(admin).path("securityGroupIds").get(0).asLong();
    assertThat(user(admin).path("roles").toString()).isEqualTo("[\"admin\"]");

    console.menu("agents");
    console.click("agentsForm:newAgent");
    console.type("agentForm:name", ana);
    console.type("agentForm:login", "ana smith");
    console.select("agentForm:securityGroupId", north);
    console.click("agentForm:save");
    assertThat(console.text("agentForm:loginMessage"))
        .isEqualTo("Login may contain only letters, digits and . _ @ -");
    assertThat(console.text("agentForm:nameMessage")).isBlank();
    assertThat(agentNamed(ana).isMissingNode()).isTrue();
    console.screenshot("agent-edit");

    console.type("agentForm:login", "ana." + suffix);
    console.click("agentForm:save");
    assertThat(console.messages()).isEqualTo("Agent saved: " + ana);
    assertThat(agentNamed(ana).path("securityGroupId").asLong()).isEqualTo(northId);
    console.close();

    long south = group("South " + suffix);
    long bruno =
        root.post(
                "/agents",
                body(
                    "name",
                    "Bruno " + suffix,
                    "login",
                    "bruno." + suffix,
                    "securityGroupId",
                    south))
            .id();
    JsonNode brunoBefore = root.get("/agents/" + bruno).body();
    console = ConsoleDriver.logIn(admin, password);
    assertThat(console.menu()).contains("Campaigns", "Agents");
    assertThat(console.menu()).doesNotContain("Users", "Security groups");

    console.menu("agents");
    console.type("agentsForm:agents:name:filter", suffix);
    console.waitUntil(c -> c.texts("#agentsForm\\:agents_data a.agent-link").equals(List.of(ana)));

    console.open("admin/agents/edit.xhtml?id=" + bruno);
    assertThat(console.text("notFound")).contains("There is no such agent, or you may not see it.");
    assertThat(console.has("agentForm")).isFalse();
    assertThat(console.browser().getPageSource()).doesNotContain("Bruno");
    assertThat(root.get("/agents/" + bruno).body()).isEqualTo(brunoBefore);
  }

  @Test
  void theRoleCheckboxesStandApartEachBesideItsLabelAndShowWhichIsTicked() {
    console = ConsoleDriver.superadmin();
    console.open("admin/users/edit.xhtml");
    WebDriver browser = console.browser();
    List<WebElement> labels =
        browser.findElements(By.cssSelector("[id='userForm:roles'] label[for]"));
    assertThat(labels)
        .extracting(WebElement::getText)
        .containsExactly("Superadmin", "Admin", "Supervisor", "Agent", "Connector");
    List<Rectangle> boxes = labels.stream().map(label -> box(browser, label).getRect()).toList();
    List<Rectangle> texts = labels.stream().map(WebElement::getRect).toList();
    for (int i = 0; i < labels.size(); i++) {
      Rectangle box = boxes.get(i);
      Rectangle text = texts.get(i);
      String role = labels.get(i).getText();
      assertThat(box.getWidth()).as(role + " box is drawn").isPositive();
      assertThat(text.getX() - (box.getX() + box.getWidth()))
          .as(role + ": label just right of its box")
          .isBetween(0, 40);
      assertThat(Math.abs(centreY(text) - centreY(box)))
          .as(role + ": label on the line of its box")
          .isLessThanOrEqualTo(box.getHeight() / 2);
      for (int j = 0; j < labels.size(); j++) {
        if (j != i) {
          String pair = role + " / " + labels.get(j).getText();
          assertThat(overlap(box, boxes.get(j))).as("boxes " + pair).isFalse();
          assertThat(overlap(text, texts.get(j))).as("labels " + pair).isFalse();
          assertThat(overlap(text, boxes.get(j))).as("label over box " + pair).isFalse();
        }
      }
    }

    console.tick("userForm:roles", "Supervisor");
    for (WebElement label : labels) {
      boolean supervisor = label.getText().equals("Supervisor");
      WebElement input = browser.findElement(By.id(label.getAttribute("for")));
      assertThat(input.isSelected()).as(label.getText()).isEqualTo(supervisor);
      assertThat(box(browser, label).getAttribute("class").contains("ui-state-active"))
          .as(label.getText() + " shown ticked")
          .isEqualTo(supervisor);
    }
  }

  /** The visible box of the checkbox a label names. */
  private static WebElement box(WebDriver browser, WebElement label) {
    return browser
        .findElement(By.id(label.getAttribute("for")))
        .findElement(
            By.xpath(
                "ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                    + "//div[contains(@class, 'ui-chkbox-box')]"));
  }

  private static int centreY(Rectangle r) {
    return r.getY() + r.getHeight() / 2;
  }

  private static boolean overlap(Rectangle a, Rectangle b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }

  @Test
  void anAdminSeesNoSuperadminMenuAndIsRefusedItsPages() throws Exception {
    String admin = "plain." + suffix;
    long group = group("Plain " + suffix);
    root.createUser(admin, password, "admin", group, null);
    console = ConsoleDriver.logIn(admin, password);
    assertThat(console.menu()).doesNotContain("Users", "Security groups");

    for (String page :
        List.of(
            "admin/users/list.xhtml",
            "admin/users/edit.xhtml?id=1",
            "admin/security-groups/list.xhtml",
            "admin/security-groups/edit.xhtml?id=" + group)) {
      console.open(page);
      assertThat(console.title()).as(page).isEqualTo("Not allowed · Omniroute");
      assertThat(console.text("forbidden"))
          .isEqualTo("Your roles do not allow this page. Nothing was shown or changed.");
      assertThat(console.has("usersForm") || console.has("userForm")).isFalse();
      assertThat(console.has("groupsForm") || console.has("groupForm")).isFalse();
      assertThat(statusOf(page, console)).as(page).isEqualTo(403);
    }

    String supervisor = "watch." + suffix;
    root.createUser(supervisor, password, "supervisor", group, null);
    other = ConsoleDriver.logIn(supervisor, password);
    assertThat(other.menu()).doesNotContain("Campaigns", "Agents", "Users");
    other.open("admin/agents/list.xhtml");
    assertThat(other.title()).isEqualTo("Not allowed · Omniroute");
  }

  /** The HTTP status of a console page, asked with the browser's session. */
  private static int statusOf(String page, ConsoleDriver driver) throws Exception {
    String session = driver.browser().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(ApiClient.routingUrl() + page))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  @Test
  void aLockedOutUserIsUnlockedByTheSuperadminAndLogsInAgain() {
    String locked = "locked." + suffix;
    root.createUser(locked, password, "admin", group("Locked " + suffix), null);
    for (int failure = 1; failure <= 5; failure++) {
      assertThat(ApiClient.as(locked, "wrong-" + failure).get("/campaigns").status())
          .isEqualTo(401);
    }
    assertThat(ApiClient.as(locked, password).get("/campaigns").status()).isEqualTo(401);
    console = ConsoleDriver.superadmin();

    console.menu("users");
    assertThat(console.row("usersForm:users", locked))
        .contains("Locked out for 1 more minute", "Unlock");
    console.screenshot("users");
    console.clickInRow("usersForm:users", locked, "unlock");
    console.waitUntil(c -> c.messages().equals(locked + " can log in again."));
    assertThat(console.row("usersForm:users", locked)).contains("Allowed").doesNotContain("Unlock");

    assertThat(ApiClient.as(locked, password).get("/campaigns").status()).isEqualTo(200);
    other = ConsoleDriver.logIn(locked, password);
    assertThat(other.title()).isEqualTo("Media capacity model · Omniroute");
  }

  @Test
  void anAgentUserIsLinkedToAnAgentChosenByLoginAndKeepsItsPasswordWhenNoneIsTyped() {
    String deskUser = "desk." + suffix;
    String groupName = "Desks " + suffix;
    long group = group(groupName);
    long agent =
        root.post(
                "/agents",
                body(
                    "name",
                    "Carla " + suffix,
                    "login",
                    "carla." + suffix,
                    "securityGroupId",
                    group))
            .id();
    console = ConsoleDriver.superadmin();

    console.open("admin/users/edit.xhtml");
    console.type("userForm:username", deskUser);
    console.type("userForm:password", password);
    console.tick("userForm:roles", "Agent");
    console.tickInMenu("userForm:securityGroupIds", groupName);
    console.click("userForm:save");
    assertThat(console.text("userForm:agentMessage"))
        .isEqualTo("A user with the agent role must be linked to an agent");
    assertThat(console.value("userForm:password")).as("never echoed").isEmpty();
    console.screenshot("user-edit");

    console.type("userForm:password", password);
    console.type("userForm:agent_input", "carla." + suffix.substring(0, 4));
    console.choose("userForm:agent", "carla." + suffix);
    console.click("userForm:save");
    assertThat(console.messages()).isEqualTo("User saved: " + deskUser);
    assertThat(console.row("usersForm:users", deskUser))
        .contains("Agent", groupName, "Carla " + suffix + " (carla." + suffix + ")");
    assertThat(user(deskUser).path("agentId").asLong()).isEqualTo(agent);

    console.clickLink(deskUser);
    assertThat(console.value("userForm:agent_input")).isEqualTo("carla." + suffix);
    assertThat(console.value("userForm:password")).isEmpty();
    console.click("userForm:save");
    assertThat(console.messages()).isEqualTo("User saved: " + deskUser);
    assertThat(ApiClient.as(deskUser, password).get("/agents/" + agent).status()).isEqualTo(200);
  }

  @Test
  void aSuperadminCannotDeleteThemselvesButDeletesAnotherUserOnceConfirmed() {
    long me = user("admin").path("id").asLong();
    String gone = "gone." + suffix;
    root.createUser(gone, password, "supervisor", group("Gone " + suffix), null);
    long goneId = user(gone).path("id").asLong();
    console = ConsoleDriver.superadmin();

    console.open("admin/users/edit.xhtml?id=" + me);
    console.clickAndConfirm("userForm:delete", true);
    console.waitUntil(c -> !c.messages().isBlank());
    assertThat(console.messages())
        .isEqualTo("The user was not deleted: You cannot delete your own user");
    assertThat(root.get("/users/" + me).status()).isEqualTo(200);

    console.open("admin/users/edit.xhtml?id=" + goneId);
    console.clickAndConfirm("userForm:delete", false);
    assertThat(root.get("/users/" + goneId).status()).isEqualTo(200);
    console.clickAndConfirm("userForm:delete", true);
    console.waitUntil(c -> c.title().equals("Users · Omniroute"));
    assertThat(console.messages()).isEqualTo("User deleted: " + gone);
    assertThat(root.get("/users/" + goneId).status()).isEqualTo(404);
    assertThat(ApiClient.as(gone, password).get("/media-types").status()).isEqualTo(401);
  }
}
