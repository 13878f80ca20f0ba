package io.dispatchline.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose.yaml: valid by the Compose Specification's schema and by the compose tool itself,
 * and wired the way the services need (names, ports, start order, topics, images).
 */
class ComposeFileTest {

  static final Path ROOT = RepositoryRoot.path();
  static final Path COMPOSE = ROOT.resolve("deploy/compose.yaml");
  static final JsonNode FILE = Yaml.single(COMPOSE);
  static final JsonNode SERVICES = FILE.get("services");

  @Test
  void composeFileFollowsTheComposeSpecification() throws IOException {
    assertThat(specErrors(FILE)).isEmpty();
  }

  @Test
  void specificationCheckRejectsAMisspelledServiceKey() throws IOException {
    ObjectNode broken = FILE.deepCopy();
    ((ObjectNode) broken.get("services").get("kafka")).put("imagee", "apache/kafka");

    assertThat(specErrors(broken)).isNotEmpty();
  }

  @Test
  void composeToolAcceptsTheFile() throws Exception {
    List<String> command = composeCommand();
    command.addAll(List.of("-f", COMPOSE.toString(), "config", "--quiet"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
  }

  @Test
  void servicesReachKafkaAndPostgresUnderTheirServiceNames() {
    String advertised = env("kafka", "KAFKA_ADVERTISED_LISTENERS");
    for (String service : List.of("ingest-service", "query-service")) {
      String bootstrap = env(service, "KAFKA_BOOTSTRAP_SERVERS");
      assertThat(advertised).contains("://" + bootstrap);
      assertThat(SERVICES.has(bootstrap.split(":")[0])).as(bootstrap).isTrue();
    }
    Matcher jdbc =
        Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)")
            .matcher(env("query-service", "QUARKUS_DATASOURCE_JDBC_URL"));
    assertThat(jdbc.matches()).isTrue();
    assertThat(SERVICES.has(jdbc.group(1))).isTrue();
    assertThat(jdbc.group(2)).isEqualTo(env(jdbc.group(1), "POSTGRES_DB"));
    assertThat(env("query-service", "QUARKUS_DATASOURCE_USERNAME"))
        .isEqualTo(env(jdbc.group(1), "POSTGRES_USER"));
    assertThat(env("query-service", "QUARKUS_DATASOURCE_PASSWORD"))
        .isEqualTo(env(jdbc.group(1), "POSTGRES_PASSWORD"));
  }

  @Test
  void servicesStartOnceTheTopicsExistAndTheDatabaseIsHealthy() {
    JsonNode query = SERVICES.get("query-service").get("depends_on");
    JsonNode ingest = SERVICES.get("ingest-service").get("depends_on");

    assertThat(query.at("/kafka-init/condition").asText())
        .isEqualTo("service_completed_successfully");
    assertThat(query.at("/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(SERVICES.at("/postgres/healthcheck/test").isArray()).isTrue();
    assertThat(ingest.at("/kafka-init/condition").asText())
        .isEqualTo("service_completed_successfully");
  }

  @Test
  void kafkaInitCreatesEveryTopicOfTheEventContract() throws IOException {
    String script = SERVICES.get("kafka-init").get("command").get(2).asText();
    List<String> topics = new ArrayList<>();
    Yaml.single(ROOT.resolve("docs/asyncapi.yaml"))
        .get("channels")
        .forEach(channel -> topics.add(channel.get("address").asText()));

    assertThat(topics).contains("dispatches", "documents", "documents-dlq", "dispatches-dlq");
    for (String topic : topics) {
      assertThat(script).containsPattern(" " + Pattern.quote(topic) + ":[1-9]");
    }
    assertThat(env("kafka", "KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
  }

  @Test
  void oneBrokerMeansEveryReplicationFactorAndMinInsyncIsOne() {
    List<String> brokers = new ArrayList<>();
    SERVICES
        .fields()
        .forEachRemaining(
            s -> {
              if (s.getValue().path("environment").has("KAFKA_PROCESS_ROLES")) {
                brokers.add(s.getKey());
              }
            });
    assertThat(brokers).containsExactly("kafka");
    for (String name :
        List.of(
            "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
            "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
            "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
            "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR",
            "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR")) {
      assertThat(env("kafka", name)).as(name).isEqualTo("1");
    }
    assertThat(env("kafka-init", "DISPATCHLINE_KAFKA_REPLICATION_FACTOR")).isEqualTo("1");
    assertThat(SERVICES.get("kafka-init").get("command").get(2).asText())
        .contains("--replication-factor \"$${DISPATCHLINE_KAFKA_REPLICATION_FACTOR:-1}\"");
  }

  @Test
  void flushPerMessageIsAVariableThatDefaultsToKafkasOwnDefault() {
    assertThat(SERVICES.at("/kafka/environment/KAFKA_LOG_FLUSH_INTERVAL_MESSAGES").asText())
        .isEqualTo("${DISPATCHLINE_KAFKA_FLUSH_INTERVAL_MESSAGES:-" + Long.MAX_VALUE + "}");
  }

  @Test
  void servicesArePublishedOnTheirDocumentedPorts() {
    assertThat(SERVICES.at("/ingest-service/ports/0").asText()).endsWith(":-8080}:8080");
    assertThat(SERVICES.at("/query-service/ports/0").asText()).endsWith(":-8081}:8081");
    assertThat(SERVICES.at("/ingest-service/volumes/0").asText()).startsWith("../seeds:");
  }

  @Test
  void imagesDefaultToTheOfficialOnesTheBuildUses() throws IOException {
    assertThat(SERVICES.at("/kafka/image").asText())
        .isEqualTo("${KAFKA_IMAGE:-apache/kafka:" + System.getProperty("kafka.version") + "}");
    assertThat(SERVICES.at("/kafka-init/image").asText())
        .isEqualTo(SERVICES.at("/kafka/image").asText());
    assertThat(SERVICES.at("/postgres/image").asText()).isEqualTo("${POSTGRES_IMAGE:-postgres:15}");
    for (String service : List.of("ingest-service", "query-service")) {
      JsonNode build = SERVICES.get(service).get("build");
      Path dockerfile =
          COMPOSE
              .getParent()
              .resolve(build.get("context").asText())
              .resolve(build.get("dockerfile").asText());
      String javaImage = build.at("/args/JAVA_IMAGE").asText();
      assertThat(Files.readString(dockerfile))
          .contains("ARG JAVA_IMAGE=" + javaImage.replaceAll("^\\$\\{JAVA_IMAGE:-(.*)}$", "$1"));
    }
  }

  private static String env(String service, String name) {
    JsonNode value = SERVICES.get(service).get("environment").get(name);
    assertThat(value).as(service + " " + name).isNotNull();
    String text = value.asText();
    // ${VAR:-default} resolves to its default when the variable is unset.
    return text.replaceAll("\\$\\{\\w+:-([^}]*)}", "$1");
  }

  private static Set<ValidationMessage> specErrors(JsonNode file) throws IOException {
    // The Compose Specification's schema, as the compose tool ships it (Apache License 2.0).
    try (InputStream spec = ComposeFileTest.class.getResourceAsStream("/compose-spec.json")) {
      JsonNode schema = Yaml.MAPPER.readTree(spec);
      // Its draft-04 style "id" members only name parts of it; 2019-09 validators reject them.
      removeIds(schema);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
          .getSchema(schema)
          .validate(file);
    }
  }

  private static void removeIds(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("id").isTextual()) {
      object.remove("id");
    }
    node.forEach(ComposeFileTest::removeIds);
  }

  /** docker-compose (v1) or docker compose (v2), whichever is installed. */
  private static List<String> composeCommand() throws Exception {
    if (runs("docker-compose", "version")) {
      return new ArrayList<>(List.of("docker-compose"));
    }
    if (runs("docker", "compose", "version")) {
      return new ArrayList<>(List.of("docker", "compose"));
    }
    DockerRequirement.skipOrFail("neither docker-compose nor docker compose is installed");
    throw new AssertionError("unreachable");
  }

  private static boolean runs(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException notInstalled) {
      return false;
    }
  }
}
