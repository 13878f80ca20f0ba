package io.dispatchline.ingest.split.paragraphs;

/**
 * One paragraph of the line model both input formats are reduced to.
 *
 * @param text the paragraph, NFC, whitespace folded, never empty
 * @param heading true when the markup said so (HTML h1–h3): a headline candidate even if it looks
 *     like a sentence
 * @param caption true when the markup said so (HTML figcaption): a caption whatever its wording
 * @param linkDensity the share of the paragraph's characters inside links (HTML), 0 in plain text:
 *     story text is seldom a link, menus, ads and "more" lists mostly are
 * @param markedDateline how many leading characters the markup marks as the dateline (an element of
 *     class "dateline", "location" or itemprop "dateline" opening the paragraph), else 0: such a
 *     dateline may be a bare place with no separator ("WASHINGTON The Fed …")
 * @param listItem true when the markup makes the paragraph an item of a list (HTML li): a bullet
 *     point, as "• …" is in plain text
 */
public record Block(
    String text,
    boolean heading,
    boolean caption,
    float linkDensity,
    int markedDateline,
    boolean listItem) {
  public Block(String text, boolean heading, boolean caption, float linkDensity) {
    this(text, heading, caption, linkDensity, 0, false);
  }

  public Block(String text, boolean heading, boolean caption) {
    this(text, heading, caption, 0f, 0, false);
  }

  public Block(String text, boolean heading) {
    this(text, heading, false, 0f, 0, false);
  }
}
