package io.dispatchline.system.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A generated news page: a few dispatches under their own headlines, in the dateline families
 * ingest-service splits. Every dispatch carries the scenario's search token, so one query finds a
 * scenario's dispatches and nothing else.
 *
 * @param name unique name, also sent as the document's source
 * @param text the page as plain text
 */
record TestDocument(String name, String text) {

  private static final String[] DATELINES = {
    "GENEVA, March 3 (Reuters) -",
    "NAIROBI, Kenya (AP) —",
    "BISHKEK, Oct. 26 (Xinhua) —",
    "LONDON (Reuters) -",
  };
  private static final String[] TOPICS = {
    "grain corridor", "railway pact", "border talks", "energy summit", "water treaty", "trade fair"
  };

  /** A token unique to this JVM run and scenario: documents of two runs never share an id. */
  static String token(String scenario) {
    return "zq"
        + scenario.replaceAll("[^a-z0-9]", "")
        + UUID.randomUUID().toString().substring(0, 6);
  }

  /** {@code count} distinct documents of {@code dispatches} dispatches each. */
  static List<TestDocument> generate(String token, int count, int dispatches) {
    List<TestDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      documents.add(of(token, i, dispatches));
    }
    return documents;
  }

  static TestDocument of(String token, int number, int dispatches) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < dispatches; j++) {
      String topic = TOPICS[(number + j) % TOPICS.length];
      String mark = token + "d" + number + "x" + j;
      text.append("Delegates weigh ")
          .append(topic)
          .append(" in round ")
          .append(number)
          .append('-')
          .append(j)
          .append("\n\n")
          .append(DATELINES[(number + j) % DATELINES.length])
          .append(" Delegates met on Monday to discuss the ")
          .append(topic)
          .append(", reference ")
          .append(token)
          .append(" item ")
          .append(mark)
          .append(", officials said.\n\n")
          .append("The talks on the ")
          .append(topic)
          .append(" will continue next week, a spokesman told reporters after the meeting.\n\n");
    }
    return new TestDocument(token + "-" + number, text.toString());
  }
}
