package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's start page, fetched over HTTP from the deployed EAR like a browser would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  @Test
  void startPageListsTheCapacityPoliciesFromTheDatabase() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(System.getProperty("routing.url"))).build(),
            HttpResponse.BodyHandlers.ofString());

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
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(System.getProperty("routing.url") + "no-such-page.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
  }
}
