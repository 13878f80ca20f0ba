package io.dispatchline.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes: every resource read into the typed Kubernetes and Strimzi models (unknown
 * fields and wrong types fail), and the resources agree with each other and with the services.
 */
class KubernetesManifestsTest {

  static final Path ROOT = RepositoryRoot.path();
  static final Path DIR = ROOT.resolve("deploy/kubernetes");
  static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "v1/ConfigMap", ConfigMap.class,
          "v1/Secret", Secret.class,
          "v1/Service", Service.class,
          "apps/v1/Deployment", Deployment.class,
          "apps/v1/StatefulSet", StatefulSet.class,
          "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
          "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
          "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);
  static final ObjectMapper STRICT = strictMapper();
  static final List<HasMetadata> RESOURCES = load();

  @Test
  void everyResourceMatchesItsSchemaWithoutUnknownFields() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : manifests()) {
      for (JsonNode doc : Yaml.documents(file)) {
        String where = file.getFileName() + " " + doc.path("kind").asText();
        try {
          UnknownFields.in(read(doc)).forEach(f -> problems.add(where + ": unknown field " + f));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(RESOURCES).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void schemaCheckRejectsMisspelledFieldsWrongTypesAndUnknownKinds() throws IOException {
    JsonNode deployment = document("query-service.yaml", "Deployment");
    ObjectNode misspelled = deployment.deepCopy();
    ObjectNode container = (ObjectNode) misspelled.at("/spec/template/spec/containers/0");
    container.set("livnessProbe", container.remove("livenessProbe"));
    ObjectNode wrongType = deployment.deepCopy();
    ((ObjectNode) wrongType.get("spec")).put("replicas", "two");
    ObjectNode unknownKind = ((ObjectNode) deployment.deepCopy()).put("kind", "Deploymnet");

    assertThat(UnknownFields.in(read(misspelled)))
        .containsExactly("spec.template.spec.containers[0].livnessProbe");
    assertThatThrownBy(() -> read(wrongType)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read(unknownKind)).hasMessageContaining("Deploymnet");
  }

  @Test
  void kustomizationListsEveryManifest() throws IOException {
    List<String> listed = new ArrayList<>();
    Yaml.single(DIR.resolve("kustomization.yaml"))
        .get("resources")
        .forEach(r -> listed.add(r.asText()));

    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(
            manifests().stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void servicesRunAsNonRootWithProbesOnQuarkusHealth() {
    List<Deployment> deployments = all(Deployment.class);
    assertThat(deployments)
        .extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrder("ingest-service", "query-service");
    for (Deployment d : deployments) {
      PodTemplateSpec pod = d.getSpec().getTemplate();
      Container c = pod.getSpec().getContainers().get(0);
      Set<String> ports = new HashSet<>();
      c.getPorts().forEach(p -> ports.add(p.getName()));
      assertThat(c.getImage()).startsWith("dispatchline/" + d.getMetadata().getName() + ":");
      assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
      assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
      assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
      assertThat(ports)
          .contains(
              c.getLivenessProbe().getHttpGet().getPort().getStrVal(),
              c.getReadinessProbe().getHttpGet().getPort().getStrVal());
      assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getMetadata().getLabels())
          .containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
    }
  }

  /**
   * A pod being stopped keeps serving while it leaves its Service's endpoints (preStop), then gets
   * SIGTERM and drains: the grace period must cover the preStop, the HTTP drain and what each
   * service finishes on its own after it (ingest: the Kafka transaction of an upload, bounded by
   * dispatchline.publish.timeout; query: the batch being stored, up to 10 s in
   * DispatchConsumer.onStop), else the kubelet's SIGKILL cuts the drain short.
   */
  @Test
  void gracefulShutdownFitsInTheTerminationGracePeriod() throws IOException {
    Map<String, Long> ownDrainSeconds =
        Map.of(
            "ingest-service",
            seconds(
                property(
                    "ingest-service",
                    "dispatchline.publish.timeout")), // an upload waits for its transaction
            "query-service",
            10L); // DispatchConsumer.onStop: the batch being stored commits and is acknowledged
    for (Deployment d : all(Deployment.class)) {
      String name = d.getMetadata().getName();
      PodTemplateSpec pod = d.getSpec().getTemplate();
      Container c = pod.getSpec().getContainers().get(0);
      assertThat(c.getLifecycle()).as(name + " lifecycle").isNotNull();
      assertThat(c.getLifecycle().getPreStop().getSleep()).as(name + " preStop sleep").isNotNull();
      long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
      String shutdown =
          c.getEnv().stream()
              .filter(e -> e.getName().equals("QUARKUS_SHUTDOWN_TIMEOUT"))
              .map(EnvVar::getValue)
              .findFirst()
              .orElse(null);
      assertThat(shutdown).as(name + " QUARKUS_SHUTDOWN_TIMEOUT").isNotNull();
      long httpDrain = seconds(shutdown);
      long own = ownDrainSeconds.get(name);
      Long grace = pod.getSpec().getTerminationGracePeriodSeconds();

      assertThat(preStop).as(name + " preStop").isGreaterThanOrEqualTo(3);
      if (name.equals("ingest-service")) {
        // An upload in flight is answered only when its transaction ends.
        assertThat(httpDrain).as(name + " shutdown timeout").isGreaterThanOrEqualTo(own);
      }
      assertThat(grace).as(name + " terminationGracePeriodSeconds").isNotNull();
      assertThat(grace)
          .as(name + ": preStop " + preStop + " + drain " + httpDrain + " + own " + own)
          .isGreaterThanOrEqualTo(
              preStop + (name.equals("ingest-service") ? httpDrain : httpDrain + own) + 5);
    }
  }

  /** A duration as Quarkus reads it ({@code 30s}, {@code 2m}, {@code 500ms}), whole seconds up. */
  static long seconds(String duration) {
    Matcher m = Pattern.compile("(\\d+)(ms|s|m)").matcher(duration.trim());
    assertThat(m.matches()).as("duration " + duration).isTrue();
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> (n + 999) / 1000;
      case "m" -> n * 60;
      default -> n;
    };
  }

  /** A property's default from a service's application.properties ({@code ${ENV:default}}). */
  static String property(String service, String key) throws IOException {
    for (String line :
        Files.readAllLines(
            ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
      if (line.startsWith(key + "=")) {
        String value = line.substring(key.length() + 1).trim();
        Matcher env = Pattern.compile("\\$\\{[A-Z_]+:(.*)}").matcher(value);
        return env.matches() ? env.group(1) : value;
      }
    }
    throw new IllegalStateException(key + " not in " + service + "'s application.properties");
  }

  @Test
  void everyServiceSelectsAWorkloadAndTargetsOneOfItsPorts() {
    for (Service service : all(Service.class)) {
      Map<String, String> selector = service.getSpec().getSelector();
      List<PodTemplateSpec> pods =
          Stream.concat(
                  all(Deployment.class).stream().map(d -> d.getSpec().getTemplate()),
                  all(StatefulSet.class).stream().map(s -> s.getSpec().getTemplate()))
              .filter(p -> p.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
              .toList();
      assertThat(pods).as(service.getMetadata().getName()).hasSize(1);
      Set<String> ports = new HashSet<>();
      pods.get(0).getSpec().getContainers().get(0).getPorts().forEach(p -> ports.add(p.getName()));
      for (ServicePort port : service.getSpec().getPorts()) {
        assertThat(ports).contains(port.getTargetPort().getStrVal());
      }
    }
  }

  @Test
  void everyConfigMapAndSecretReferenceResolves() {
    List<Container> containers = new ArrayList<>();
    all(Deployment.class)
        .forEach(d -> containers.addAll(d.getSpec().getTemplate().getSpec().getContainers()));
    all(StatefulSet.class)
        .forEach(s -> containers.addAll(s.getSpec().getTemplate().getSpec().getContainers()));
    List<String> references = new ArrayList<>();
    for (Container c : containers) {
      for (EnvVar env : c.getEnv()) {
        if (env.getValueFrom() == null) {
          continue;
        }
        var configKey = env.getValueFrom().getConfigMapKeyRef();
        var secretKey = env.getValueFrom().getSecretKeyRef();
        if (configKey != null) {
          assertThat(configMap(configKey.getName()).getData()).containsKey(configKey.getKey());
        } else if (secretKey != null) {
          assertThat(secret(secretKey.getName()).getStringData()).containsKey(secretKey.getKey());
        } else {
          // The downward API (the pod's own name, for a stable transactional id): no reference.
          assertThat(env.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
          continue;
        }
        references.add(env.getName());
      }
      for (EnvFromSource from : c.getEnvFrom()) {
        assertThat(configMap(from.getConfigMapRef().getName())).isNotNull();
      }
    }
    assertThat(references)
        .contains("QUARKUS_DATASOURCE_PASSWORD", "INGEST_TOKEN", "POSTGRES_PASSWORD");
  }

  @Test
  void kafkaIsKraftWithANodePoolAndTheServicesUseItsBootstrapService() {
    Kafka kafka = all(Kafka.class).get(0);
    String cluster = kafka.getMetadata().getName();
    assertThat(kafka.getMetadata().getAnnotations())
        .containsEntry("strimzi.io/kraft", "enabled")
        .containsEntry("strimzi.io/node-pools", "enabled");
    KafkaNodePool pool = all(KafkaNodePool.class).get(0);
    assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
    assertThat(pool.getSpec().getRoles())
        .containsExactlyInAnyOrder(ProcessRoles.BROKER, ProcessRoles.CONTROLLER);

    GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().get(0);
    assertThat(configMap("dispatchline").getData())
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", cluster + "-kafka-bootstrap:" + plain.getPort());
  }

  @Test
  void replicationFactorsAndMinInsyncReplicasFollowTheNumberOfBrokers() {
    int brokers =
        all(KafkaNodePool.class).stream()
            .filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
            .mapToInt(p -> p.getSpec().getReplicas())
            .sum();
    Map<String, Object> config = all(Kafka.class).get(0).getSpec().getKafka().getConfig();
    int factor = Integer.parseInt(config.get("default.replication.factor").toString());
    // As many copies as brokers, up to three; one may be down without refusing acks=all writes.
    assertThat(factor).isEqualTo(Math.min(brokers, 3));
    int minInsync = factor == 1 ? 1 : factor - 1;
    assertThat(config)
        .containsEntry("offsets.topic.replication.factor", factor)
        .containsEntry("transaction.state.log.replication.factor", factor)
        .containsEntry("min.insync.replicas", minInsync)
        .containsEntry("transaction.state.log.min.isr", minInsync);
    for (KafkaTopic t : all(KafkaTopic.class)) {
      assertThat(t.getSpec().getReplicas()).as(t.getMetadata().getName()).isEqualTo(factor);
    }
  }

  @Test
  void topicsAreTheEventContractsAndBelongToTheCluster() throws IOException {
    String cluster = all(Kafka.class).get(0).getMetadata().getName();
    List<String> contract = new ArrayList<>();
    Yaml.single(ROOT.resolve("docs/asyncapi.yaml"))
        .get("channels")
        .forEach(channel -> contract.add(channel.get("address").asText()));
    List<KafkaTopic> topics = all(KafkaTopic.class);

    assertThat(topics)
        .extracting(t -> t.getMetadata().getName())
        .containsExactlyInAnyOrderElementsOf(contract);
    for (KafkaTopic t : topics) {
      assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
      assertThat(t.getSpec().getPartitions()).isPositive();
    }
  }

  @Test
  void queryServiceReachesThePostgresServiceAndDatabase() {
    Map<String, String> config = configMap("dispatchline").getData();
    Matcher jdbc =
        Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)")
            .matcher(config.get("QUARKUS_DATASOURCE_JDBC_URL"));
    assertThat(jdbc.matches()).isTrue();
    Service postgres = named(Service.class, jdbc.group(1));

    assertThat(postgres.getSpec().getPorts())
        .extracting(ServicePort::getPort)
        .contains(Integer.valueOf(jdbc.group(2)));
    assertThat(jdbc.group(3)).isEqualTo(config.get("POSTGRES_DB"));
    assertThat(named(StatefulSet.class, "postgres").getSpec().getServiceName())
        .isEqualTo(postgres.getMetadata().getName());
  }

  private static HasMetadata read(JsonNode doc) throws JsonProcessingException {
    String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    Class<? extends HasMetadata> type = KINDS.get(key);
    if (type == null) {
      throw new IllegalArgumentException(
          "no schema for " + key + " (known: " + KINDS.keySet() + ")");
    }
    return STRICT.treeToValue(doc, type);
  }

  private static List<HasMetadata> load() {
    List<HasMetadata> resources = new ArrayList<>();
    try {
      for (Path file : manifests()) {
        for (JsonNode doc : Yaml.documents(file)) {
          resources.add(read(doc));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return resources;
  }

  private static List<Path> manifests() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
          .sorted()
          .toList();
    }
  }

  private static JsonNode document(String file, String kind) {
    return Yaml.documents(DIR.resolve(file)).stream()
        .filter(d -> kind.equals(d.path("kind").asText()))
        .findFirst()
        .orElseThrow();
  }

  private static <T extends HasMetadata> List<T> all(Class<T> type) {
    return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends HasMetadata> T named(Class<T> type, String name) {
    return all(type).stream()
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
  }

  private static ConfigMap configMap(String name) {
    return named(ConfigMap.class, name);
  }

  private static Secret secret(String name) {
    return named(Secret.class, name);
  }

  /** Numbers and booleans must be written as such: "2" for replicas is an error, as in kubectl. */
  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = Yaml.MAPPER.copy();
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Boolean, LogicalType.Float)) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    return mapper;
  }
}
