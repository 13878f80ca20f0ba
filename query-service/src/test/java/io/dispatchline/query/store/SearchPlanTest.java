package io.dispatchline.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchPlanTest {

  @Test
  void theWalkGrowsWithTheSquareRootOfTheTable() {
    assertThat(new SearchPlan(100_000, 500).walkRows(21)).isEqualTo(1449);
    assertThat(new SearchPlan(1_000_000, 500).walkRows(21)).isEqualTo(4582);
    assertThat(new SearchPlan(1_000_000, 500).walkRows(500)).isEqualTo(22360);
  }

  @Test
  void theWalkReadsAtLeastFourPagesAndAtMostItsCap() {
    assertThat(new SearchPlan(0, 500).walkRows(100)).isEqualTo(400);
    assertThat(new SearchPlan(-1, 500).walkRows(21)).isEqualTo(144);
    assertThat(new SearchPlan(100_000_000_000L, 500).walkRows(100)).isEqualTo(SearchPlan.MAX_WALK);
  }
}
