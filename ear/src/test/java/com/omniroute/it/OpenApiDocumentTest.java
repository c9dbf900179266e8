package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.campaign.entity.CampaignDefaults;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} is a valid OpenAPI 3 document by the standard parser that code
 * generators use (swagger-parser): no structural error, no unknown key, no unresolved reference. It
 * runs with the unit tests, so a broken contract fails the build before any server starts.
 */
class OpenApiDocumentTest {

  @Test
  void theContractIsAValidOpenApiDocument() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateExternalRefs(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(Files.readString(ApiContract.FILE), null, options);
    assertThat(parsed.getMessages()).as("the parser's messages").isEmpty();
    assertThat(parsed.getOpenAPI()).isNotNull();
    assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
  }

  /**
   * The document's defaults for a new campaign are the ones the server applies: the YAML cannot
   * refer to {@link CampaignDefaults}, so this keeps the two from drifting apart.
   */
  @Test
  void theCampaignDefaultsAreTheServers() throws Exception {
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(Files.readString(ApiContract.FILE), null, null);
    Map<String, Schema> properties =
        parsed.getOpenAPI().getComponents().getSchemas().get("Campaign").getProperties();
    Map<String, Object> documented = new LinkedHashMap<>();
    properties.forEach(
        (field, schema) -> {
          if (schema.getDefault() != null) {
            documented.put(field, schema.getDefault());
          }
        });
    assertThat(documented)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "enabled", CampaignDefaults.ENABLED,
                "serviceLevelSeconds", CampaignDefaults.SERVICE_LEVEL_SECONDS,
                "dropoutSeconds", CampaignDefaults.DROPOUT_SECONDS,
                "chatTimeLimitSeconds", CampaignDefaults.CHAT_TIME_LIMIT_SECONDS,
                "acdLimit", CampaignDefaults.ACD_LIMIT,
                "maxInteractionsPerAgent", CampaignDefaults.MAX_INTERACTIONS_PER_AGENT,
                "schedule", CampaignDefaults.SCHEDULE,
                "timeZone", CampaignDefaults.TIME_ZONE,
                "offerTimeoutSeconds", CampaignDefaults.OFFER_TIMEOUT_SECONDS,
                "wrapUpSeconds", CampaignDefaults.WRAP_UP_SECONDS));
  }

  /** The check every ApiClient answer goes through can fail, and fails for the right reasons. */
  @Test
  void anAnswerOutsideTheContractIsNamed() {
    URI groups = URI.create("http://localhost/routing/api/v1/security-groups");
    assertThat(
            ApiContract.violations(
                "GET", groups, 200, "application/json", "[{\"id\":1,\"name\":\"Support\"}]"))
        .isEmpty();
    assertThat(ApiContract.violations("GET", groups, 200, "application/json", "{\"id\":1}"))
        .anySatisfy(v -> assertThat(v).contains("array"));
    assertThat(ApiContract.violations("GET", groups, 418, "application/json", "{}"))
        .anySatisfy(v -> assertThat(v).contains("418"));
  }

  @Test
  void theValidatorFindsAStrayKeyLikeTheOnesThatBrokeTheContract() {
    String broken =
        """
        openapi: 3.0.3
        info: { title: t, version: "1" }
        paths:
          /groups:
            get:
              responses:
                "200": { description: The groups, by name, content: {} }
        """;
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());
    assertThat(parsed.getMessages()).anySatisfy(m -> assertThat(m).contains("by name"));
  }
}
