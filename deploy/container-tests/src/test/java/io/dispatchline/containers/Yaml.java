package io.dispatchline.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** YAML files read as Jackson trees, every document of a multi-document file. */
final class Yaml {

  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private Yaml() {}

  static List<JsonNode> documents(Path file) {
    try (YAMLParser parser = (YAMLParser) MAPPER.getFactory().createParser(file.toFile())) {
      List<JsonNode> documents = new ArrayList<>();
      MAPPER.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
      return documents.stream()
          .filter(d -> d != null && !d.isNull() && !d.isMissingNode())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid YAML", e);
    }
  }

  static JsonNode single(Path file) {
    List<JsonNode> documents = documents(file);
    if (documents.size() != 1) {
      throw new IllegalStateException(file + " has " + documents.size() + " documents, not one");
    }
    return documents.get(0);
  }
}
