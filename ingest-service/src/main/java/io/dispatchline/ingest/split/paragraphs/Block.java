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
 */
public record Block(String text, boolean heading, boolean caption, float linkDensity) {
  public Block(String text, boolean heading, boolean caption) {
    this(text, heading, caption, 0f);
  }

  public Block(String text, boolean heading) {
    this(text, heading, false, 0f);
  }
}
