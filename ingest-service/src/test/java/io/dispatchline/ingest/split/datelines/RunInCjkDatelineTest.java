package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.paragraphs.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Chinese filed dateline run into the title and deck before it, as paper archives print it. */
class RunInCjkDatelineTest {
  private final DatelineParser parser = new DatelineParser(Agencies.load());

  private List<String> split(String paragraph) {
    return GluedDatelines.split(List.of(new Block(paragraph, false)), parser).stream()
        .map(Block::text)
        .toList();
  }

  @Test
  void aDatelineAfterTheTitleAndDeckStartsAParagraphOfItsOwn() {
    assertThat(split("第1版(要闻)专栏: 新建公园下月开放 周边道路同步调整 新华社北京3月4日电 市政府今天发布通知,公园将于下月开放。"))
        .containsExactly("第1版(要闻)专栏: 新建公园下月开放 周边道路同步调整", "新华社北京3月4日电 市政府今天发布通知,公园将于下月开放。");
  }

  @Test
  void aDatelineQuotedAfterASentenceOfTheStoryStaysInIt() {
    String story = "市政府今天发布通知,公园将于下月开放。 新华社北京3月4日电的消息说,公园占地三百公顷。";
    assertThat(split(story)).containsExactly(story);
  }
}
