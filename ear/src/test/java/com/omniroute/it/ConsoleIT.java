package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
    String html = page.body();
    assertThat(html).contains("Media capacity model").contains("primefaces");
    // One row per seeded media type, in precedence order, with share and required spare.
    assertThat(html).containsSubsequence("VOICE", "CHAT", "WHATSAPP", "MESSENGER", "SMS", "EMAIL");
    assertThat(html)
        .containsPattern("EMAIL</span></td><td[^>]*><span>25</span></td><td[^>]*><span>100</span>");
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
