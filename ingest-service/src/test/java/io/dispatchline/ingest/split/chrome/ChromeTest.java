package io.dispatchline.ingest.split.chrome;

import static io.dispatchline.ingest.split.chrome.Chrome.Role.CAPTION;
import static io.dispatchline.ingest.split.chrome.Chrome.Role.CONTENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.paragraphs.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Page chrome in plain text, by its wording, and story lines that only resemble it. */
class ChromeTest {
  private static final Chrome CHROME = new Chrome(Agencies.load(), ChromePhrases.load());

  private static Chrome.Role role(String line) {
    return CHROME.classify(new Block(line, false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        // share, subscribe, cookie and navigation chrome
        "Share this: => SHARE",
        "Share on Facebook => SHARE",
        "Copy link => SHARE",
        "Posts Tagged ‘Jane Roe’ => SHARE",
        "Étiquette : Jane Roe => SHARE",
        "Tweet => SHARE",
        "Advertisement => SHARE",
        "Advertisement · Scroll to continue => SHARE",
        "Skip to main content => SHARE",
        "Home Authors Posts by jane => SHARE",
        "AP file photo => CAPTION",
        "Valley Herald file photo => CAPTION",
        "Brides pose for a photo => CONTENT",
        "(This story has not been edited by Daily staff and is auto-generated from a syndicated"
            + " feed.) => SHARE",
        "Listen to this article · 3:12 min => SHARE",
        "Subscribe to our newsletter => SHARE",
        "Sign up for our daily briefing, delivered to your inbox every morning. => SHARE",
        "Get a daily digest of breaking business news straight to your inbox. Sign up here. => SHARE",
        "Download our app for breaking news alerts. => SHARE",
        "Already a subscriber? Log in => SHARE",
        "Read more => SHARE",
        "READ MORE: Typhoon makes landfall in southern province => SHARE",
        "Follow AP’s coverage of the earthquake at https://apnews.com/hub/earthquakes => SHARE",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab => SHARE",
        "This article is more than 1 year old => SHARE",
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. => SHARE",
        "Accept all => SHARE",
        "Home > World > Asia-Pacific => SHARE",
        "Home | News | Sport | Business | Weather => SHARE",
        "2 hours ago => SHARE",
        "5 min read => SHARE",
        "Updated 3h ago => SHARE",
        // comment forms and lists of other stories: the section ends
        "Leave a Reply => SECTION_END",
        "Your email address will not be published. Required fields are marked * => SECTION_END",
        "12 Comments => SECTION_END",
        "Related articles => SECTION_END",
        "Related News => SECTION_END",
        "Read Next => SECTION_END",
        "More from World => SECTION_END",
        "You may also like => SECTION_END",
        "Most read => SECTION_END",
        // sign-offs, credits, editors
        "Reporting by Mette Holm; Editing by Anna Price => SIGN_OFF",
        "(Reporting by Jo Smith in London; Additional reporting by Ken Tanaka in Tokyo) => SIGN_OFF",
        "Associated Press writer Selin Kaya in Istanbul contributed to this report. => SIGN_OFF",
        "[Editor: Liu Ming] => SIGN_OFF",
        "Web editor: Zhang Wei, Liang Jun => SIGN_OFF",
        "Source: Xinhua => SIGN_OFF",
        "-30- => SIGN_OFF",
        "Enditem => SIGN_OFF",
        "Video Player Close => SHARE",
        "1 of 2 => SHARE",
        "Free daily newsletter => SHARE",
        "Our morning email breaks down the key stories of the day => SHARE",
        "Privacy Notice: Newsletters may contain info about charities => SHARE",
        "Explore more on these topics => SECTION_END",
        "Anna Petrova in Astana => PLACED_BYLINE",
        "Jo Roe and Li Wei in Beijing => PLACED_BYLINE",
        // copyright lines, however long
        "© 2023 Asia Wire Digest. All rights reserved. => COPYRIGHT",
        "Copyright © 2000-2023 Xinhua Net. All rights reserved. => COPYRIGHT",
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission. => COPYRIGHT",
        "(c) 2024 Reuters => COPYRIGHT",
        "[Copyright The Jiji Press, Ltd.] => COPYRIGHT",
        "SENT: 430 words. => EDITORIAL_NOTE",
        "French.xinhuanet.com | Publié le 2021-01-18 à 13:42 => PUBLISH_TIME",
        "Actualizado el 12/05/2021 a las 10:30 => PUBLISH_TIME",
        "Veröffentlicht am 03.04.2024 um 12:15 Uhr => PUBLISH_TIME",
        "Le ministre a parlé le 18 à Paris => CONTENT",
        // bylines and agency credits
        "By Wanjiru Kamau => BYLINE",
        "BY JANE DOE => BYLINE",
        "By => BYLINE",
        "Oleh Marhaini Kamaruddin dan Rohani Ibrahim => BYLINE",
        "Por Juan Pérez => BYLINE",
        "Por Venezuela, la paz => CONTENT",
        "Von Berlin nach Paris mit dem Zug => CONTENT",
        "By Mette Holm and Lars Berg => BYLINE",
        "By The Associated Press => BYLINE",
        "Written by Dana Ospanova => BYLINE",
        "Associated Press => BYLINE",
        "F.P.Report => BYLINE",
        "IRNA - Islamic Republic News Agency => BYLINE",
        "Staff Report => BYLINE",
        "— Reuters => BYLINE",
        "(AFP) => BYLINE",
        // time lines
        "(Xinhua) 16:40, November 03, 2023 => PUBLISH_TIME",
        "Source: Xinhua| 2023-11-03 16:40:21|Editor: huaxia => SIGN_OFF",
        "Published: 09:30, 12 August 2023 => PUBLISH_TIME",
        "Wed 29 Nov 2023 14.05 GMT => PUBLISH_TIME",
        "November 14, 2023 10:42 AM GMT => PUBLISH_TIME",
        "Updated 11:05 PM GMT+3, October 3, 2023 => PUBLISH_TIME",
        "November 29, 2023 => PUBLISH_TIME",
        "Updated 10:42 GMT => PUBLISH_TIME",
        "10:45 p.m. => TIMESTAMP",
        "14:05 GMT => TIMESTAMP",
        // captions
        "Visitors look at exhibits in Astana, Kazakhstan, Oct. 27, 2023. (Xinhua/Li Ming) => CAPTION",
        "Containers at the port of Aarhus, Denmark. REUTERS/Tom Little/File Photo => CAPTION",
        "A wooden ferry waits at a landing on the Irtysh river. Photo: Dana Ospanova => CAPTION",
        "Rescuers search the rubble in Antakya. (AP Photo/Emre Demir, File) => CAPTION",
        "Rescuers at work in Kahramanmaras on Tuesday. Getty Images => CAPTION",
        "Image caption, Rescuers at work in Kahramanmaras => CAPTION",
        // notes and separators
        "The following reports were originally published by the Xinhua News Agency. => EDITORIAL_NOTE",
        "This story has been corrected to show the plant is in the north. => EDITORIAL_NOTE",
        "___ => SEPARATOR",
        "* * * => SEPARATOR"
      })
  void chromeLines(String line, Chrome.Role expected) {
    assertThat(role(line)).as(line).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Tuesday, the water had receded from most of the town.",
        "Copyright law in the bloc is being rewritten, officials said.",
        "The company sells cookies and cakes in forty countries.",
        "Follow-up talks will be held next month in Geneva.",
        "Subscribers rose 12% in the third quarter, the company said.",
        "Related talks on the dam ended without agreement on Friday.",
        "Oil prices rose >5% on the news.",
        "HAVANA / BEIJING - Cuba and China signed a plan.",
        "Opinion | Why the water plan matters",
        "The meeting starts at 10:00 on October 28, 2023, in the capital, officials said in a statement.",
        "Sources say the plan will change.",
        "Share prices rose on Tuesday as investors returned.",
        "Home prices fell for a third month.",
        "The photo: a crowd at the gate, taken on Monday. It was shared widely online.",
        "The poll (AP/NORC) shows support has slipped.",
        "NEW GALLERIES",
        "Colleagues,",
        "Xi meets Kazakh president in Beijing",
        "Floods in Astana",
        "The ministry said in a morning email to reporters that talks would resume.",
        "Version 2 of 3 was approved."
      })
  void storyLinesStayContent(String line) {
    assertThat(role(line)).as(line).isEqualTo(CONTENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Any text at all, even a sentence.", "Rescuers at work."})
  void htmlFigcaptionIsACaptionWhateverItSays(String text) {
    assertThat(CHROME.classify(new Block(text, false, true))).isEqualTo(CAPTION);
  }

  @ParameterizedTest
  @ValueSource(ints = {5_000, 500_000})
  void longParagraphsAreStoryText(int length) {
    String para = "Share this: " + "word ".repeat(length / 5);
    assertThat(role(para)).isEqualTo(CONTENT);
  }
}
