package io.dispatchline.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generated wire dispatches of realistic shape: a headline, a dateline with place, date and agency,
 * and a body of 1–5 KB in news sentences whose topic words are skewed (a few are common, most are
 * rare), so full-text queries match many or few rows as they do on real data.
 */
final class Corpus {

  static final List<String> AGENCIES =
      List.of("Xinhua", "Reuters", "AFP", "AP", "dpa", "Kyodo", "Yonhap", "EFE");
  static final List<String> PLACES =
      List.of(
          "BEIJING",
          "LONDON",
          "PARIS",
          "BISHKEK",
          "NAIROBI",
          "TOKYO",
          "BERLIN",
          "ROME",
          "MADRID",
          "SEOUL",
          "CAIRO",
          "LIMA",
          "JAKARTA",
          "ANKARA",
          "LAGOS",
          "OTTAWA",
          "HANOI",
          "MANILA",
          "ASTANA",
          "BAKU",
          "WARSAW",
          "VIENNA",
          "GENEVA",
          "BRUSSELS",
          "ATHENS",
          "LISBON",
          "OSLO");
  static final List<String> TOPICS =
      List.of(
          "trade",
          "election",
          "minister",
          "economy",
          "flood",
          "earthquake",
          "bank",
          "inflation",
          "summit",
          "ceasefire",
          "parliament",
          "protest",
          "energy",
          "oil",
          "gas",
          "drought",
          "vaccine",
          "hospital",
          "school",
          "railway",
          "port",
          "airport",
          "export",
          "tariff",
          "budget",
          "debt",
          "investment",
          "currency",
          "court",
          "border",
          "refugee",
          "harvest",
          "wheat",
          "rice",
          "climate",
          "solar",
          "wind",
          "nuclear",
          "satellite",
          "rocket",
          "football",
          "festival",
          "museum",
          "tourism",
          "typhoon",
          "wildfire",
          "strike",
          "wage",
          "pension",
          "tax",
          "reform",
          "treaty",
          "sanctions",
          "embassy",
          "delegation",
          "forum",
          "technology",
          "software",
          "telecom",
          "mining",
          "copper",
          "lithium",
          "steel",
          "shipping",
          "fishery",
          "forest",
          "water",
          "bridge",
          "highway",
          "metro",
          "housing",
          "insurance");
  private static final List<String> VERBS =
      List.of("said", "announced", "reported", "confirmed", "warned", "noted", "stressed");
  private static final List<String> TEMPLATES =
      List.of(
          "Officials %s on Tuesday that the %s plan would be reviewed by the %s committee.",
          "The talks between the two sides %s progress on %s and %s, according to a statement.",
          "Analysts %s that rising %s costs could weigh on %s in the coming months.",
          "A spokesperson %s that %s projects would receive more funding, with %s next.",
          "Local authorities %s that the %s situation remained stable despite worries over %s.",
          "Delegates %s the %s agenda, the %s forecast and regional cooperation.",
          "Residents %s that %s had affected daily life, while %s services were restored.");
  private static final String[] MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  /** One generated dispatch. */
  record Item(
      String headline, String place, String agency, LocalDate date, String body, int words) {

    /** As printed in a page: headline line, then the dateline and the first paragraph. */
    String asText() {
      String dateline =
          capitalise(place.toLowerCase())
              + ", "
              + MONTHS[date.getMonthValue() - 1]
              + " "
              + date.getDayOfMonth()
              + " ("
              + agency
              + ") -- ";
      return headline + "\n" + dateline + body + "\n";
    }
  }

  private final Random random;

  Corpus(long seed) {
    this.random = new Random(seed);
  }

  /** A dispatch whose headline carries {@code tag}, so every tag gives a distinct text and id. */
  Item next(String tag) {
    String place = pick(PLACES);
    String agency = AGENCIES.get((int) (Math.pow(random.nextDouble(), 1.6) * AGENCIES.size()));
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
    String a = topic();
    String b = topic();
    String headline =
        capitalise(a)
            + " and "
            + b
            + " talks open in "
            + capitalise(place.toLowerCase())
            + " "
            + tag;
    int target = 1000 + random.nextInt(4000);
    StringBuilder body = new StringBuilder();
    int words = 0;
    while (body.length() < target) {
      String sentence = String.format(pick(TEMPLATES), pick(VERBS), topic(), topic());
      words += sentence.split(" ").length;
      body.append(sentence);
      // a paragraph every few sentences, as wire copy has
      body.append(random.nextInt(3) == 0 ? "\n" : " ");
    }
    return new Item(headline, place, agency, date, body.toString().strip(), words);
  }

  /** A page of {@code count} dispatches, separated by blank lines, as a news site bundles them. */
  String document(String tag, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(next("(" + tag + "-" + i + ")").asText()).append('\n');
    }
    return text.toString();
  }

  private String topic() {
    // skewed: the first topics are far more frequent than the last
    return TOPICS.get((int) (Math.pow(random.nextDouble(), 2.2) * TOPICS.size()));
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
