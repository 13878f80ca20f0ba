package io.dispatchline.ingest.split.datelines;

import io.dispatchline.ingest.split.text.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a dateline at the start of a paragraph, by a hand-written scanner rather than a
 * regular expression: it looks at no more than the first {@value #MAX_DATELINE} characters and at
 * each of them a bounded number of times, so any paragraph costs O(1).
 *
 * <p>Grammar, in order:
 *
 * <pre>
 *   place      ALL-CAPS words ("BISHKEK", "NEW YORK", "HAVANA / BEIJING"), or Title-case words
 *              ("Riyadh", "New Delhi") when a listed agency follows; none at all before a date or
 *              a listed agency ("Nov. 29 (UPI) --", "(Bloomberg) --")
 *   region     ", Kenya", ", N.Y.", " [India]", " (Afghanistan)"
 *   [, date]   ", Oct. 26", ", Nov 14", ", Sept 30", ", October 26.", ", 26 October", with an
 *              optional ", 2023" (see {@link DateText})
 *   groups     "(Xinhua)", "(APP - Credit / Credit - 29th Nov, 2023)", "(Nov 29)" (see
 *              {@link AgencyGroup}), or TASS style "/TASS/."
 *   separator  "—", "–", "--", "-", ":" or EFE's ".-"; the TASS slash form is its own separator,
 *              and after a listed agency in parentheses it may be missing ("(IANS) The …")
 *   text       the story
 * </pre>
 *
 * A date line alone ("BISHKEK, October 26, 2023") has no separator and text and is no dateline. A
 * bare place and a colon ("BEIJING:") counts only for a known place: "NOTE:", "UPDATE:" and the
 * speakers of a transcript ("MODERATOR:") are not places.
 */
public final class DatelineParser {
  /** A dateline ends within this many characters of the paragraph start. */
  static final int MAX_DATELINE = 120;

  private static final int MAX_SLASH_AGENCY = 30;
  private static final int MAX_GROUPS = 2;

  private final Agencies agencies;
  private final Places places;
  private final CjkDatelines cjk;
  private final KoreanDatelines korean;

  public DatelineParser(Agencies agencies, Places places) {
    this.agencies = agencies;
    this.places = places;
    this.cjk = new CjkDatelines(agencies);
    this.korean = new KoreanDatelines(agencies);
  }

  /** Only listed places count for the "BEIJING:" form: callers that have no gazetteer. */
  public DatelineParser(Agencies agencies) {
    this(agencies, Places.load());
  }

  /** The place, or its region ("NAHA, Japan", "Srinagar [India]"), is in the gazetteer. */
  private boolean knownPlace(String p, int placeEnd, int locatedEnd) {
    if (places.known(p.substring(0, placeEnd))) {
      return true;
    }
    if (locatedEnd <= placeEnd + 2) {
      return false;
    }
    String region = p.substring(placeEnd + 1, locatedEnd).strip();
    if (region.startsWith("[") || region.startsWith("(")) {
      region = region.substring(1, region.length() - 1);
    }
    return places.known(region.strip());
  }

  /** A source credit in brackets before a dateline is at most this long. */
  private static final int MAX_CREDIT_PREFIX = 100;

  /**
   * The dateline the paragraph starts with, or null. A source credit in brackets may stand before
   * it, as syndication sites print one: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT - …",
   * "(UrduPoint / Pakistan Point News / WAM - 21st Mar, 2020) ABU DHABI, 21st March 2020 (WAM) -
   * …". The credit is in neither the dateline nor the body.
   */
  public Dateline parse(String p) {
    if (CjkDatelines.mayStart(p)) {
      return cjk.parse(p);
    }
    if (KoreanDatelines.mayStart(p)) {
      Dateline d = korean.parse(p);
      if (d != null) {
        return d;
      }
    }
    if (p.startsWith("\u2022 ")) {
      // "• CAIRO (AP) -- …": a list's bullet before the dateline is no part of it
      Dateline inner = parse(p.substring(2));
      return inner == null ? null : shifted(inner, "", 2);
    }
    Dateline d = parseAtStart(p);
    if (d != null && d.located() == null && d.month() == 0 && d.agency() != null) {
      d = withPlaceAfterAgency(p, d);
    }
    if (d == null) {
      d = withPlacesBefore(p);
    }
    if (d == null) {
      d = placeInBrackets(p);
    }
    if (d == null) {
      d = afterNumericDate(p);
    }
    if (d == null) {
      d = agencyBeforeCapsPlace(p);
    }
    if (d == null) {
      d = reporterBeforeAgency(p);
    }
    if (d != null || p.isEmpty() || p.charAt(0) != '(') {
      return d;
    }
    int close = closingBracket(p);
    if (close < 0) {
      return null;
    }
    int from = skipSpaces(p, close + 1, p.length());
    if (from == close + 1 || from >= p.length()) {
      return null;
    }
    Dateline inner = parseAtStart(p.substring(from));
    if (inner == null) {
      return null;
    }
    return shifted(inner, "", from);
  }

  /** "12.12.2018, " or "2018-12-12 ": a numeric date printed before the place. */
  private static final Pattern NUMERIC_DATE_PREFIX =
      Pattern.compile("^(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})),? ");

  /**
   * "12.12.2018, Warszawa (PAP) – …": PAP and other sites print the day before the dateline; the
   * dateline after it must name a listed agency, or a date as first paragraph is anything.
   */
  private Dateline afterNumericDate(String p) {
    if (p.isEmpty() || !Character.isDigit(p.charAt(0))) {
      return null;
    }
    Matcher m = NUMERIC_DATE_PREFIX.matcher(p);
    if (!m.find()) {
      return null;
    }
    boolean dayFirst = m.group(1) != null;
    int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(6));
    int month = Integer.parseInt(dayFirst ? m.group(2) : m.group(5));
    int year = Integer.parseInt(dayFirst ? m.group(3) : m.group(4));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    int from = skipSpaces(p, m.end(), p.length());
    Dateline inner = from < p.length() ? parseAtStart(p.substring(from)) : null;
    if (inner == null || inner.agency() == null || inner.located() == null) {
      return null;
    }
    boolean ownDate = inner.month() != 0;
    return new Dateline(
        inner.located(),
        inner.agency(),
        p.substring(0, from) + inner.text(),
        ownDate ? inner.dateText() : p.substring(0, dayFirst ? m.end(3) : m.end(6)),
        ownDate ? inner.month() : month,
        ownDate ? inner.day() : day,
        ownDate ? inner.year() : year,
        inner.bodyStart() + from,
        inner.knownPlace());
  }

  /**
   * "Bakı. Rufiz Hafizoğlu - Trend:": a place, the reporter's name, a dash, the agency, a colon.
   */
  private static final Pattern REPORTER_BEFORE_AGENCY =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)\\. "
              + "(?:\\p{Lu}[\\p{L}.'-]* ){1,3}[-\u2013\u2014] ([\\p{L}][\\p{L} ]{1,29}):\\s+");

  /** The place before the reporter's name is a word or two. */
  private static final int MAX_REPORTED_PLACE = 30;

  /** Trend's datelines name the reporter between the place and the agency. */
  private Dateline reporterBeforeAgency(String p) {
    int limit = Math.min(p.length(), MAX_DATELINE);
    int dot = indexOf(p, '.', 0, Math.min(limit, MAX_REPORTED_PLACE));
    if (dot < 2 || dot + 1 >= limit || p.charAt(dot + 1) != ' ') {
      return null; // "Bakı. ": the place and its full stop come first
    }
    // Only the dateline's length is read: the pattern's runs cost no more on a long paragraph
    Matcher m = REPORTER_BEFORE_AGENCY.matcher(p).region(0, Math.min(p.length(), MAX_DATELINE));
    if (!m.find() || m.end() >= p.length() || !startsSentence(p, m.end())) {
      return null;
    }
    String agency = agencies.known(m.group(2));
    if (agency == null) {
      return null;
    }
    String place = m.group(1);
    return new Dateline(
        place,
        agency,
        p.substring(0, m.end()).strip(),
        null,
        0,
        0,
        0,
        m.end(),
        places.known(place));
  }

  /** An agency's name before the place is one word ("dpa", "AFP"). */
  private static final int MAX_AGENCY_WORD = 8;

  /**
   * "dpa BERLIN. CDU-Chefin …": a listed agency's name, an ALL-CAPS place of the gazetteer and a
   * full stop, as dpa printed its datelines for German papers.
   */
  private Dateline agencyBeforeCapsPlace(String p) {
    int space = indexOf(p, ' ', 0, Math.min(p.length(), MAX_AGENCY_WORD + 1));
    if (space < 2 || space + 1 >= p.length() || !Character.isUpperCase(p.charAt(space + 1))) {
      return null;
    }
    String agency = agencies.known(p.substring(0, space));
    if (agency == null) {
      return null;
    }
    int limit = Math.min(p.length(), MAX_DATELINE);
    int placeStart = space + 1;
    int placeEnd = DatelinePlaces.capsPlace(p, placeStart, limit);
    if (placeEnd < 0 || placeEnd >= limit) {
      return null;
    }
    int dot = p.charAt(placeEnd - 1) == '.' ? placeEnd - 1 : placeEnd;
    if (p.charAt(dot) != '.' || !Texts.isAllCaps(p.substring(placeStart, dot))) {
      return null;
    }
    int bodyStart = skipSpaces(p, dot + 1, p.length());
    if (bodyStart == dot + 1 || !startsSentence(p, bodyStart)) {
      return null;
    }
    String place = p.substring(placeStart, dot);
    if (!places.known(place)) {
      return null; // "AFP PHOTO. Soldiers …": a picture credit
    }
    return new Dateline(place, agency, p.substring(0, dot + 1), null, 0, 0, 0, bodyStart, true);
  }

  /**
   * "(WASHINGTON) -- One day after …": the place in brackets, as ABC News prints its datelines —
   * also run into the picture credit before it ("Jo Roe/AFP/Getty Images(WASHINGTON) --"), which is
   * in neither the dateline nor the body.
   */
  private Dateline placeInBrackets(String p) {
    int open = p.indexOf('(');
    if (open < 0 || open > MAX_CREDIT_PREFIX) {
      return null;
    }
    if (open > 0 && (Texts.isSpace(p.charAt(open - 1)) || p.lastIndexOf('/', open) < 0)) {
      return null; // only a picture credit ("Name/AFP/Getty Images") runs into it
    }
    int limit = Math.min(p.length(), open + MAX_DATELINE);
    int close = DatelinePlaces.capsPlace(p, open + 1, limit);
    if (close < 0 || close >= limit || p.charAt(close) != ')') {
      return null;
    }
    int s = skipSpaces(p, close + 1, limit);
    int sepEnd = separator(p, s, limit);
    if (s == close + 1 || sepEnd < 0 || p.charAt(sepEnd - 1) == ':') {
      return null;
    }
    int bodyStart = skipSpaces(p, sepEnd, p.length());
    if (bodyStart == sepEnd || !startsSentence(p, bodyStart)) {
      return null;
    }
    String place = p.substring(open + 1, close);
    if (agencies.known(place) != null) {
      return null; // "(AFP) -- …": an agency, not a place
    }
    return new Dateline(
        place, null, p.substring(open, sepEnd), null, 0, 0, 0, bodyStart, places.known(place));
  }

  /**
   * "(ANSA) - ROMA, 3 MAR - Il governo …": ANSA's agency first, then its own dateline of place and
   * date. {@code agencyOnly} is the "(ANSA) -" the paragraph starts with; the place and date after
   * it belong to the same dateline.
   */
  private Dateline withPlaceAfterAgency(String p, Dateline agencyOnly) {
    int from = agencyOnly.bodyStart();
    Dateline inner = parseAtStart(p.substring(from));
    if (inner == null || inner.located() == null || inner.agency() != null || inner.weak()) {
      return agencyOnly;
    }
    return new Dateline(
        inner.located(),
        agencyOnly.agency(),
        p.substring(0, from) + inner.text(),
        inner.dateText(),
        inner.month(),
        inner.day(),
        inner.year(),
        from + inner.bodyStart(),
        inner.knownPlace());
  }

  /** {@code inner}, parsed {@code from} into the paragraph, with {@code prefix} put before it. */
  private static Dateline shifted(Dateline inner, String prefix, int from) {
    return new Dateline(
        inner.located() == null ? null : prefix + inner.located(),
        inner.agency(),
        prefix + inner.text(),
        inner.dateText(),
        inner.month(),
        inner.day(),
        inner.year(),
        inner.bodyStart() + from,
        inner.knownPlace());
  }

  /**
   * The dateline of a paragraph whose first {@code end} characters the page's markup marks as one
   * ({@code <span class="location">WASHINGTON</span> The Fed …}): the marked text is the dateline
   * whether or not it prints a separator; its date and agency are read as in any dateline. Null
   * when no sentence follows it.
   */
  public Dateline parseMarked(String p, int end) {
    int bodyStart = skipSpaces(p, end, p.length());
    // A sentence follows, not a time stamp: "BEIJING Mon Dec 29, 2014 3:41pm EST" is a byline.
    if (end <= 0
        || end > p.length()
        || !startsSentence(p, bodyStart)
        || p.length() - bodyStart < MIN_COLON_PARAGRAPH
        || !endsLikeSentence(p)) {
      return null;
    }
    int stop = end;
    while (stop > 0 && " :|,-\u2013\u2014".indexOf(p.charAt(stop - 1)) >= 0) {
      stop--;
    }
    // German papers end the place with a full stop ("Hamburg. Die …"); "D.C." keeps its own.
    if (stop > 3
        && p.charAt(stop - 1) == '.'
        && Character.isLowerCase(p.charAt(stop - 2))
        && Character.isLetter(p.charAt(stop - 3))) {
      stop--;
    }
    if (stop == 0) {
      return null;
    }
    String printed = p.substring(0, end).strip();
    // Read the marked text as a dateline with a separator, for its date and agency.
    Dateline read = parseAtStart(p.substring(0, stop) + " - A");
    if (read != null && read.bodyStart() == stop + 3) {
      return new Dateline(
          read.located(),
          read.agency(),
          printed,
          read.dateText(),
          read.month(),
          read.day(),
          read.year(),
          bodyStart,
          read.knownPlace());
    }
    String place = p.substring(0, stop);
    return new Dateline(place, null, printed, null, 0, 0, 0, bodyStart, places.known(place));
  }

  /** A place before the slash of a two-place dateline is at most this long. */
  private static final int MAX_FIRST_PLACE = 50;

  /**
   * "Chandrapur (Maharashtra)/ Mumbai, Nov 02 (ANI): …", "Washington/ New Delhi, Nov 2 (PTI) …": a
   * story filed from two places, the first before a slash. The second place opens a full dateline
   * (a date or a listed agency); the first is a Title-case or ALL-CAPS place, with a region in
   * brackets or not.
   */
  private Dateline withPlacesBefore(String p) {
    return withPlacesBefore(p, MAX_PLACES_BEFORE);
  }

  /**
   * A story filed from several places: "Ljubljana/Grosuplje/Vrhnika/Ivančna Gorica, 1. aprila -"
   * (STA names every town a visit went to).
   */
  private static final int MAX_PLACES_BEFORE = 6;

  private Dateline withPlacesBefore(String p, int placesLeft) {
    int slash = indexOf(p, '/', 1, Math.min(p.length(), MAX_FIRST_PLACE));
    if (slash < 0 || !Character.isUpperCase(p.charAt(0))) {
      return null;
    }
    int end = DatelinePlaces.capsPlace(p, 0, slash);
    if (end < 0) {
      end = DatelinePlaces.titlePlace(p, 0, slash + 1);
    }
    if (end < 0) {
      return null;
    }
    end = skipBackSpaces(p, end);
    if (end < slash && p.charAt(skipSpaces(p, end, slash)) == '(') {
      int open = skipSpaces(p, end, slash);
      int close = indexOf(p, ')', open + 1, slash);
      if (close < 0 || DatelinePlaces.region(p, open + 1, close) != close) {
        return null; // "(Maharashtra)"
      }
      end = close + 1;
    }
    if (skipSpaces(p, end, slash) != slash) {
      return null;
    }
    int from = skipSpaces(p, slash + 1, p.length());
    if (from >= p.length() || !Character.isUpperCase(p.charAt(from))) {
      return null;
    }
    String rest = p.substring(from);
    Dateline inner = parseAtStart(rest);
    if (inner == null && placesLeft > 1) {
      inner = withPlacesBefore(rest, placesLeft - 1);
    }
    if (inner == null || inner.located() == null || inner.weak()) {
      return null;
    }
    return shifted(inner, p.substring(0, from), from);
  }

  /** The index of the bracket that closes the one {@code p} opens with, nesting counted; -1. */
  private static int closingBracket(String p) {
    int depth = 0;
    for (int i = 0; i < Math.min(p.length(), MAX_CREDIT_PREFIX); i++) {
      char c = p.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private Dateline parseAtStart(String p) {
    int limit = Math.min(p.length(), MAX_DATELINE);
    boolean titleCasePlace = false;
    int placeEnd = DatelinePlaces.capsPlace(p, 0, limit);
    if (placeEnd < 0 && DateText.at(p, 0, limit) == null) {
      placeEnd = DatelinePlaces.titlePlace(p, 0, limit); // not "Nov. 29 (UPI)": a month is no place
      titleCasePlace = placeEnd > 0;
    }
    // "بكين 26 أكتوبر (شينخوا) …": a place in a script without capitals, before a listed agency.
    boolean uncasedPlace = false;
    if (placeEnd < 0 && !p.isEmpty() && DatelinePlaces.isUncasedLetter(p.charAt(0))) {
      placeEnd = DatelinePlaces.uncasedPlace(p, 0, limit);
      uncasedPlace = placeEnd > 0;
    }
    if (placeEnd < 0 && !p.isEmpty() && Character.isLowerCase(p.charAt(0))) {
      // "karachi: A Pakistani minister …": a site that lower-cases its colon datelines.
      return knownColonPlace(p, lowerPlaceEnd(p, limit), limit);
    }
    // "Багдад. 20 февраля. INTERFAX.RU - …": a full stop for the comma after a Title-case place
    boolean dotBeforeDate =
        titleCasePlace
            && placeEnd > 2
            && p.charAt(placeEnd - 1) == '.'
            && placeEnd + 1 < limit
            && p.charAt(placeEnd) == ' '
            && Character.isDigit(p.charAt(placeEnd + 1))
            && DateText.at(p, placeEnd + 1, limit) != null;
    if (titleCasePlace && !dotBeforeDate && !mayFollowTitlePlace(p, placeEnd, limit)) {
      return knownColonPlace(
          p, placeEnd, limit); // "Doha: The emir …"; "The Chinese premier said …"
    }
    int locatedEnd = Math.max(placeEnd, 0);
    int pos = locatedEnd;
    if (placeEnd > 1
        && !titleCasePlace
        && p.charAt(placeEnd - 1) == '.'
        && placeEnd + 1 < limit
        && DateText.at(p, placeEnd + 1, limit) != null) {
      locatedEnd = placeEnd - 1; // "MINSK. July 26 (Interfax) -": a full stop for the comma
    }
    if (uncasedPlace && p.startsWith(" \u0641\u064a", placeEnd - 3)) {
      locatedEnd = placeEnd - 3; // "أبوظبي في 24 مارس": "in" before the date is no part of it
    }
    boolean region = false;
    DateText date = null;
    String commaAgency = null;
    if (dotBeforeDate) {
      locatedEnd = placeEnd - 1;
      date = DateText.at(p, placeEnd + 1, limit);
      pos = date.end();
    } else if (uncasedPlace) {
      date = numericDate(p, placeEnd, limit); // KUNA: "الكويت - 24 - 1 (كونا) -"
      pos = date == null ? pos : date.end();
    }

    if (placeEnd > 0 && date == null) {
      // Regions and the date: ", Kenya", " [India]", ", Oct. 26".
      for (int step = 0; step < 3 && pos < limit; step++) {
        char c = p.charAt(pos) == '\u060C' ? ',' : p.charAt(pos); // the Arabic comma
        if (c == ',' && date != null) {
          int q = skipSpaces(p, pos + 1, limit);
          if (q < limit && p.charAt(q) == '(') {
            pos = q; // "KUWAIT, Nov 30, (KUNA):": a comma between the date and the group
            break;
          }
          int e = nameEnd(p, q, limit);
          String listed = e > q ? agencies.known(p.substring(q, e).strip()) : null;
          if (listed != null) {
            commaAgency = listed; // "Tehran, Jan 23, IRNA -": the agency after a comma
            pos = skipBackSpaces(p, e);
          }
          break;
        } else if (c == ',' && date == null) {
          int q = skipSpaces(p, pos + 1, limit);
          if (q < limit && p.charAt(q) == '(') {
            pos = q; // "ISLAMABAD, (APP - …)": the group follows the comma
            break;
          }
          DateText d = DateText.at(p, q, limit);
          if (d != null) {
            date = d;
            pos = d.end();
            continue;
          }
          if (region) {
            return null;
          }
          int regionEnd = DatelinePlaces.region(p, q, limit);
          if (regionEnd < 0) {
            return null;
          }
          locatedEnd = regionEnd;
          pos = regionEnd;
          region = true;
        } else if (c == ' '
            && date == null
            && !titleCasePlace
            && pos + 1 < limit
            && (Character.isLetter(p.charAt(pos + 1))
                || uncasedPlace
                || p.charAt(pos - 1) == '.'
                || separatedDayFirstDate(p, pos + 1, limit))
            && DateText.at(p, pos + 1, limit) != null) {
          // "ISLAMABAD Aug 4 (APP):", "LONDON Oct 26 Shares …", "JOHOR BAHRU 14 Ogos – …": the
          // comma left out
          DateText d = DateText.at(p, pos + 1, limit);
          date = d;
          pos = d.end();
        } else if (c == ' ' && pos + 1 < limit && p.charAt(pos + 1) == '[' && !region) {
          int close = indexOf(p, ']', pos + 2, limit);
          if (close < 0 || DatelinePlaces.region(p, pos + 2, close) != close) {
            return null;
          }
          locatedEnd = close + 1;
          pos = close + 1;
          region = true;
        } else {
          break;
        }
      }
    } else if (placeEnd <= 0) {
      // No place: only a date or a listed agency may open a dateline ("Nov. 29 (UPI) --").
      date = DateText.at(p, 0, limit);
      pos = date == null ? 0 : date.end();
    }

    if (commaAgency == null && date != null) {
      commaAgency = agencyBeforeSeparator(p, pos, limit);
      if (commaAgency != null) {
        pos = skipBackSpaces(p, nameEnd(p, skipSpaces(p, pos, limit), limit));
      } else {
        int stop = agencyWithStopAt(p, pos, limit);
        if (stop > 0) {
          commaAgency = agencies.known(p.substring(skipSpaces(p, pos, limit), stop - 1));
          pos = stop;
        }
      }
    }
    String agency = commaAgency;
    boolean knownAgency = commaAgency != null;
    boolean slashAgency = false;
    for (int g = 0; g < MAX_GROUPS && commaAgency == null; g++) {
      int a = skipSpaces(p, pos, limit);
      if (uncasedPlace && a + 1 < limit && p.charAt(a) == '-') {
        int b = skipSpaces(p, a + 1, limit);
        a = b < limit && p.charAt(b) == '(' ? b : a; // "بكين- (أ ش أ):"
      }
      if (a < limit && p.charAt(a) == '(') {
        AgencyGroup group = AgencyGroup.at(p, a, limit, agencies, places);
        if (group == null) {
          return null;
        }
        if (group.region()) {
          if (placeEnd <= 0 || agency != null || date != null) {
            return null;
          }
          locatedEnd = group.end();
          int q = group.end();
          if (q + 2 < limit && p.charAt(q) == ' ' && p.charAt(q + 1) == '[') {
            // "Srinagar (Jammu and Kashmir) [India], Nov 3 (ANI):": the country after the state
            int close = indexOf(p, ']', q + 2, limit);
            if (close > 0 && DatelinePlaces.region(p, q + 2, close) == close) {
              locatedEnd = close + 1;
              q = close + 1;
            }
          }
          if (q + 1 < limit && p.charAt(q) == ',') {
            DateText d = DateText.at(p, skipSpaces(p, q + 1, limit), limit);
            if (d != null) {
              date = d;
              pos = d.end();
              continue;
            }
          }
        } else {
          if (group.agency() != null) {
            if (agency != null && !knownAgency && group.knownAgency() && date == null) {
              // "Miami (EEUU) (EFE).-": the first bracket was the country, not an agency
              locatedEnd = skipBackSpaces(p, a);
              agency = null;
            }
            if (agency != null) {
              return null;
            }
            agency = group.agency();
            knownAgency = group.knownAgency();
          }
          if (group.date() != null) {
            if (date != null) {
              return null;
            }
            date = group.date();
          }
        }
        pos = group.end();
      } else if (a < limit && p.charAt(a) == '|' && agency == null && placeEnd > 0) {
        // "TEMA, Ghana | Xinhua | The port …": a teaser's place and agency between bars
        int close = indexOf(p, '|', a + 1, Math.min(limit, a + 2 + MAX_SLASH_AGENCY));
        if (close < 0 || (agency = agencies.known(p.substring(a + 1, close).strip())) == null) {
          return null;
        }
        knownAgency = true;
        slashAgency = true;
        pos = close + 1;
        break;
      } else if (a < limit && p.charAt(a) == '/' && agency == null) {
        int close = indexOf(p, '/', a + 1, Math.min(limit, a + 2 + MAX_SLASH_AGENCY));
        if (close < 0 || (agency = slashAgency(p.substring(a + 1, close))) == null) {
          return null;
        }
        knownAgency = true;
        slashAgency = true;
        pos = close + 1;
        if (pos < limit && p.charAt(pos) == '.') {
          pos++;
        }
        break;
      } else {
        break;
      }
    }

    if ((placeEnd <= 0 || uncasedPlace) && !knownAgency) {
      return null;
    }
    // A Title-case place opens a dateline before a listed agency, or before a date when the
    // gazetteer knows it ("Mumbai, Oct 12 The Sensex …"): "Monday, Oct 12" is no place.
    boolean knownTitlePlace =
        titleCasePlace
            && date != null
            && (places.known(p.substring(0, placeEnd))
                || datedBeforeSeparator(p, pos, limit, placeEnd));
    if (titleCasePlace && !knownAgency && !knownTitlePlace) {
      return null;
    }

    int s = skipSpaces(p, pos, limit);
    int sepEnd = separator(p, s, limit);
    boolean colon = sepEnd > 0 && p.charAt(sepEnd - 1) == ':';
    if (sepEnd < 0) {
      // An ALL-CAPS place and a date, then the sentence: "LONDON, Oct 6 European shares …" (the
      // agency tag stripped), "HAVANA, Cuba, Jun 17 (acn) Army General …" (an unlisted agency).
      boolean strippedTag =
          date != null
              && placeEnd > 0
              && (!titleCasePlace || knownTitlePlace)
              && s > pos
              && s < limit
              && Character.isUpperCase(p.charAt(s))
              && hasWords(p, s, MIN_STRIPPED_TAG_WORDS);
      boolean mayOmit = slashAgency || strippedTag || (knownAgency && placeEnd > 0 && s > pos);
      if (!mayOmit || !startsSentence(p, s)) {
        return null;
      }
      sepEnd = slashAgency ? pos : skipBackSpaces(p, s);
    }
    int bodyStart = skipSpaces(p, sepEnd, p.length());
    if (bodyStart >= p.length()) {
      return null;
    }
    boolean named = false;
    if (agency == null && date != null && !colon) {
      // "ПЕКИН, 22 сен – РИА Новости. Китай …", "BEIJING, 16 nov-RIA Novosti. La Chine …": RIA
      // Novosti names itself after the dash.
      int dot = indexOf(p, '.', bodyStart + 1, Math.min(p.length(), bodyStart + MAX_SLASH_AGENCY));
      String name = dot < 0 ? null : agencies.known(p.substring(bodyStart, dot));
      int after = dot < 0 ? -1 : skipSpaces(p, dot + 1, p.length());
      if (name != null && after > dot + 1 && startsSentence(p, after)) {
        agency = name;
        sepEnd = dot + 1;
        bodyStart = after;
        named = true;
      }
    }
    // "(Reuters) -The …": a listed agency's dash may touch the sentence, as pages lose the space.
    boolean touching =
        colon
            || (knownAgency && p.charAt(sepEnd - 1) == '-')
            || (date != null && bodyStart < p.length() && isOpeningQuote(p.charAt(bodyStart)));
    if (!named
        && bodyStart == sepEnd
        && !(touching && startsSentence(p, bodyStart))
        && sepEnd != pos) {
      return null; // "LONDON (Reuters) -Shares": a hyphenated word, not a dateline
    }
    if (agency == null
        && date == null
        && colon
        && !knownPlace(p, placeEnd > 0 ? placeEnd : locatedEnd, locatedEnd)) {
      return null; // "NOTE:", "MODERATOR:"
    }
    if (agency == null && date == null && agencies.known(p.substring(0, locatedEnd)) != null) {
      return null; // "IRNA - Islamic Republic News Agency": an agency's name line, no place
    }
    return new Dateline(
        placeEnd > 0 ? p.substring(0, locatedEnd) : null,
        agency,
        p.substring(0, sepEnd),
        date == null ? null : p.substring(date.start(), date.textEnd()),
        date == null ? 0 : date.month(),
        date == null ? 0 : date.day(),
        date == null ? 0 : date.year(),
        bodyStart,
        placeEnd > 0 && knownPlace(p, placeEnd, locatedEnd));
  }

  /**
   * A day-first date ("14 Ogos") at {@code at} with a separator right after it: after an ALL-CAPS
   * place without a comma only that reads as a dateline ("TOKYO 2020 Games" does not).
   */
  private static boolean separatedDayFirstDate(String p, int at, int limit) {
    if (!Character.isDigit(p.charAt(at))) {
      return false;
    }
    DateText d = DateText.at(p, at, limit);
    return d != null && separator(p, skipSpaces(p, d.end(), limit), limit) > 0;
  }

  /**
   * "Agra, July 16: Police have …": a Title-case place the gazetteer does not know still opens a
   * dateline when its date is followed by a separator — not a weekday ("Monday, July 16:").
   */
  private static boolean datedBeforeSeparator(String p, int pos, int limit, int placeEnd) {
    int s = skipSpaces(p, pos, limit);
    return separator(p, s, limit) > 0 && Months.weekday(p.substring(0, placeEnd)) == null;
  }

  /**
   * "Doha: The emir …": a Title-case place of the gazetteer, a colon and a sentence — the colon
   * dateline of South Asian and Gulf papers. A weak dateline: no agency, no date.
   */
  private Dateline knownColonPlace(String p, int placeEnd, int limit) {
    // "Caracas.- El fiscal …": EFE's separator after a place of the gazetteer, no agency
    boolean efe =
        placeEnd > 1
            && placeEnd < limit
            && p.charAt(placeEnd - 1) == '.'
            && p.charAt(placeEnd) == '-';
    // "Washington – Le président …": a spaced dash after a place of the gazetteer, as French and
    // other papers print the dateline of agency copy
    int dashEnd = placeEnd > 0 && !efe ? spacedDashEnd(p, placeEnd, limit) : -1;
    if (placeEnd <= 0 || placeEnd >= limit || (p.charAt(placeEnd) != ':' && !efe && dashEnd < 0)) {
      return null;
    }
    int sepEnd = dashEnd > 0 ? dashEnd : placeEnd + 1;
    int bodyStart = skipSpaces(p, sepEnd, p.length());
    if (bodyStart == sepEnd || !startsSentence(p, bodyStart)) {
      return null;
    }
    String place = p.substring(0, efe ? placeEnd - 1 : placeEnd);
    // "Russia: Kremlin says it fears …" is a headline; a dateline's paragraph is a sentence.
    if (p.length() < MIN_COLON_PARAGRAPH || !endsLikeSentence(p) || !places.known(place)) {
      return null;
    }
    return new Dateline(place, null, p.substring(0, sepEnd), null, 0, 0, 0, bodyStart, true);
  }

  /**
   * The end of " – ", " — ", " - " or " -- " (its trailing space excluded) at {@code at}, or -1.
   */
  private static int spacedDashEnd(String p, int at, int limit) {
    if (at + 3 > limit || p.charAt(at) != ' ') {
      return -1;
    }
    int i = at + 1;
    char c = p.charAt(i);
    if (c == '\u2013' || c == '\u2014') {
      i++;
    } else if (c == '-') {
      i += i + 1 < limit && p.charAt(i + 1) == '-' ? 2 : 1;
    } else {
      return -1;
    }
    return i < limit && p.charAt(i) == ' ' ? i : -1;
  }

  private static final int MIN_COLON_PARAGRAPH = 80;

  /** '"', '“', '«': a quotation may touch a dated dateline's dash ("21 GEN -"Sarò …"). */
  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u00ab';
  }

  /** A place name is a few words. */
  private static final int MAX_LOWER_PLACE = 30;

  /** The end of a run of lower-case letters and spaces before a colon ("new delhi:"), or -1. */
  private static int lowerPlaceEnd(String p, int limit) {
    int end = Math.min(limit, MAX_LOWER_PLACE);
    for (int i = 0; i < end; i++) {
      char c = p.charAt(i);
      if (c == ':') {
        return i > 0 && p.charAt(i - 1) != ' ' ? i : -1;
      }
      if (!(Character.isLowerCase(c) || c == ' ')) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean endsLikeSentence(String p) {
    int i = p.length() - 1;
    while (i > 0 && (p.charAt(i) == '"' || p.charAt(i) == '\u201d' || p.charAt(i) == ')')) {
      i--;
    }
    char c = p.charAt(i);
    return c == '.' || c == '!' || c == '?' || Character.isLetterOrDigit(c) && p.length() > 200;
  }

  /**
   * A listed agency between the date and the separator, printed bare: "Багдад. 20 февраля.
   * INTERFAX.RU -"; null when there is none.
   */
  private String agencyBeforeSeparator(String p, int pos, int limit) {
    int q = skipSpaces(p, pos, limit);
    int e = nameEnd(p, q, limit);
    if (e <= q || separator(p, skipSpaces(p, e, limit), limit) < 0) {
      return null;
    }
    return agencies.known(p.substring(q, e).strip());
  }

  /**
   * "КИЕВ. 17 апреля. УНН. На Киевщине …": a listed agency and a full stop after the date, the stop
   * its separator; the end of that stop, or -1.
   */
  private int agencyWithStopAt(String p, int pos, int limit) {
    int q = skipSpaces(p, pos, limit);
    int dot = indexOf(p, '.', q + 1, Math.min(limit, q + MAX_SLASH_AGENCY));
    if (q == pos || dot < 0 || agencies.known(p.substring(q, dot)) == null) {
      return -1;
    }
    int after = skipSpaces(p, dot + 1, p.length());
    return after > dot + 1 && startsSentence(p, after) ? dot + 1 : -1;
  }

  /** "- 24 - 1": KUNA's Arabic day and month as numbers, after the place; null otherwise. */
  private static DateText numericDate(String p, int from, int limit) {
    int i = skipSpaces(p, from, limit);
    if (i >= limit || p.charAt(i) != '-') {
      return null;
    }
    int d = skipSpaces(p, i + 1, limit);
    int dEnd = digitsEnd(p, d, limit);
    int dash = skipSpaces(p, dEnd, limit);
    if (dEnd == d || dash >= limit || p.charAt(dash) != '-') {
      return null;
    }
    int m = skipSpaces(p, dash + 1, limit);
    int mEnd = digitsEnd(p, m, limit);
    if (mEnd == m || mEnd >= limit || p.charAt(mEnd) != ' ') {
      return null;
    }
    int day = Integer.parseInt(p, d, dEnd, 10);
    int month = Integer.parseInt(p, m, mEnd, 10);
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return null;
    }
    return new DateText(d, mEnd, mEnd, month, day, 0);
  }

  private static int digitsEnd(String p, int from, int limit) {
    int i = from;
    while (i < limit && i - from < 2 && Character.isDigit(p.charAt(i))) {
      i++;
    }
    return i < limit && Character.isDigit(p.charAt(i)) ? from : i;
  }

  /** "/Trend/", "/ Kabar /", "/Trend, N. Kirtskhalia/": a listed agency, a reporter after it. */
  private String slashAgency(String inside) {
    int comma = inside.indexOf(',');
    return agencies.known((comma < 0 ? inside : inside.substring(0, comma)).strip());
  }

  /** End of a run of letters, spaces and dots from {@code from} ("IRNA ", "Trend"), up to 30. */
  private static int nameEnd(String p, int from, int limit) {
    int i = from;
    int end = Math.min(limit, from + MAX_SLASH_AGENCY);
    while (i < end
        && (Character.isLetter(p.charAt(i)) || p.charAt(i) == ' ' || p.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** A Title-case place is a dateline's only before ", ", " (" or " [". */
  private static boolean mayFollowTitlePlace(String p, int placeEnd, int limit) {
    if (placeEnd >= limit) {
      return false;
    }
    char c = p.charAt(placeEnd);
    if (c == ',') {
      return true;
    }
    if (c != ' ' || placeEnd + 1 >= limit) {
      return false;
    }
    char next = p.charAt(placeEnd + 1);
    return next == '(' || next == '[';
  }

  /**
   * Words a sentence after a place and a date with no separator has at least: "TOKYO, April 13
   * Kyodo" over a digest is its header (place, date, wire), not a story that starts "Kyodo".
   */
  private static final int MIN_STRIPPED_TAG_WORDS = 3;

  /** Whether {@code p} has {@code words} space-separated words from {@code from}. */
  private static boolean hasWords(String p, int from, int words) {
    int seen = 0;
    boolean inWord = false;
    for (int i = from; i < p.length(); i++) {
      boolean space = p.charAt(i) == ' ';
      if (!space && !inWord && ++seen >= words) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  /**
   * An upper-case letter, a digit, a letter of a script without capitals, or an opening quote
   * followed by one: where a sentence starts.
   */
  private static boolean startsSentence(String p, int i) {
    if (i >= p.length()) {
      return false;
    }
    char c = p.charAt(i);
    if (c == '"' || c == '\u201c' || c == '\u2018' || c == '\'') {
      return i + 1 < p.length() && Character.isUpperCase(p.charAt(i + 1));
    }
    return Character.isUpperCase(c) || Character.isDigit(c) || DatelinePlaces.isUncasedLetter(c);
  }

  /** End of a dateline separator at {@code i} ("—", "–", "--", "-", ":", ".-"), or -1. */
  private static int separator(String p, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    return switch (p.charAt(i)) {
      case '\u2014', '\u2013', '\u2015', '\u2012', ':' -> i + 1;
      case '-' -> i + 1 < limit && p.charAt(i + 1) == '-' ? i + 2 : i + 1;
      case '.' -> i + 1 < limit && p.charAt(i + 1) == '-' ? i + 2 : -1; // EFE: "(EFE).-"
      // AP's teletype dash: "MADISON, Wis. (AP) _ Republicans …"
      case '_' -> i + 1 < limit && p.charAt(i + 1) == ' ' ? i + 1 : -1;
      default -> -1;
    };
  }

  private static int skipSpaces(String p, int from, int limit) {
    int i = from;
    while (i < limit && Texts.isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBackSpaces(String p, int to) {
    int i = to;
    while (i > 0 && Texts.isSpace(p.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int indexOf(String p, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (p.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
