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
    Document login = Jsoup.parse(get("login.xhtml").body(), url);
    Element form = login.getElementById("loginForm");
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.put("loginForm:username", "admin");
    fields.put("loginForm:password", ApiClient.adminPassword());
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
  }

  @Test
  void everyConsoleResponseCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> login = get("login.xhtml");
    HttpResponse<String> capacityModel = logIn();

    for (HttpResponse<String> page : List.of(login, capacityModel)) {
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValue("frame-ancestors 'none'");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
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
