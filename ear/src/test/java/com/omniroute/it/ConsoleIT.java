package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console over plain HTTP from the deployed EAR: its pages after a form login, the redirect to
 * the login page without one, the security headers and the session cookie's attributes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .cookieHandler(new CookieManager())
          .build();

  private final String url = System.getProperty("routing.url");

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Logs in through the login form as a browser would: its fields and its Faces view state. */
  private HttpResponse<String> logIn() throws Exception {
    return logIn("admin", ApiClient.adminPassword());
  }

  private HttpResponse<String> logIn(String username, String password) throws Exception {
    Document login = Jsoup.parse(get("login.xhtml").body(), url);
    Element form = login.getElementById("loginForm");
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:login", "");
    String encoded =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(form.absUrl("action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startPageListsTheCapacityPoliciesFromTheDatabase() throws Exception {
    HttpResponse<String> page = logIn();

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    Document html = Jsoup.parse(page.body());
    assertThat(html.title()).isEqualTo("Media capacity model · Omniroute");
    assertThat(html.select("script[src*=primefaces]")).isNotEmpty();
    // One row per seeded media type, in precedence order: type, share, required spare,
    // precedence, overrides, how many one agent holds at once. Other tests may add types.
    Set<String> seeded = Set.of("VOICE", "CHAT", "WHATSAPP", "MESSENGER", "SMS", "EMAIL");
    List<List<String>> rows =
        html.select("#capacityPolicies tbody tr").stream()
            .map(row -> row.select("td").eachText())
            .filter(cells -> seeded.contains(cells.get(0)))
            .toList();
    assertThat(rows)
        .containsExactly(
            List.of("VOICE", "100", "50", "1", "CHAT, EMAIL", "1"),
            List.of("CHAT", "25", "25", "2", "none", "4"),
            List.of("WHATSAPP", "25", "25", "3", "none", "4"),
            List.of("MESSENGER", "25", "25", "4", "none", "4"),
            List.of("SMS", "25", "25", "5", "none", "4"),
            List.of("EMAIL", "25", "100", "6", "none", "1"));
  }

  @Test
  void unknownPageAnswers404WithTheConsolePage() throws Exception {
    logIn();
    HttpResponse<String> page = get("no-such-page.xhtml");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
  }

  @Test
  void withoutLoginEveryPageRedirectsToTheLoginPage() throws Exception {
    for (String path :
        List.of("", "index.xhtml", "no-such-page.xhtml", "resources/css/console.css")) {
      HttpResponse<String> page = get(path);

      assertThat(page.uri().getPath()).as(path).isEqualTo("/routing/login.xhtml");
      assertThat(Jsoup.parse(page.body()).title()).as(path).isEqualTo("Log in · Omniroute");
    }
  }

  @Test
  void theApiContractAndTheFacesResourcesNeedNoLogin() throws Exception {
    assertThat(get("openapi.yaml").statusCode()).isEqualTo(200);
    Document login = Jsoup.parse(get("login.xhtml").body(), url);
    String script = login.select("script[src*=jakarta.faces.resource]").first().absUrl("src");

    HttpResponse<String> resource =
        http.send(
            HttpRequest.newBuilder(URI.create(script)).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(resource.statusCode()).isEqualTo(200);
    assertThat(resource.uri().getPath()).doesNotEndWith("login.xhtml");

    // The page names its icon, so a browser does not ask the server's root for /favicon.ico (a 404
    // in every browser console).
    HttpResponse<String> icon =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(login.select("link[rel=icon]").first().absUrl("href")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
  }

  @Test
  void everyConsoleResponseCarriesTheSecurityHeaders() throws Exception {
    HttpClient noRedirects =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> redirectToLogin =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> apiRefusal =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create(url + "api/v1/media-types")).build(),
            HttpResponse.BodyHandlers.ofString());
    // A form post with a view state the server never gave out fails inside Faces: the error page.
    HttpResponse<String> errorPage =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create(url + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "loginForm=loginForm&jakarta.faces.ViewState=forged"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login = get("login.xhtml");
    HttpResponse<String> capacityModel = logIn();
    HttpResponse<String> notFound = get("no-such-page.xhtml");

    assertThat(redirectToLogin.statusCode()).isEqualTo(302);
    assertThat(redirectToLogin.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/routing/login.xhtml"));
    assertThat(apiRefusal.statusCode()).isEqualTo(401);
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(errorPage.statusCode()).isEqualTo(500);
    assertThat(errorPage.body()).contains("Something went wrong").doesNotContain("Exception");
    for (HttpResponse<String> page :
        List.of(redirectToLogin, apiRefusal, errorPage, login, capacityModel, notFound)) {
      String what = page.statusCode() + " " + page.uri().getPath();
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .hasValue(
              "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
      assertThat(page.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }
    assertThat(apiRefusal.headers().firstValue("Cache-Control")).hasValue("no-store");
    for (HttpResponse<String> page : List.of(login, capacityModel)) {
      assertOnlyScriptsWithTheNonceRun(page);
    }
  }

  /**
   * Security finding 10: a console page allows only scripts from the application that carry the
   * page's own nonce, and has no inline handler left that a nonce could not cover, so an injected
   * script or {@code onclick} would not run.
   */
  private static void assertOnlyScriptsWithTheNonceRun(HttpResponse<String> page) {
    String what = page.uri().getPath();
    Matcher policy =
        Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)';?")
            .matcher(String.join(" | ", page.headers().allValues("Content-Security-Policy")));
    assertThat(policy.find()).as("%s has a script-src with a nonce", what).isTrue();
    String nonce = policy.group(1);
    Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
    int count = 0;
    while (scripts.find()) {
      assertThat(scripts.group()).as(what).contains("nonce=\"" + nonce + "\"");
      count++;
    }
    assertThat(count).as("scripts of %s", what).isPositive();
    assertThat(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find())
        .as("%s has an inline event handler", what)
        .isFalse();
  }

  /**
   * Each role's menu: the items it needs are there, and nothing it may not use. The allowed sets
   * already name the screens that are on their way (members, agents, users, security groups).
   */
  @Test
  void eachRoleSeesTheMenuItemsItMayUseAndOnlyTheSuperadminEditsTheCapacityModel()
      throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ApiClient root = ApiClient.superadmin();
    long group = root.post("/security-groups", ApiClient.body("name", "Menu " + suffix)).id();
    String password = "menu-" + suffix;
    root.createUser("menu.superadmin." + suffix, password, "superadmin", group, null);
    root.createUser("menu.admin." + suffix, password, "admin", group, null);
    root.createUser("menu.supervisor." + suffix, password, "supervisor", group, null);
    root.createDesk(group, "Menu agent " + suffix, "menu.agent." + suffix, password);
    Set<String> all =
        Set.of(
            "capacityModel",
            "campaigns",
            "members",
            "agents",
            "users",
            "securityGroups",
            "dashboard",
            "simulator",
            "reports",
            "audit");
    Set<String> forAdmins =
        Set.of(
            "capacityModel",
            "campaigns",
            "members",
            "agents",
            "dashboard",
            "simulator",
            "reports",
            "audit");
    Set<String> forSupervisors = Set.of("capacityModel", "dashboard", "simulator", "reports");
    Map<String, List<Set<String>>> requiredAndAllowed =
        Map.of(
            "superadmin",
            List.of(Set.of("capacityModel", "campaigns", "dashboard", "simulator", "audit"), all),
            "admin",
            List.of(
                Set.of("capacityModel", "campaigns", "dashboard", "simulator", "audit"), forAdmins),
            "supervisor",
            List.of(forSupervisors, forSupervisors),
            "agent",
            List.of(Set.of("capacityModel", "desk"), Set.of("capacityModel", "desk")));

    for (Map.Entry<String, List<Set<String>>> role : requiredAndAllowed.entrySet()) {
      http.cookieHandler()
          .map(CookieManager.class::cast)
          .orElseThrow()
          .getCookieStore()
          .removeAll();
      Document page = Jsoup.parse(logIn("menu." + role.getKey() + "." + suffix, password).body());
      Map<String, String> items =
          page.select("#menuForm\\:menu a[id^=menuForm:]").stream()
              .collect(
                  Collectors.toMap(
                      a -> a.id().substring("menuForm:".length()), a -> a.attr("href")));

      assertThat(items.keySet())
          .as(role.getKey())
          .containsAll(role.getValue().get(0))
          .isSubsetOf(role.getValue().get(1));
      assertThat(items.get("capacityModel"))
          .as(role.getKey() + ": the capacity model item opens the editor for a superadmin only")
          .endsWith(
              role.getKey().equals("superadmin")
                  ? "/routing/admin/capacity-model.xhtml"
                  : "/routing/index.xhtml");
      assertThat(page.getElementById("editCapacityModel") != null)
          .as(role.getKey() + ": the start page's edit button")
          .isEqualTo(role.getKey().equals("superadmin"));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict"));
  }

  @Test
  void theApiStaysStateless() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "api/v1/media-types"))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + ApiClient.adminPassword())
                                        .getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
  }
}
