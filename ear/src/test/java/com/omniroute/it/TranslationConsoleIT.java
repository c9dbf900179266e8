package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every console page in Spanish and in Portuguese (issue 14): no "???key???" marker of a missing
 * key, no text of the English bundle that the language's bundle translates, none of the Faces
 * defaults in English, and the texts made in Java in the language too: a number field given
 * letters, a refused schedule, a refusal of a service, the reasons why an interaction waits, the
 * channel names and the members screen's counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TranslationConsoleIT {

  private static final Path BUNDLES =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../web/src/main/resources/com/omniroute/console");

  /** Faces' and the services' English, which no bundle holds. */
  private static final List<String> ENGLISH_ONLY =
      List.of(
          "???",
          "Validation Error",
          "must be a number",
          "Example:",
          "does not exist",
          "already exists",
          "not waiting",
          "LOGGED_OUT",
          "NOT_READY");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String groupName = "Grupo " + suffix;
  private final String campaignName = "Cola " + suffix;
  private long group;
  private long campaign;
  private long agent;
  private ConsoleDriver console;

  @BeforeEach
  void aCampaignWithAWaitingInteractionAndALoggedOutMember() {
    group = root.post("/security-groups", body("name", groupName)).id();
    campaign =
        root.post(
                "/campaigns",
                body(
                    "name",
                    campaignName,
                    "mediaType",
                    "VOICE",
                    "securityGroupId",
                    group,
                    "offerTimeoutSeconds",
                    600))
            .id();
    agent = root.createAgent(group, "Lucía " + suffix, "lucia." + suffix);
    root.addMember(campaign, agent, 0);
    ApiClient.Answer arrived =
        root.post("/interactions", body("campaignId", campaign, "customer", "cliente-" + suffix));
    assertThat(arrived.status()).as(arrived.raw()).isEqualTo(201);
  }

  @AfterEach
  void close() {
    if (console != null) {
      console.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "es, 'es-ES,es', Voz, '1 desconectado', 'Seleccionados: ningún miembro, ningún agente',"
        + " 'Abandono (segundos): introduzca un número entero, 0 o más.',"
        + " 'Grupo 1, posición 0: día desconocido \"lun\"; los días son mon tue wed thu fri sat sun',"
        + " 'Ya existe un grupo de seguridad llamado', 'El nombre es obligatorio',"
        + " 'La contraseña debe tener al menos 8 caracteres', 'Se necesita al menos un rol'",
    "pt, 'pt-PT,pt', Voz, '1 desligado', 'Selecionados: nenhum membro, nenhum agente',"
        + " 'Abandono (segundos): introduza um número inteiro, 0 ou mais.',"
        + " 'Grupo 1, posição 0: dia desconhecido \"lun\"; os dias são mon tue wed thu fri sat sun',"
        + " 'Já existe um grupo de segurança chamado', 'O nome é obrigatório',"
        + " 'A palavra-passe deve ter pelo menos 8 caracteres', 'É necessária pelo menos uma função'"
  })
  void everyPageAndEveryMessageIsInTheLanguage(
      String language,
      String acceptLanguage,
      String voice,
      String loggedOut,
      String noSelection,
      String notANumber,
      String badSchedule,
      String groupTaken,
      String nameRequired,
      String passwordShort,
      String rolesRequired)
      throws IOException {
    Map<String, String> english = untranslated(language);
    console = ConsoleDriver.logIn("admin", ApiClient.adminPassword(), acceptLanguage);
    assertThat(console.browser().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo(language);

    for (String page :
        List.of(
            "index.xhtml",
            "admin/capacity-model.xhtml",
            "admin/campaigns/list.xhtml",
            "admin/campaigns/edit.xhtml",
            "admin/campaigns/edit.xhtml?id=" + campaign,
            "admin/members.xhtml",
            "admin/agents/list.xhtml",
            "admin/agents/edit.xhtml",
            "admin/agents/edit.xhtml?id=" + agent,
            "admin/users/list.xhtml",
            "admin/users/edit.xhtml",
            "admin/security-groups/list.xhtml",
            "admin/security-groups/edit.xhtml",
            "admin/security-groups/edit.xhtml?id=" + group,
            "agent/desk.xhtml",
            "live/dashboard.xhtml",
            "live/simulator.xhtml",
            "no/such/page.xhtml")) {
      console.open(page);
      assertTranslated(page, english);
    }

    console.open("admin/campaigns/list.xhtml");
    assertThat(console.browser().findElement(By.tagName("body")).getText())
        .as("the channel's name")
        .contains(voice);

    console.open("admin/members.xhtml");
    assertThat(console.text("membersForm:selection")).isEqualTo(noSelection);

    console.open("admin/campaigns/edit.xhtml?id=" + campaign);
    console.type("campaignForm:dropoutSeconds", "abc");
    console.type("campaignForm:schedule", "lun;09:00-18:00");
    console.browser().findElement(By.id("campaignForm:save")).click();
    Browser.waitForAjax(console.browser());
    assertThat(console.text("campaignForm:dropoutSecondsMessage")).isEqualTo(notANumber);
    assertThat(console.text("campaignForm:scheduleMessage")).isEqualTo(badSchedule);
    assertTranslated("the refused campaign form", english);

    console.open("admin/campaigns/edit.xhtml?id=" + campaign);
    console.type("campaignForm:name", " ");
    console.browser().findElement(By.id("campaignForm:save")).click();
    Browser.waitForAjax(console.browser());
    assertThat(console.text("campaignForm:nameMessage"))
        .as("the service's Bean Validation message, in the language")
        .isEqualTo(nameRequired);

    console.open("admin/users/edit.xhtml");
    console.type("userForm:username", "nuevo-" + suffix);
    console.type("userForm:password", "abc");
    console.browser().findElement(By.id("userForm:save")).click();
    Browser.waitForAjax(console.browser());
    assertThat(console.text("userForm:passwordMessage")).isEqualTo(passwordShort);
    assertThat(console.text("userForm:rolesMessage")).isEqualTo(rolesRequired);

    console.open("admin/security-groups/edit.xhtml");
    console.type("groupForm:name", groupName);
    console.browser().findElement(By.id("groupForm:save")).click();
    Browser.waitForAjax(console.browser());
    assertThat(console.messages()).isEqualTo(groupTaken + " " + groupName);

    console.open("live/dashboard.xhtml");
    // A push may redraw the table at any moment: the button is looked up again if it was.
    console.press(
        By.xpath(
            "//*[@id='dashboardForm:campaigns_data']/tr[.//span[normalize-space()='"
                + campaignName
                + "']]//button[contains(@id,':whyWaiting')]"));
    new WebDriverWait(console.browser(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> console.text("waitingForm:waitingList").contains("cliente-" + suffix));
    // The channel's code is checked here only, on this test's own interaction: other tests'
    // campaigns on the shared server may carry a code in their names ("VOICE 10/5 ...").
    assertThat(console.text("waitingForm:waitingList"))
        .contains(voice)
        .contains(campaignName)
        .contains(loggedOut)
        .doesNotContain("VOICE");
    assertTranslated("the why-waiting list", english);
  }

  private void assertTranslated(String page, Map<String, String> english) {
    String text = console.browser().findElement(By.tagName("body")).getText();
    List<String> found = new ArrayList<>();
    ENGLISH_ONLY.stream().filter(text::contains).forEach(found::add);
    english.forEach(
        (key, value) -> {
          if (text.contains(value)) {
            found.add(key + "=" + value);
          }
        });
    assertThat(found).as("English left on %s", page).isEmpty();
  }

  /**
   * The English texts, or their fixed parts between arguments, that the language translates
   * otherwise: none of them may show on its pages. Short ones are left out, as they may be part of
   * a longer word or of a name.
   */
  private static Map<String, String> untranslated(String language) throws IOException {
    Properties english = load("messages.properties");
    Properties other = load("messages_" + language + ".properties");
    Map<String, String> texts = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      String value = english.getProperty(key);
      if (value.equals(other.getProperty(key)) || key.startsWith("channel.")) {
        continue;
      }
      String[] parts = value.replace("''", "'").split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");
      for (String part : parts) {
        String fixed = part.strip();
        if (fixed.length() >= 12 && !other.getProperty(key).contains(fixed)) {
          texts.put(key, fixed);
        }
      }
    }
    return texts;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
