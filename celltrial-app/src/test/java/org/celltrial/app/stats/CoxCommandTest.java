package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.app.stats.LogRankCommandTest.DATA;
import static org.celltrial.app.stats.LogRankCommandTest.reference;
import static org.celltrial.app.stats.LogRankCommandTest.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoxCommandTest {
  private static final String VETERAN = DATA.resolve("veteran.csv").toString();

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void factorWithChosenReferenceMatchesCoxph() throws IOException {
    JsonNode r = reference("cox-reference.json", "veteran celltype ref squamous breslow");
    JsonNode out =
        json(
            CliRun.of(
                "stats",
                "cox",
                "--data",
                VETERAN,
                "--time",
                "time",
                "--event",
                "status",
                "--covariates",
                "trt,celltype,karno,age",
                "--factors",
                "celltype",
                "--reference",
                "celltype=squamous",
                "--ties",
                "breslow",
                "--format",
                "json"));
    JsonNode coefficients = out.get("coefficients");
    assertThat(coefficients).hasSize(6);
    for (int j = 0; j < 6; j++) {
      JsonNode row = coefficients.get(j);
      assertThat(row.get("term").asText()).isEqualTo(r.get("terms").get(j).asText());
      for (String f : new String[] {"coef", "se", "hr", "lower", "upper", "z", "p"}) {
        assertThat(row.get(f).asDouble())
            .as(f)
            .isCloseTo(r.get(f).get(j).asDouble(), within(r.get(f).get(j)));
      }
    }
    assertThat(out.get("loglik").get(1).asDouble())
        .isCloseTo(r.get("loglik").get(1).asDouble(), within(r.get("loglik").get(1)));
    assertThat(out.get("tests").get("likelihoodRatio").get("statistic").asDouble())
        .isCloseTo(
            r.get("likelihoodRatio").get(0).asDouble(), within(r.get("likelihoodRatio").get(0)));
    assertThat(out.get("tests").get("score").get("df").asInt()).isEqualTo(6);
    assertThat(out.get("concordance").get("estimate").asDouble())
        .isCloseTo(r.get("concordance").get(0).asDouble(), within(r.get("concordance").get(0)));
    assertThat(out.get("ties").asText()).isEqualTo("breslow");
    assertThat(out.get("converged").asBoolean()).isTrue();
    assertThat(out.get("warnings")).isEmpty();
    assertThat(out.get("n").asInt()).isEqualTo(137);
    assertThat(out.get("events").asInt()).isEqualTo(128);
  }

  @Test
  void defaultReferenceIsTheFirstSortedLevel() throws IOException {
    JsonNode out =
        json(
            CliRun.of(
                "stats",
                "cox",
                "--data",
                VETERAN,
                "--time",
                "time",
                "--event",
                "status",
                "--covariates",
                "trt,celltype,karno,age",
                "--factors",
                "celltype",
                "--format",
                "json"));
    assertThat(out.get("coefficients").get(1).get("term").asText()).isEqualTo("celltypelarge");
    assertThat(out.get("ties").asText()).isEqualTo("efron");
  }

  @Test
  void rowsWithMissingValuesAreDroppedAndCounted() throws IOException {
    String[] args = {
      "stats",
      "cox",
      "--data",
      DATA.resolve("lung.csv").toString(),
      "--time",
      "time",
      "--event",
      "status",
      "--covariates",
      "age,sex",
      "--strata",
      "ph.ecog"
    };
    JsonNode out = json(CliRun.of(LogRankCommandTest.concat(args, "--format", "json")));
    JsonNode r = reference("cox-reference.json", "lung strata ph.ecog");
    assertThat(out.get("dropped").asInt()).isEqualTo(1);
    assertThat(out.get("n").asInt()).isEqualTo(r.get("n").asInt());
    assertThat(out.get("coefficients").get(1).get("coef").asDouble())
        .isCloseTo(r.get("coef").get(1).asDouble(), within(r.get("coef").get(1)));
    CliRun text = CliRun.of(LogRankCommandTest.concat(args, "--lang", "en"));
    assertThat(text.out())
        .contains("1 of 228 rows dropped")
        .contains("Stratified by ph.ecog")
        .contains("Efron ties");
    CliRun zh = CliRun.of(LogRankCommandTest.concat(args, "--lang", "zh"));
    assertThat(zh.out()).contains("228 行中有 1 行").contains("似然比检验");
  }

  @Test
  void separationIsAWarningInJsonAndText() throws IOException {
    String[] args = {
      "stats",
      "cox",
      "--data",
      DATA.resolve("separation.csv").toString(),
      "--time",
      "time",
      "--event",
      "status",
      "--covariates",
      "marker,age"
    };
    JsonNode out =
        json(CliRun.of(LogRankCommandTest.concat(args, "--format", "json", "--lang", "en")));
    assertThat(out.get("warnings")).hasSize(1);
    assertThat(out.get("warnings").get(0).asText())
        .contains("Monotone likelihood")
        .contains("marker");
    CliRun text = CliRun.of(LogRankCommandTest.concat(args, "--lang", "zh"));
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("单调似然").contains("marker");
  }

  @Test
  void aConstantCovariateIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.csv");
    Files.writeString(file, "t,e,age,site\n1,1,50,X\n2,0,60,X\n3,1,55,X\n4,1,70,X\n");
    CliRun run =
        CliRun.of(
            "stats",
            "cox",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--event",
            "e",
            "--covariates",
            "age,site",
            "--factors",
            "site",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Covariate site is constant (X in every row)");
  }

  @Test
  void badOptionsAreExitTwoNamingTheValue() {
    CliRun ties =
        CliRun.of(
            "stats",
            "cox",
            "--data",
            VETERAN,
            "--time",
            "time",
            "--event",
            "status",
            "--covariates",
            "age",
            "--ties",
            "exact",
            "--lang",
            "en");
    assertThat(ties.code()).isEqualTo(2);
    assertThat(ties.err())
        .contains("--ties: \"exact\" is not a valid value; expected efron or breslow");
    CliRun factor =
        CliRun.of(
            "stats",
            "cox",
            "--data",
            VETERAN,
            "--time",
            "time",
            "--event",
            "status",
            "--covariates",
            "age",
            "--factors",
            "celltype",
            "--lang",
            "en");
    assertThat(factor.code()).isEqualTo(2);
    assertThat(factor.err()).contains("celltype, which is not among --covariates (age)");
    CliRun reference =
        CliRun.of(
            "stats",
            "cox",
            "--data",
            VETERAN,
            "--time",
            "time",
            "--event",
            "status",
            "--covariates",
            "celltype",
            "--reference",
            "celltype=oat",
            "--lang",
            "en");
    assertThat(reference.code()).isEqualTo(2);
    assertThat(reference.err())
        .contains("\"oat\" is not a level of factor celltype")
        .contains("adeno, large, smallcell, squamous");
  }
}
