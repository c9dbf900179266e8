package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.omniroute.it.ApiClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Names in any language (issue 7): accents, CJK and emoji in security group, agent and campaign
 * names are stored and shown exactly as typed, through the API and in the console, on H2 and in the
 * MariaDB pass on MySQL's engine alike. Names that differ only in case, accents or emoji are
 * different names on both.
 *
 * <p>No screenshot: the build machines have no CJK or emoji fonts, so it would show empty boxes;
 * what the browser holds is checked as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnicodeNamesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void namesInAnyScriptComeBackFromTheApiExactlyAsSent() {
    String groupName = "Atención 客服 🎧 " + suffix;
    long group = created(root.post("/security-groups", body("name", groupName)));
    String agentName = "José Ñúñez 王小明 👩‍💻 " + suffix;
    long agent =
        created(
            root.post(
                "/agents",
                body("name", agentName, "login", "jose." + suffix, "securityGroupId", group)));
    String campaignName = "Soporte técnico 技术支持 🛠️ Ünïcödé " + suffix;
    long campaign =
        created(
            root.post(
                "/campaigns",
                body("name", campaignName, "mediaType", "CHAT", "securityGroupId", group)));
    assertThat(
            root.put("/campaigns/" + campaign + "/members/" + agent, body("penalty", 5)).status())
        .isEqualTo(200);

    assertThat(root.get("/security-groups/" + group).body().path("name").asText())
        .isEqualTo(groupName);
    assertThat(root.get("/agents/" + agent).body().path("name").asText()).isEqualTo(agentName);
    assertThat(root.get("/campaigns/" + campaign).body().path("name").asText())
        .isEqualTo(campaignName);
    assertThat(names(root.get("/security-groups").body())).contains(groupName);
    assertThat(names(root.get("/agents").body())).contains(agentName);
    assertThat(names(root.get("/campaigns").body())).contains(campaignName);
    assertThat(names(root.get("/campaigns/" + campaign + "/members").body()))
        .containsExactly(agentName);
  }

  @Test
  void namesThatDifferOnlyInCaseAccentsOrEmojiAreDifferentNames() {
    long group = created(root.post("/security-groups", body("name", "Variantes " + suffix)));
    List<String> variants =
        List.of(
            "Linea " + suffix,
            "línea " + suffix,
            "Línea " + suffix,
            "LÍNEA " + suffix,
            "Línea 🎧 " + suffix,
            "Línea 🎮 " + suffix);
    for (String name : variants) {
      Answer answer =
          root.post(
              "/campaigns", body("name", name, "mediaType", "VOICE", "securityGroupId", group));
      assertThat(answer.status()).as("%s: %s", name, answer.raw()).isEqualTo(201);
    }
    assertThat(names(root.get("/campaigns").body())).containsAll(variants);

    Answer again =
        root.post(
            "/campaigns",
            body("name", "Línea 🎧 " + suffix, "mediaType", "VOICE", "securityGroupId", group));
    assertThat(again.status()).as(again.raw()).isEqualTo(409);
  }

  @Test
  void theConsoleShowsAndSavesNamesInAnyScriptIntact() {
    String groupName = "Ventas 销售 🚀 " + suffix;
    long group = created(root.post("/security-groups", body("name", groupName)));
    String campaignName = "Atención 客服 🎧 " + suffix;
    long campaign =
        created(
            root.post(
                "/campaigns",
                body("name", campaignName, "mediaType", "CHAT", "securityGroupId", group)));
    String username = "unicode." + suffix;
    String password = "secret-" + suffix;
    root.createUser(username, password, "admin", group, null);

    browser = Browser.start("es-ES,es");
    Browser.open(browser, ApiClient.routingUrl());
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.name("loginForm:password")).sendKeys(password);
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id("loginForm:login")));

    Browser.open(browser, ApiClient.routingUrl() + "admin/campaigns/list.xhtml");
    String list = browser.findElement(By.id("campaignsForm:campaigns")).getText();
    assertThat(list).contains(campaignName, groupName);

    // Saved through the form unchanged, the emoji travels in the posted form and back intact.
    Browser.open(browser, ApiClient.routingUrl() + "admin/campaigns/edit.xhtml?id=" + campaign);
    assertThat(browser.findElement(By.id("campaignForm:name")).getAttribute("value"))
        .isEqualTo(campaignName);
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id("campaignForm:save")));
    assertThat(root.get("/campaigns/" + campaign).body().path("name").asText())
        .isEqualTo(campaignName);

    // Typed in the browser (which types only characters outside the emoji planes), then saved.
    String typed = "Atención al cliente 客户服务 " + suffix;
    Browser.open(browser, ApiClient.routingUrl() + "admin/campaigns/edit.xhtml?id=" + campaign);
    WebElement name = browser.findElement(By.id("campaignForm:name"));
    name.clear();
    name.sendKeys(typed);
    Browser.clickAndWaitForPage(browser, browser.findElement(By.id("campaignForm:save")));
    assertThat(browser.findElement(By.id("campaignsForm:campaigns")).getText()).contains(typed);
    assertThat(root.get("/campaigns/" + campaign).body().path("name").asText()).isEqualTo(typed);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  private static long created(Answer answer) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.id();
  }
}
