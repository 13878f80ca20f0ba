package io.dispatchline.ingest.split.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The site name a template adds to every headline of a page. */
class SiteAffixesTest {
  @Test
  void prefixSharedByEveryHeadlineIsTheSiteName() {
    SiteAffixes site =
        SiteAffixes.of(List.of("Sitename : Harbour plan approved", "Sitename : Rail fares rise"));
    assertThat(site.prefix()).isEqualTo("Sitename : ");
    assertThat(site.strip("Sitename : Harbour plan approved")).isEqualTo("Harbour plan approved");
  }

  @Test
  void suffixSharedByEveryHeadlineIsTheSiteName() {
    SiteAffixes site =
        SiteAffixes.of(
            List.of("Harbour plan approved | Example News", "Rail fares rise | Example News"));
    assertThat(site.suffix()).isEqualTo(" | Example News");
    assertThat(site.strip("Rail fares rise | Example News")).isEqualTo("Rail fares rise");
  }

  @Test
  void prefixOnOnlySomeHeadlinesIsTheirOwnText() {
    SiteAffixes site =
        SiteAffixes.of(
            List.of("Ukraine : talks resume", "Ukraine : grain deal", "Harbour plan approved"));
    assertThat(site).isEqualTo(SiteAffixes.NONE);
  }

  @Test
  void oneHeadlineAloneKeepsItsPrefix() {
    assertThat(SiteAffixes.of(List.of("Sitename : Harbour plan approved")))
        .isEqualTo(SiteAffixes.NONE);
  }

  @Test
  void colonWithoutASpaceBeforeItIsAHeadlinesOwnLabel() {
    SiteAffixes site = SiteAffixes.of(List.of("Analysis: rates rise", "Analysis: rates fall"));
    assertThat(site).isEqualTo(SiteAffixes.NONE);
  }
}
