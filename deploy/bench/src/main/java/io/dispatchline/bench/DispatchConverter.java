package io.dispatchline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Kafka Connect converter for the peer benchmark: turns a dispatch event (the same JSON value
 * query-service consumes) into a Connect struct whose fields are the columns of the {@code
 * dispatches} table, because the Debezium JDBC sink needs a schema and flat fields. It parses the
 * JSON once; it does not validate against the contract schema, and it does not produce mentions or
 * documents rows. {@code content_hash} is the SHA-256 of the value. Loaded by the Connect worker
 * from this module's classes.
 */
public class DispatchConverter implements Converter {

  static final Schema SCHEMA =
      SchemaBuilder.struct()
          .name("dispatchline.dispatch")
          .field("id", Schema.STRING_SCHEMA)
          .field("document_id", Schema.STRING_SCHEMA)
          .field("sequence", Schema.INT32_SCHEMA)
          .field("kind", Schema.STRING_SCHEMA)
          .field("headline", Schema.OPTIONAL_STRING_SCHEMA)
          .field("located", Schema.OPTIONAL_STRING_SCHEMA)
          .field("agency", Schema.OPTIONAL_STRING_SCHEMA)
          .field("dateline_text", Schema.OPTIONAL_STRING_SCHEMA)
          .field("date_text", Schema.OPTIONAL_STRING_SCHEMA)
          .field("dispatch_date", org.apache.kafka.connect.data.Date.builder().optional().build())
          .field("body", Schema.STRING_SCHEMA)
          .field("word_count", Schema.INT32_SCHEMA)
          .field("language", Schema.STRING_SCHEMA)
          .field("source_type", Schema.OPTIONAL_STRING_SCHEMA)
          .field("source_name", Schema.OPTIONAL_STRING_SCHEMA)
          .field("ingested_at", Timestamp.SCHEMA)
          .field("content_hash", Schema.STRING_SCHEMA)
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}

  @Override
  public byte[] fromConnectData(String topic, Schema schema, Object value) {
    throw new UnsupportedOperationException("sink side only");
  }

  @Override
  public SchemaAndValue toConnectData(String topic, byte[] value) {
    try {
      JsonNode e = JSON.readTree(value);
      JsonNode source = e.path("source");
      Struct s =
          new Struct(SCHEMA)
              .put("id", e.get("id").asText())
              .put("document_id", e.get("documentId").asText())
              .put("sequence", e.get("sequence").asInt())
              .put("kind", e.get("kind").asText())
              .put("headline", text(e, "headline"))
              .put("located", text(e, "located"))
              .put("agency", text(e, "agency"))
              .put("dateline_text", text(e, "datelineText"))
              .put("date_text", text(e, "dateText"))
              .put("dispatch_date", date(text(e, "date")))
              .put("body", e.get("body").asText())
              .put("word_count", e.get("wordCount").asInt())
              .put("language", e.get("language").asText())
              .put("source_type", text(source, "type"))
              .put("source_name", text(source, "name"))
              .put("ingested_at", Date.from(Instant.parse(source.get("ingestedAt").asText())))
              .put("content_hash", sha256(value));
      return new SchemaAndValue(SCHEMA, s);
    } catch (IOException | RuntimeException e) {
      throw new DataException("not a dispatch event", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Date date(String iso) {
    // Connect's Date logical type: midnight UTC of the day
    return iso == null
        ? null
        : Date.from(LocalDate.parse(iso).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
  }

  private static String sha256(byte[] value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
