package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.it.ApiClient.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code docs/deploy.md}, followed to the letter (issue 7): every shell block of the guide runs in
 * order, as IT staff would paste it, on a stock WildFly the guide itself unpacks and a database the
 * guide itself creates on the build's MariaDB. Then the console and the API of the deployed EAR
 * must answer, also after the guide's upgrade steps. So the guide cannot drift from the product.
 *
 * <p>A {@code <!-- guide-test: KIND -->} comment before a block says what to do with it: {@code
 * settings} is prepended to every later block, followed by this test's own values for the settings
 * that name places (folders, the database server, the administrator's login); {@code run} runs in
 * bash and must succeed; {@code start} starts WildFly in the background, as a service would; {@code
 * check} runs like {@code run}, and then this test checks the console and the API itself (and that
 * what it stored at the first check survived the upgrade). The only other change is the ports: 8080
 * and 9990 become this test's, and the server is started with the matching port offset. Runs in the
 * MariaDB pass of the build only.
 */
@EnabledIfSystemProperty(named = "test.database", matches = "mysql")
class DeployGuideIT {

  private static final Logger LOG = Logger.getLogger(DeployGuideIT.class.getName());

  private static final Pattern MARKED_BLOCK =
      Pattern.compile("<!-- guide-test: (\\w+) -->\\s*\\n```sh\\n(.*?)\\n```", Pattern.DOTALL);

  /** Long enough for the guide's own wait for a started server, which gives up after 3 minutes. */
  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

  /** One marked block of the guide. */
  private record Block(String kind, String script) {}

  private final Path guide = Path.of(System.getProperty("guide.file"));
  private final Path dir = Path.of(System.getProperty("guide.dir")).toAbsolutePath();

  /** Where the guide's unzip puts the server: the zip's top folder in the guide's folder. */
  private final Path wildflyHome = Path.of(System.getProperty("guide.wildfly.home"));

  private final Path release = dir.resolve("release");
  private final String httpPort = System.getProperty("guide.http.port");
  private final String managementPort = System.getProperty("guide.management.port");
  private final int httpsPort = 8443 + Integer.getInteger("guide.port.offset");
  private final List<Process> servers = new ArrayList<>();
  private final String groupName = "Atención 客服 🎧 " + Long.toHexString(System.nanoTime());
  private String adminPassword;
  private Long groupId;
  private int step;

  @Test
  void theGuideTakesAStockWildFlyToAWorkingConsoleAndApiAndThroughAnUpgrade() throws Exception {
    List<Block> blocks = blocks(Files.readString(guide));
    assertThat(blocks).extracting(Block::kind).startsWith("settings").contains("run", "start");
    assertThat(blocks).extracting(Block::kind).filteredOn("check"::equals).hasSize(2);
    assertThat(blocks).extracting(Block::kind).filteredOn("settings"::equals).hasSize(1);
    prepareRelease();
    String settings = blocks.get(0).script() + "\n" + overrides();
    adminPassword = setting(settings, "ROUTING_ADMIN_PASSWORD");

    for (Block block : blocks.subList(1, blocks.size())) {
      switch (block.kind()) {
        case "run" -> run(settings, block.script());
        case "start" -> start(settings, block.script());
        case "check" -> {
          run(settings, block.script());
          consoleAndApiAnswer();
        }
        default -> throw new AssertionError("Unknown guide-test kind '" + block.kind() + "'");
      }
    }

    try (Stream<Path> files = Files.list(dir)) {
      Path backup =
          files
              .filter(f -> f.getFileName().toString().matches("routing-\\d{8}-\\d{6}\\.sql"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the upgrade's backup in " + dir));
      assertThat(Files.readString(backup)).contains("CREATE TABLE `interaction`", groupName);
    }
  }

  /**
   * What the guide's checks promise, seen from outside: the console's login page and the API as the
   * guide's admin. The first time a security group named in three scripts is created (the guide's
   * database and connection must keep every character); every later time, after the upgrade, it
   * must still be there.
   */
  private void consoleAndApiAnswer() throws IOException {
    String url = "http://localhost:" + httpPort + "/routing/";
    Document login = Jsoup.connect(url + "login.xhtml").get();
    assertThat(login.select("input[type=password]")).hasSize(1);

    ApiClient admin = ApiClient.at(url, "admin", adminPassword);
    Answer mediaTypes = admin.get("/media-types");
    assertThat(mediaTypes.status()).as(mediaTypes.raw()).isEqualTo(200);
    assertThat(mediaTypes.body()).hasSize(6);
    if (groupId == null) {
      Answer group = admin.post("/security-groups", body("name", groupName));
      assertThat(group.status()).as(group.raw()).isEqualTo(201);
      groupId = group.id();
    }
    assertThat(admin.get("/security-groups/" + groupId).body().path("name").asText())
        .isEqualTo(groupName);
  }

  @AfterEach
  void stopServers() throws InterruptedException {
    for (Process server : servers) {
      if (server.isAlive()) {
        // standalone.sh runs WildFly as its child: stop the JVM first, then the script.
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
          server.descendants().forEach(ProcessHandle::destroyForcibly);
          server.destroyForcibly();
        }
      }
    }
  }

  /** The marked blocks of the guide, in order. */
  static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher block = MARKED_BLOCK.matcher(markdown);
    while (block.find()) {
      blocks.add(new Block(block.group(1), block.group(2)));
    }
    return blocks;
  }

  /** What IT staff get: the built EAR and the two scripts, in a folder of their own. */
  private void prepareRelease() throws IOException {
    Files.createDirectories(release);
    Files.copy(
        Path.of(System.getProperty("routing.ear")),
        release.resolve("routing.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    Path scripts = Path.of(System.getProperty("guide.scripts"));
    for (String script : List.of("configure-server.cli", "mysql-datasource.cli", "tls.cli")) {
      Files.copy(
          scripts.resolve(script), release.resolve(script), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * This machine's answers to the settings that name places: everything else (database name,
   * account, passwords) is the guide's own example.
   */
  private String overrides() {
    String database = "127.0.0.1";
    String port = System.getProperty("guide.db.port");
    Map<String, String> values =
        Map.of(
            "WILDFLY_HOME", wildflyHome.toString(),
            "WILDFLY_ZIP", System.getProperty("guide.wildfly.zip"),
            "RELEASE", release.toString(),
            "MYSQL_DRIVER_JAR", System.getProperty("guide.driver.jar"),
            "TLS_KEYSTORE", release.resolve("routing-tls.p12").toString(),
            "DB_HOST", database,
            "DB_PORT", port,
            // The build's MariaDB lets root in from this machine without a password.
            "DB_ADMIN_OPTIONS", "--host=" + database + " --port=" + port + " --user=root");
    StringBuilder exports = new StringBuilder();
    values.forEach(
        (name, value) ->
            exports.append("export ").append(name).append("='").append(value).append("'\n"));
    return exports.toString();
  }

  /** The value a variable has once the settings ran. */
  private String setting(String settings, String name) throws Exception {
    Path output = dir.resolve("setting-" + name + ".txt");
    Process shell = bash(settings + "\nprintf '%s' \"$" + name + "\"", output);
    assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return Files.readString(output);
  }

  private void run(String settings, String script) throws Exception {
    Path output = dir.resolve(String.format("step-%02d.log", ++step));
    LOG.info(() -> "Guide step " + step + ":\n" + script);
    Process shell = bash(settings + "\n" + onOurPorts(script), output);
    boolean ended = shell.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!ended) {
      shell.descendants().forEach(ProcessHandle::destroyForcibly);
      shell.destroyForcibly();
    }
    String log = Files.readString(output);
    assertThat(ended)
        .as("step %s ended within %s:%n%s%n%s", step, STEP_TIMEOUT, script, log)
        .isTrue();
    assertThat(shell.exitValue()).as("exit code of step %s:%n%s%n%s", step, script, log).isZero();
  }

  /** WildFly in the background, as a service runs it, on this test's ports. */
  private void start(String settings, String script) throws Exception {
    for (Process running : servers) {
      // The guide stops the server before it starts it again; the old script is ending.
      assertThat(running.waitFor(60, TimeUnit.SECONDS)).as("the stopped server ended").isTrue();
    }
    Path output = dir.resolve(String.format("step-%02d-wildfly.log", ++step));
    String command =
        onOurPorts(script).strip()
            + " -Djboss.socket.binding.port-offset="
            + System.getProperty("guide.port.offset");
    LOG.info(() -> "Guide step " + step + " (in the background):\n" + command);
    servers.add(bash(settings + "\n" + command, output));
  }

  /** The guide's ports shifted to this test's, and every listener on loopback only. */
  private String onOurPorts(String script) {
    return script
        .replace("localhost:8080", "localhost:" + httpPort)
        .replace("localhost:8443", "localhost:" + httpsPort)
        .replace("localhost:9990", "localhost:" + managementPort)
        .replace("-b 0.0.0.0", "-b 127.0.0.1");
  }

  private Process bash(String script, Path output) throws IOException {
    Files.writeString(output, "", StandardCharsets.UTF_8);
    return new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + script)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
  }
}
