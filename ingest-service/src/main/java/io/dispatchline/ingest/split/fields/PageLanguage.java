package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.text.Stopwords;
import io.dispatchline.ingest.split.text.Tokens;
import java.util.List;

/**
 * The language of each dispatch of one page. Most pages are in one language, and asking the
 * detector about every dispatch costs a millisecond or more each: so the detector names the page's
 * language once, from its story text, and a dispatch whose body holds that language's function
 * words as running text does ({@link Stopwords}, Lucene's lists), and more of them than of any
 * other language's, is in it. Any other dispatch — in a language the page's list does not cover,
 * too short to tell, or with few of its function words — is asked of the detector itself.
 */
public final class PageLanguage {
  /**
   * Running text holds 20% function words or more (about 40% in English); a body in another
   * language, on this language's list, far fewer.
   */
  private static final double SAME_LANGUAGE_DENSITY = 0.2;

  /**
   * Below this many words a share of function words tells little. A few words are still enough on a
   * page in that language: a detector guesses worse on "Wang Jun is a deputy editor" (a page cut
   * after its first words) than the page's own language does.
   */
  private static final int MIN_WORDS = 4;

  /** The page's language is told from this much of its story text. */
  private static final int PAGE_SAMPLE_CHARS = 600;

  private final Stopwords stopwords;
  private final List<String> storyTexts;
  private String page;

  /**
   * @param stopwords the page's function words, as chosen and scaled for its story text
   * @param storyTexts the page's story paragraphs
   */
  public PageLanguage(Stopwords stopwords, List<String> storyTexts) {
    this.stopwords = stopwords;
    this.storyTexts = storyTexts;
  }

  /** ISO 639-1 code of {@code body}, or "und". */
  public String of(String body) {
    return of(body, Tokens.of(body, 0, Math.min(body.length(), SAMPLE_CHARS)));
  }

  /**
   * ISO 639-1 code of {@code body}, or "und"; {@code tokens} are the body's (at least those of its
   * first {@value #SAMPLE_CHARS} characters), made once for all the fields.
   */
  public String of(String body, Tokens tokens) {
    // No other language's list may hold more of its words: not Portuguese on a Spanish page.
    if (stopwords.isRunningTextOfThisLanguage(
            tokens, SAMPLE_CHARS, MIN_WORDS, stopwords.threshold(SAME_LANGUAGE_DENSITY))
        && page().equals(stopwords.language())) {
      return page;
    }
    return Language.detect(body);
  }

  /** The function words of a body's first few sentences are evidence enough. */
  private static final int SAMPLE_CHARS = 400;

  private String page() {
    if (page == null) {
      StringBuilder sample = new StringBuilder();
      for (String t : storyTexts) {
        if (sample.length() >= PAGE_SAMPLE_CHARS) {
          break;
        }
        sample.append(t).append('\n');
      }
      page = Language.detect(sample.toString());
    }
    return page;
  }
}
