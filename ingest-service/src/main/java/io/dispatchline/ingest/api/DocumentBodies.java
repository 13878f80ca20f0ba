package io.dispatchline.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.ingest.source.IncomingDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a raw HTTP body into an {@link IncomingDocument}, or a clear 4xx: empty, too large, not
 * text in the declared (or default UTF-8) charset, binary, malformed JSON.
 */
@ApplicationScoped
public class DocumentBodies {

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9999;

  private final ObjectMapper mapper;
  private final long maxBytes;

  public DocumentBodies(
      ObjectMapper mapper,
      @ConfigProperty(name = "dispatchline.documents.max-bytes", defaultValue = "5242880")
          long maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a request body up to the limit: a larger one (e.g. chunked, without Content-Length) is
   * refused with 413 as soon as it passes the limit, without reading the rest.
   */
  public byte[] readLimited(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw BadDocumentException.tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new BadDocumentException(
          400, "unreadable-body", "Body could not be read", "The body could not be read: " + e);
    }
  }

  public IncomingDocument read(
      byte[] body, MediaType type, String sourceType, String source, String published) {
    if (body == null || body.length == 0) {
      throw BadDocumentException.empty();
    }
    if (body.length > maxBytes) {
      throw BadDocumentException.tooLarge(maxBytes);
    }
    String text = decode(body, type);
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return fromJson(text, sourceType);
    }
    boolean html = MediaType.TEXT_HTML_TYPE.isCompatible(type);
    return document(
        text,
        html,
        sourceType,
        sourceName("source", source),
        referenceDate("published", published));
  }

  private IncomingDocument fromJson(String json, String sourceType) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (IOException e) {
      throw BadDocumentException.badField("body", "is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw BadDocumentException.badField("body", "must be a JSON object with 'text' or 'html'");
    }
    JsonNode text = node.get("text");
    JsonNode html = node.get("html");
    if ((text == null) == (html == null)) {
      throw BadDocumentException.badField("body", "must have exactly one of 'text' and 'html'");
    }
    JsonNode content = text != null ? text : html;
    if (!content.isTextual()) {
      throw BadDocumentException.badField(text != null ? "text" : "html", "must be a string");
    }
    String source = sourceName("source", optionalString(node, "source"));
    String published = optionalString(node, "publishedAt");
    return document(
        content.asText(),
        html != null,
        sourceType,
        source,
        referenceDate("publishedAt", published));
  }

  private static IncomingDocument document(
      String content, boolean html, String sourceType, String source, LocalDate reference) {
    if (content.isBlank()) {
      throw BadDocumentException.empty();
    }
    if (looksBinary(content)) {
      throw BadDocumentException.notText("The body holds control characters: binary, not text");
    }
    return new IncomingDocument(content, html, sourceType, source, reference);
  }

  private static String optionalString(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw BadDocumentException.badField(field, "must be a string");
    }
    return value.asText();
  }

  /**
   * A source name goes into every event and into the database: control characters (NUL above all,
   * which PostgreSQL cannot store) would make an accepted document unstorable.
   */
  static String sourceName(String field, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw BadDocumentException.badField(field, "must not contain control characters");
    }
    return value;
  }

  /**
   * An ISO date or date-time; its date is the reference for resolving datelines' years. Years 1000
   * to 9999 only: resolved dates must stay four-digit years after year 0, as the event contract and
   * PostgreSQL require.
   */
  static LocalDate referenceDate(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date =
          value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null || date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw BadDocumentException.badField(
          field,
          "must be an ISO date (2023-10-26) or date-time (2023-10-26T09:54:00Z) in the years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR);
    }
    return date;
  }

  private static String decode(byte[] body, MediaType type) {
    Charset charset = charsetOf(type);
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw BadDocumentException.notText("The body is not valid " + charset.name() + " text");
    }
  }

  private static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (RuntimeException e) {
      throw BadDocumentException.notText("Unknown charset '" + name + "'");
    }
  }

  /** NUL and other C0 controls (but tab, newline, CR, form feed) do not occur in text. */
  private static boolean looksBinary(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return true;
      }
    }
    return false;
  }
}
