package io.dispatchline.ingest.split.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the markup tells the splitter beyond the text: marked datelines, list items, captions. */
class HtmlMarkupSignalsTest {
  @Test
  void anElementClassedAsLocationAtTheParagraphStartMarksTheDateline() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<p><span class=\"articleLocation\">EASTON</span> The council met on Monday.</p>");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).markedDateline()).isEqualTo("EASTON".length());
  }

  @Test
  void aLocationInsideABylineIsNoDateline() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<div><span>By Jane Roe</span> <span class=\"location\">| EASTON</span></div>");
    assertThat(blocks.get(0).markedDateline()).isZero();
  }

  @Test
  void aMarkedElementHoldingASentenceIsNoDateline() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<p><span class=\"dateline\">The council met on Monday. It voted.</span> More.</p>");
    assertThat(blocks.get(0).markedDateline()).isZero();
  }

  @Test
  void schemaOrgDatelinePropertyMarksTheDateline() {
    List<Block> blocks =
        HtmlBlocks.of("<p><b itemprop=\"dateline\">Easton:</b> The council met on Monday.</p>");
    assertThat(blocks.get(0).markedDateline()).isEqualTo("Easton:".length());
  }

  @Test
  void listItemsAreMarkedAndTheirParagraphsAreNot() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<ul><li>First point</li><li><p>Inside a paragraph</p></li></ul><p>Text.</p>");
    assertThat(blocks).extracting(Block::listItem).containsExactly(true, false, false);
  }

  @Test
  void anElementWhoseClassNamesACaptionIsACaption() {
    List<Block> blocks =
        HtmlBlocks.of(
            "<p class=\"ins_story_caption\">Ferries at the pier.</p><p class=\"captioned\">x.</p>");
    assertThat(blocks).extracting(Block::caption).containsExactly(true, false);
  }
}
