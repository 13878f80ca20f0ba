package io.dispatchline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class DispatchConverterTest {

  @Test
  void theContractExampleBecomesOneFieldPerColumnOfTheDispatchesTable() throws Exception {
    byte[] value =
        Files.readAllBytes(Repo.root().resolve("docs/contract/dispatch-event.example.json"));

    SchemaAndValue converted = new DispatchConverter().toConnectData("dispatches", value);

    Struct s = (Struct) converted.value();
    assertThat(s.getString("id")).isEqualTo("3f9a1c0d2b7e4a6f8c5d9e0b1a2f3c4d");
    assertThat(s.getString("document_id")).isEqualTo("a0b1c2d3e4f5061728394a5b6c7d8e9f");
    assertThat(s.getInt32("sequence")).isEqualTo(3);
    assertThat(s.getString("located")).isEqualTo("BISHKEK");
    assertThat(s.get("dispatch_date")).isEqualTo(Date.from(Instant.parse("2023-10-26T00:00:00Z")));
    assertThat(s.get("ingested_at")).isEqualTo(Date.from(Instant.parse("2026-11-28T02:30:00Z")));
    assertThat(s.getString("source_type")).isEqualTo("file");
    assertThat(s.getInt32("word_count")).isEqualTo(46);
    assertThat(s.getString("content_hash")).matches("[0-9a-f]{64}");
    assertThat(converted.schema().fields()).hasSize(17);
  }

  @Test
  void aValueThatIsNotADispatchIsADataError() {
    assertThatThrownBy(
            () ->
                new DispatchConverter()
                    .toConnectData("dispatches", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DataException.class);
  }
}
