package io.dispatchline.ingest.split.text;

/**
 * Word counting as a reader would: whitespace-separated chunks holding a letter or a digit, and
 * each Han character or kana of Chinese and Japanese, which have no spaces between words.
 */
public final class Words {
  private Words() {}

  public static int count(String text) {
    int words = 0;
    boolean inChunk = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isSpace(c)) {
        inChunk = false;
        continue;
      }
      if (!inChunk) {
        inChunk = true;
        counted = false;
      }
      if (c >= 128 && CharClass.isCjk(c)) {
        words++; // each Han character or kana is a word
      } else if (!counted && Tokens.isWordChar(c) && (c < 128 || Character.isLetterOrDigit(c))) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}
