package io.dispatchline.ingest.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The event contract's JSON Schema, shared with query-service: docs/contract. */
public final class ContractSchema {

  public static final Path SCHEMA = Path.of("../docs/contract/dispatch-event.schema.json");
  static final Path EXAMPLE = Path.of("../docs/contract/dispatch-event.example.json");

  private final JsonSchema schema;

  public ContractSchema() throws IOException {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  public Set<ValidationMessage> validate(JsonNode event) {
    return schema.validate(event);
  }
}
