package io.dispatchline.query.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic wire dispatches: dateline place, agency, headline, a 1–2 KB body of news
 * sentences whose topic words follow a skewed (Zipf-like) distribution, and a few mentions.
 */
final class CorpusGenerator {

  static final String[] AGENCIES = {
    "Xinhua", "Reuters", "AFP", "AP", "dpa", "Kyodo", "TASS", "ANSA", "EFE", "Yonhap"
  };
  static final String[] PLACES = {
    "BEIJING",
    "LONDON",
    "PARIS",
    "BISHKEK",
    "NAIROBI",
    "TOKYO",
    "MOSCOW",
    "BERLIN",
    "ROME",
    "MADRID",
    "SEOUL",
    "CAIRO",
    "LIMA",
    "DELHI",
    "JAKARTA",
    "ANKARA",
    "TEHRAN",
    "KABUL",
    "LAGOS",
    "BRASILIA",
    "OTTAWA",
    "CANBERRA",
    "HANOI",
    "MANILA",
    "ASTANA",
    "TASHKENT",
    "BAKU",
    "KYIV",
    "WARSAW",
    "VIENNA",
    "GENEVA",
    "BRUSSELS",
    "ATHENS",
    "LISBON",
    "DUBLIN",
    "OSLO",
    "HELSINKI",
    "DHAKA",
    "KARACHI",
    "BOGOTA"
  };
  static final String[] TOPICS = {
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
    "import",
    "tariff",
    "budget",
    "debt",
    "investment",
    "currency",
    "court",
    "police",
    "army",
    "border",
    "refugee",
    "harvest",
    "wheat",
    "rice",
    "climate",
    "emission",
    "solar",
    "wind",
    "nuclear",
    "satellite",
    "rocket",
    "football",
    "olympics",
    "festival",
    "museum",
    "tourism",
    "typhoon",
    "wildfire",
    "storm",
    "strike",
    "union",
    "wage",
    "pension",
    "tax",
    "reform",
    "treaty",
    "sanctions",
    "diplomat",
    "embassy",
    "visit",
    "delegation",
    "cooperation",
    "agreement",
    "forum",
    "conference",
    "technology",
    "chip",
    "software",
    "startup",
    "telecom",
    "broadband",
    "mining",
    "copper",
    "lithium",
    "steel",
    "shipping",
    "container",
    "fishery",
    "forest",
    "water",
    "dam",
    "bridge",
    "highway",
    "metro",
    "housing",
    "construction",
    "insurance",
    "stock",
    "bond",
    "market"
  };
  static final String[] PEOPLE = {
    "Li Qiang",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Sadyr Japarov",
    "William Ruto",
    "Fumio Kishida",
    "Sergei Lavrov",
    "Antonio Guterres",
    "Narendra Modi",
    "Recep Tayyip Erdogan",
    "Lula da Silva",
    "Kassym-Jomart Tokayev",
    "Shavkat Mirziyoyev",
    "Ilham Aliyev",
    "Anthony Albanese",
    "Justin Trudeau",
    "Giorgia Meloni",
    "Pedro Sanchez",
    "Yoon Suk Yeol",
    "Joko Widodo"
  };
  static final String[] ORGS = {
    "United Nations",
    "World Bank",
    "IMF",
    "WHO",
    "SCO",
    "ASEAN",
    "African Union",
    "European Union",
    "OPEC",
    "WTO",
    "BRICS",
    "G20"
  };
  private static final String[] VERBS = {
    "said", "announced", "reported", "confirmed", "warned", "noted", "stressed", "added"
  };
  private static final String[] TEMPLATES = {
    "Officials %s on Tuesday that the %s plan would be reviewed by the %s committee.",
    "The %s talks between the two sides focused on %s and %s, according to a statement.",
    "Analysts %s that rising %s costs could weigh on %s in the coming months.",
    "A spokesperson %s that %s projects would receive additional funding this year.",
    "Local authorities %s that the %s situation remained stable despite concerns over %s.",
    "The report %s that %s output grew by %d percent compared with the same period last year.",
    "Delegates discussed %s, %s and regional %s during the two-day meeting.",
    "Residents %s that %s had affected daily life, while %s services were restored.",
  };

  private final Random random;

  CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A topic word, skewed: the first words of the list are much more frequent. */
  String topic() {
    double u = random.nextDouble();
    int i = (int) Math.floor(Math.pow(u, 2.2) * TOPICS.length);
    return TOPICS[Math.min(i, TOPICS.length - 1)];
  }

  /** One row's fields, in the COPY column order of {@link QueryBenchmark}. */
  Row row(int n, String documentId, int sequence) {
    String place = PLACES[random.nextInt(PLACES.length)];
    String agency =
        AGENCIES[(int) Math.floor(Math.pow(random.nextDouble(), 1.5) * AGENCIES.length)];
    LocalDate date =
        random.nextInt(40) == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
    String a = topic();
    String b = topic();
    String headline =
        capitalise(a)
            + " "
            + b
            + " "
            + VERBS[random.nextInt(VERBS.length)].replace("said", "talks")
            + " in "
            + capitalise(place.toLowerCase());
    StringBuilder body = new StringBuilder();
    int target = 1000 + random.nextInt(1000);
    List<String> mentions = new ArrayList<>();
    String person = PEOPLE[random.nextInt(PEOPLE.length)];
    String org = ORGS[random.nextInt(ORGS.length)];
    mentions.add(person + "\tperson");
    mentions.add(org + "\torganisation");
    body.append(person)
        .append(" met representatives of the ")
        .append(org)
        .append(" to discuss ")
        .append(a)
        .append(" and ")
        .append(b)
        .append(". ");
    while (body.length() < target) {
      String t = TEMPLATES[random.nextInt(TEMPLATES.length)];
      String s =
          t.contains("%d")
              ? String.format(
                  t, VERBS[random.nextInt(VERBS.length)], topic(), 1 + random.nextInt(30))
              : String.format(t, VERBS[random.nextInt(VERBS.length)], topic(), topic());
      body.append(s).append(' ');
    }
    String text = body.toString().strip();
    return new Row(
        "bench" + n,
        documentId,
        sequence,
        place,
        agency,
        place + ", (" + agency + ") --",
        date,
        headline,
        text,
        text.split(" ").length,
        mentions);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  record Row(
      String id,
      String documentId,
      int sequence,
      String located,
      String agency,
      String dateline,
      LocalDate date,
      String headline,
      String body,
      int words,
      List<String> mentions) {}
}
