package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.omniroute.api.RoutingApi;
import com.omniroute.it.ApiClient.Answer;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI description the application serves matches the API in both directions: every
 * operation of the JAX-RS resources is described, and every described operation answers on the
 * running server with one of the statuses the description gives it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.routingEar();
  }

  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");
  private static final String ABSENT_ID = "999999999";

  private JsonNode description;

  @BeforeEach
  void fetchTheServedDescription() throws Exception {
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(System.getProperty("routing.url") + "openapi.yaml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("yaml"));
    description = new ObjectMapper(new YAMLFactory()).readTree(served.body());
    assertThat(description.path("openapi").asText()).startsWith("3.");
  }

  /**
   * A key without a value is how an unquoted comma in a flow mapping shows ({@code description: The
   * groups, by name, content: ...} makes "by name" a key): a standard linter calls it a structural
   * error, and a client generator reads a broken contract.
   */
  @Test
  void theDescriptionHasNoKeyWithoutAValue() {
    List<String> stray = new ArrayList<>();
    collectKeysWithoutValue(description, "", stray);
    assertThat(stray).isEmpty();
  }

  private static void collectKeysWithoutValue(JsonNode node, String path, List<String> stray) {
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isNull()) {
                stray.add(path + "/" + field.getKey());
              }
              collectKeysWithoutValue(field.getValue(), path + "/" + field.getKey(), stray);
            });
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectKeysWithoutValue(node.get(i), path + "/" + i, stray);
      }
    }
  }

  @Test
  void everyResourceOperationIsDescribedAndNothingElse() throws Exception {
    assertThat(described()).isEqualTo(implemented());
  }

  @Test
  void everyDescribedOperationAnswersWithADescribedStatusInTheErrorShape() {
    ApiClient root = ApiClient.superadmin();
    ApiClient anonymous = ApiClient.anonymous();
    List<String> checked = new ArrayList<>();
    description
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          if (!VERBS.containsValue(operation.getKey().toUpperCase())) {
                            return;
                          }
                          String method = operation.getKey().toUpperCase();
                          String target = path.getKey().replaceAll("\\{[^}]+}", ABSENT_ID);
                          Object body =
                              method.equals("POST") || method.equals("PUT") ? Map.of() : null;
                          Answer answer = root.send(method, target, body);
                          String name = method + " " + path.getKey();
                          assertThat(
                                  operation
                                      .getValue()
                                      .path("responses")
                                      .has(String.valueOf(answer.status())))
                              .as("%s answered %d: %s", name, answer.status(), answer.raw())
                              .isTrue();
                          if (answer.status() >= 400) {
                            assertThat(answer.error()).as(name).isNotBlank();
                            assertThat(answer.body().path("message").asText())
                                .as(name)
                                .isNotEqualTo("There is nothing at this address");
                          }
                          Answer refused = anonymous.send(method, target, body);
                          assertThat(refused.status()).as(name).isEqualTo(401);
                          assertThat(operation.getValue().path("responses").has("401"))
                              .as(name)
                              .isTrue();
                          checked.add(name);
                        }));
    assertThat(checked).hasSize(described().size());
  }

  private TreeSet<String> described() {
    TreeSet<String> operations = new TreeSet<>();
    description
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              Iterator<String> methods = path.getValue().fieldNames();
              methods.forEachRemaining(
                  m -> {
                    if (VERBS.containsValue(m.toUpperCase())) {
                      operations.add(m.toUpperCase() + " " + path.getKey());
                    }
                  });
            });
    return operations;
  }

  /** The operations of every {@code @Path} class in the web module's API packages. */
  private static TreeSet<String> implemented() throws Exception {
    File classes =
        new File(RoutingApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TreeSet<String> operations = new TreeSet<>();
    try (JarFile jar = new JarFile(classes)) {
      for (String name :
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith("com/omniroute/api/") && n.endsWith(".class"))
              .toList()) {
        Class<?> type =
            Class.forName(
                name.replace('/', '.').replace(".class", ""),
                false,
                OpenApiIT.class.getClassLoader());
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
            if (method.isAnnotationPresent(verb.getKey())) {
              Path sub = method.getAnnotation(Path.class);
              operations.add(
                  verb.getValue() + " /" + root.value() + (sub == null ? "" : "/" + sub.value()));
            }
          }
        }
      }
    }
    return operations;
  }
}
