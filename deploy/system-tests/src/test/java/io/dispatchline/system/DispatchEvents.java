package io.dispatchline.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Dispatch events as ingest-service would publish them (valid against the contract), with bodies of
 * realistic size, for feeding query-service directly through Kafka.
 */
public final class DispatchEvents {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WORDS =
      List.of(
          "minister",
          "talks",
          "border",
          "trade",
          "agreement",
          "delegation",
          "summit",
          "energy",
          "railway",
          "security",
          "cooperation",
          "election",
          "parliament",
          "harvest",
          "market",
          "currency",
          "pipeline",
          "province",
          "investment",
          "ceasefire",
          "council",
          "exports");

  private DispatchEvents() {}

  /** A 32-hex id, distinct for every distinct name. */
  public static String id(String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON value of event {@code sequence} of a document, with a body of about 1.5 KB. */
  public static String event(String id, String documentId, int sequence, Random random) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", id);
    e.put("documentId", documentId);
    e.put("sequence", sequence);
    e.put("kind", "dispatch");
    e.put("headline", "Officials discuss " + word(random) + " and " + word(random));
    e.put("located", "BISHKEK");
    e.put("agency", "Xinhua");
    e.put("datelineText", "BISHKEK, Oct. 26 (Xinhua) —");
    e.put("dateText", "Oct. 26");
    e.put("date", "2023-10-26");
    StringBuilder body = new StringBuilder();
    int words = 0;
    while (body.length() < 1500) {
      body.append(body.isEmpty() ? "The " : " the ").append(word(random));
      words += 2;
      if (random.nextInt(12) == 0) {
        body.append(".\n\nThe ").append(word(random));
        words += 2;
      }
    }
    body.append('.');
    e.put("body", body.toString());
    e.put("wordCount", words);
    e.put("language", "en");
    e.putArray("mentions").addObject().put("name", "Kyrgyzstan").put("type", "place");
    e.putObject("source")
        .put("type", "test")
        .put("name", "system-test")
        .put("ingestedAt", Instant.now().toString());
    return e.toString();
  }

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }
}
