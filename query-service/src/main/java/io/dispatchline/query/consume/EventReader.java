package io.dispatchline.query.consume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a record value into a {@link DispatchEvent}, or says why it never can be: not JSON, or not
 * valid against the contract's JSON Schema (the same file the producer is tested against).
 */
@ApplicationScoped
public class EventReader {

  static final String SCHEMA_RESOURCE = "/contract/dispatch-event.schema.json";
  private static final int MAX_REASON_LENGTH = 1000;

  /** The outcome for one record: an event, or the reason it is a dead letter. */
  public record Read(DispatchEvent event, String rejection) {
    public boolean ok() {
      return event != null;
    }
  }

  private final ObjectMapper mapper;
  private final JsonSchema schema;

  public EventReader(ObjectMapper mapper) {
    this.mapper = mapper;
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = EventReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
      }
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Read read(byte[] value) {
    if (value == null || value.length == 0) {
      return new Read(null, "empty value (tombstone or missing payload)");
    }
    JsonNode json;
    try {
      json = mapper.readTree(value);
    } catch (IOException e) {
      return new Read(null, "not JSON: " + firstLine(e.getMessage()));
    }
    Set<ValidationMessage> violations = schema.validate(json);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream()
              .map(ValidationMessage::getMessage)
              .sorted()
              .collect(Collectors.joining("; ", "violates the dispatch event schema: ", ""));
      return new Read(null, truncate(reason));
    }
    try {
      return new Read(mapper.treeToValue(json, DispatchEvent.class), null);
    } catch (IOException e) {
      return new Read(null, truncate("value out of range: " + firstLine(e.getMessage())));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return truncate(newline < 0 ? message : message.substring(0, newline));
  }

  private static String truncate(String s) {
    return s.length() <= MAX_REASON_LENGTH ? s : s.substring(0, MAX_REASON_LENGTH) + "…";
  }
}
