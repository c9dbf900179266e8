package com.omniroute.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The API contract, {@code docs/openapi.yaml}, as a check of the answers the tests receive: the
 * status must be one the operation describes, and a JSON body must match the schema described for
 * that status. A client generated from the document reads exactly what the server writes.
 */
final class ApiContract {

  /** Where the build keeps the document; Surefire and Failsafe run in the ear module. */
  static final Path FILE = Path.of(System.getProperty("openapi.file", "../docs/openapi.yaml"));

  private static OpenApiInteractionValidator validator;

  private ApiContract() {}

  /**
   * What is wrong with an answer, by the contract; empty when nothing is. Paths the document does
   * not describe are not judged here: the tests that probe them check their own answers, and
   * OpenApiIT checks that every implemented operation is described.
   */
  static List<String> violations(
      String method, URI uri, int status, String contentType, String body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    ValidationReport report =
        validator()
            .validateResponse(uri.getPath(), Request.Method.valueOf(method), response.build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }

  private static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator =
          OpenApiInteractionValidator.createForSpecificationUrl(FILE.toUri().toString())
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                      .build())
              .build();
    }
    return validator;
  }
}
