package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogRankCommandTest {
  /** The data sets and R references of the statistics module (survival-reference.R). */
  static final Path DATA =
      Path.of("../celltrial-stats/src/test/resources/org/celltrial/stats/survival-data");

  static JsonNode reference(String file, String id) throws IOException {
    for (JsonNode c : new ObjectMapper().readTree(DATA.resolve(file).toFile()).get("cases")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void jsonMatchesSurvdiffAndCountsDroppedRows() throws IOException {
    JsonNode r = reference("logrank-reference.json", "lung ph.ecog k=4");
    JsonNode out =
        json(
            CliRun.of(
                "stats",
                "logrank",
                "--data",
                DATA.resolve("lung.csv").toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--group",
                "ph.ecog",
                "--format",
                "json"));
    assertThat(out.get("chisq").asDouble())
        .isCloseTo(r.get("chisq").asDouble(), within(r, "chisq"));
    assertThat(out.get("df").asInt()).isEqualTo(3);
    assertThat(out.get("p").asDouble()).isCloseTo(r.get("p").asDouble(), within(r, "p"));
    assertThat(out.get("groups")).hasSize(4);
    assertThat(out.get("groups").get(3).get("group").asText()).isEqualTo("3");
    assertThat(out.get("groups").get(3).get("n").asInt()).isEqualTo(1);
    assertThat(out.get("groups").get(0).get("expected").asDouble())
        .isCloseTo(r.get("expected").get(0).asDouble(), within(r.get("expected").get(0)));
    assertThat(out.get("variance")).hasSize(4);
    assertThat(out.get("rho").asDouble()).isZero();
    // R drops the one row with ph.ecog = NA
    assertThat(out.get("dropped").asInt()).isEqualTo(1);
  }

  @Test
  void stratifiedPetoPetoMatchesSurvdiff() throws IOException {
    JsonNode r = reference("logrank-reference.json", "veteran trt strata celltype peto");
    JsonNode out =
        json(
            CliRun.of(
                "stats",
                "logrank",
                "--data",
                DATA.resolve("veteran.csv").toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--group",
                "trt",
                "--strata",
                "celltype",
                "--rho",
                "1",
                "--format",
                "json"));
    assertThat(out.get("chisq").asDouble())
        .isCloseTo(r.get("chisq").asDouble(), within(r, "chisq"));
    assertThat(out.get("groups").get(0).get("observed").asDouble())
        .isCloseTo(r.get("observed").get(0).asDouble(), within(r.get("observed").get(0)));
    assertThat(out.get("dropped").asInt()).isZero();
  }

  @Test
  void textNamesTheMethodInEitherLanguage() {
    String[] args = {
      "stats",
      "logrank",
      "--data",
      DATA.resolve("veteran.csv").toString(),
      "--time",
      "time",
      "--event",
      "status",
      "--group",
      "celltype",
      "--strata",
      "trt",
      "--rho",
      "1"
    };
    CliRun en = CliRun.of(concat(args, "--lang", "en"));
    assertThat(en.out())
        .contains("celltype=smallcell")
        .contains("G-rho test with rho = 1")
        .contains("Stratified by trt");
    CliRun zh = CliRun.of(concat(args, "--lang", "zh"));
    assertThat(zh.out()).contains("rho = 1 的 G-rho 检验").contains("按 trt 分层");
  }

  @Test
  void aSingleGroupIsExitTwoWithAMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.csv");
    Files.writeString(file, "t,e,arm\n1,1,A\n2,0,A\n3,1,A\n");
    CliRun run =
        CliRun.of(
            "stats",
            "logrank",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--event",
            "e",
            "--group",
            "arm",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("only 1 group").doesNotContain("Exception");
  }

  @Test
  void aNegativeTimeIsNamedWithItsRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("neg.csv");
    Files.writeString(file, "t,e,arm\n1,1,A\n-2,0,B\n3,1,B\n");
    CliRun run =
        CliRun.of(
            "stats",
            "logrank",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--event",
            "e",
            "--group",
            "arm",
            "--lang",
            "zh");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("第 3 行").contains("-2");
  }

  static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static org.assertj.core.data.Offset<Double> within(JsonNode r, String field) {
    return within(r.get(field));
  }

  static org.assertj.core.data.Offset<Double> within(JsonNode expected) {
    return org.assertj.core.data.Offset.offset(
        Math.max(1e-9 * Math.abs(expected.asDouble()), 1e-12));
  }
}
