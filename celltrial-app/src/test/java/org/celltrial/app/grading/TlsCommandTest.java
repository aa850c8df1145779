package org.celltrial.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade tls} on examples/safety/tls-labs.json, worked out by hand (Cairo-Bishop 2004). */
class TlsCommandTest {
  static final String EXAMPLE = "../examples/safety/tls-labs.json";

  @Test
  void cairoBishopSeesThreeAnalytesHowardOne() throws Exception {
    CliRun run = CliRun.of("grade", "tls", "--input", EXAMPLE, "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode v = new ObjectMapper().readTree(run.out()).get("variants");
    // potassium 6.8 five days before start: outside the window. Uric acid 8.0 >= 8.0: abnormal.
    // 2004 only: potassium 5.4 >= 1.25 x 4.2 = 5.25, phosphate 4.4 >= 1.25 x 3.4 = 4.25;
    // calcium 8.9 > 0.75 x 9.2 = 6.9: normal. Creatinine 2.0 x ULN: grade 2.
    assertThat(v.get(0).get("variant").asText()).isEqualTo("Cairo-Bishop 2004");
    assertThat(v.get(0).get("laboratoryTls").asBoolean()).isTrue();
    assertThat(v.get(0).get("clinicalTls").asBoolean()).isTrue();
    assertThat(v.get(0).get("clinicalGrade").asInt()).isEqualTo(2);
    assertThat(v.get(1).get("variant").asText()).isEqualTo("Howard 2011");
    assertThat(v.get(1).get("laboratoryTls").asBoolean()).isFalse();
    assertThat(v.get(1).get("clinicalGrade").asInt()).isZero();
  }

  @Test
  void chineseTableAndBadGrade(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("grade", "tls", "--input", EXAMPLE, "--lang", "zh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("肿瘤溶解综合征（G-SAF-1）").contains("Howard 2011");
    Path bad = dir.resolve("tls.json");
    Files.writeString(
        bad,
        Files.readString(Path.of(EXAMPLE)).replace("\"seizureGrade\": 0", "\"seizureGrade\": 7"));
    CliRun err = CliRun.of("grade", "tls", "--input", bad.toString(), "--lang", "en");
    assertThat(err.code()).isEqualTo(2);
    assertThat(err.err()).contains("seizureGrade is 7").doesNotContain("Exception");
  }
}
