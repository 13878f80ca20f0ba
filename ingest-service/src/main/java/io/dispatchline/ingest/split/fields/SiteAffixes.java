package io.dispatchline.ingest.split.fields;

import java.util.List;

/**
 * A site's name that its template puts before or after every headline ("Afran : China says …",
 * "China says … | Example News"). Told from a headline's own words by repetition: a page of two or
 * more headlines that all open (or all close) with the same few words and a spaced separator.
 */
public record SiteAffixes(String prefix, String suffix) {
  public static final SiteAffixes NONE = new SiteAffixes("", "");

  /** A site name is a few words; a longer shared opening is a story's own series title. */
  private static final int MAX_NAME = 30;

  private static final String[] SEPARATORS = {" : ", " | ", " - ", " \u2013 ", " \u00bb ", " :: "};

  private static final int MIN_HEADLINES = 2;

  /** The affixes shared by all of {@code headlines}, or {@link #NONE}. */
  public static SiteAffixes of(List<String> headlines) {
    if (headlines.size() < MIN_HEADLINES) {
      return NONE;
    }
    return new SiteAffixes(shared(headlines, true), shared(headlines, false));
  }

  /** The headline without the site's name; unchanged when that would leave nothing. */
  public String strip(String headline) {
    String h = headline;
    if (!prefix.isEmpty() && h.startsWith(prefix) && h.length() > prefix.length()) {
      h = h.substring(prefix.length());
    }
    if (!suffix.isEmpty() && h.endsWith(suffix) && h.length() > suffix.length()) {
      h = h.substring(0, h.length() - suffix.length());
    }
    return h.strip();
  }

  private static String shared(List<String> headlines, boolean atStart) {
    String first = headlines.get(0);
    for (String separator : SEPARATORS) {
      int at = atStart ? first.indexOf(separator) : first.lastIndexOf(separator);
      if (at <= 0 || at + separator.length() >= first.length()) {
        continue;
      }
      String affix = atStart ? first.substring(0, at + separator.length()) : first.substring(at);
      if (affix.length() > MAX_NAME + separator.length() || !namesASite(affix)) {
        continue;
      }
      boolean everywhere = true;
      for (String h : headlines) {
        everywhere &=
            h.length() > affix.length() && (atStart ? h.startsWith(affix) : h.endsWith(affix));
      }
      if (everywhere) {
        return affix;
      }
    }
    return "";
  }

  /** A name starts with a capital or a digit, as "Afran", "BBC", "7News" do. */
  private static boolean namesASite(String affix) {
    String name = affix.strip();
    for (String separator : SEPARATORS) {
      String s = separator.strip();
      if (name.startsWith(s)) {
        name = name.substring(s.length()).strip();
      } else if (name.endsWith(s)) {
        name = name.substring(0, name.length() - s.length()).strip();
      }
    }
    return !name.isEmpty()
        && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.charAt(0)));
  }
}
