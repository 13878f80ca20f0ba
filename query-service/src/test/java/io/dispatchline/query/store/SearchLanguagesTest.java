package io.dispatchline.query.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchLanguagesTest {

  @Test
  void onlyAPlainConfigurationNameCanReachTheSqlText() {
    assertThat(new SearchLanguages.Arm("english", false, List.of("en")).config())
        .isEqualTo("english");
    assertThat(new SearchLanguages.Arm("pg_catalog.simple", true, List.of("zh")).config())
        .isEqualTo("pg_catalog.simple");
    assertThatThrownBy(() -> new SearchLanguages.Arm("english', ?) x --", false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachArmParsesTheQueryInItsConfigurationAndBigramsForCjk() {
    SearchLanguages langs =
        new SearchLanguages(
            List.of(
                new SearchLanguages.Arm("english", false, List.of("en")),
                new SearchLanguages.Arm("simple", true, List.of("ja", "zh"))));
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    new TextMatch("会谈举行", langs).from(sql, params);
    assertThat(sql.toString())
        .isEqualTo(
            ", websearch_to_tsquery('english', ?) AS q0, websearch_to_tsquery('simple', ?) AS q1");
    assertThat(params).containsExactly("会谈举行", "\"会谈 谈举 举行\"");
  }
}
