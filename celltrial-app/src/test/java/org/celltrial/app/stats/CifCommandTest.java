package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats cif} end to end on the CAR-T-like set of celltrial-stats' competing-reference.R
 * (groups 1, 2, 3 there are B-ALL, MM, NHL here; bridging 1 is "yes"; strata 1, 2 are sites A, B),
 * plus two rows with a missing value. Expected numbers are cmprsk 2.2-11's, copied from
 * competing-reference.json.
 */
class CifCommandTest {
  private static final String DATA = data();

  private static String data() {
    try {
      return Path.of(CifCommandTest.class.getResource("cart-cif.csv").toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String... extra) throws Exception {
    String[] base = {
      "stats", "cif", "--data", DATA, "--time", "months", "--status", "cause", "--format", "json"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void jsonMatchesCmprsk() throws Exception {
    JsonNode json =
        json(
            "--group",
            "disease",
            "--at",
            "12,3,41",
            "--covariates",
            "age,bridging",
            "--factors",
            "bridging");
    assertThat(json.get("dropped").asInt()).isEqualTo(2);
    JsonNode first = json.get("curves").get(0);
    assertThat(first.get("group").asText()).isEqualTo("B-ALL");
    assertThat(first.get("cause").asInt()).isEqualTo(1);
    JsonNode at3 = first.get("at").get(0);
    JsonNode at12 = first.get("at").get(1);
    assertThat(at3.get("time").asDouble()).isEqualTo(3);
    // timepoints(cuminc(...), 12): est 0.268518518518518, var 0.0201092017789498
    assertClose("est at 12", at12.get("estimate").asDouble(), 0.268518518518518);
    assertClose("var at 12", at12.get("variance").asDouble(), 0.0201092017789498);
    // log(-log) limits computed in competing-reference.R
    assertClose("lower at 12", at12.get("lower").asDouble(), 0.0556273366602957);
    assertClose("upper at 12", at12.get("upper").asDouble(), 0.549696843588435);
    // beyond the group's follow-up (36 months): NA
    assertThat(first.get("at").get(2).get("estimate").isNull()).isTrue();
    JsonNode gray = json.get("grayTests").get(1);
    assertThat(gray.get("cause").asInt()).isEqualTo(2);
    assertThat(gray.get("df").asInt()).isEqualTo(2);
    assertClose("Gray stat", gray.get("statistic").asDouble(), 6.46213354722402);
    assertClose("Gray p", gray.get("p").asDouble(), 0.0395153223928667);
    JsonNode fg = json.get("fineGray");
    assertThat(fg.get("converged").asBoolean()).isTrue();
    assertThat(fg.get("coefficients").get(1).get("name").asText()).isEqualTo("bridgingyes");
    assertClose(
        "crr coef", fg.get("coefficients").get(1).get("coef").asDouble(), -0.256789356525169);
    assertClose("crr se", fg.get("coefficients").get(0).get("se").asDouble(), 0.0191906373796936);
    assertClose("crr loglik", fg.get("logLik").asDouble(), -42.9286084156735);
  }

  @Test
  void strataGiveTheStratifiedGrayTest() throws Exception {
    JsonNode json = json("--group", "disease", "--strata", "site");
    JsonNode gray = json.get("grayTests").get(1);
    // cuminc(time, status, group, strata = strata)$Tests, cause 2
    assertClose("stratified stat", gray.get("statistic").asDouble(), 6.17355527594562);
    assertClose("stratified p", gray.get("p").asDouble(), 0.0456488146660444);
  }

  @Test
  void withoutGroupThereIsNoTestAndNoModel() throws Exception {
    JsonNode json = json();
    assertThat(json.get("curves")).hasSize(2);
    assertThat(json.get("curves").get(0).get("group").isNull()).isTrue();
    assertThat(json.get("grayTests")).isEmpty();
    assertThat(json.get("fineGray").isNull()).isTrue();
  }

  @Test
  void textIsReadableInBothLanguages() {
    String[] args = {
      "stats",
      "cif",
      "--data",
      DATA,
      "--time",
      "months",
      "--status",
      "cause",
      "--group",
      "disease",
      "--at",
      "12",
      "--lang",
      "en"
    };
    CliRun en = CliRun.of(args);
    assertThat(en.out())
        .contains("Cumulative incidence (Aalen-Johansen)")
        .contains("B-ALL  1      12    0.2685")
        .contains("Gray's test")
        .contains("Rows dropped for a missing analysis value: 2.")
        .contains("1 - Kaplan-Meier");
    args[args.length - 1] = "zh";
    assertThat(CliRun.of(args).out()).contains("累积发生率").contains("Gray 检验").contains("剔除的行数：2");
  }

  @Test
  void reportingTimesMustNotBeNegative() {
    CliRun run =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            DATA,
            "--time",
            "months",
            "--status",
            "cause",
            "--at",
            "12,-1",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--at time -1 is negative");
    CliRun zero =
        CliRun.of(
            "stats", "cif", "--data", DATA, "--time", "months", "--status", "cause", "--at", "0");
    assertThat(zero.code()).as(zero.err()).isZero();
    CliRun alone =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            DATA,
            "--time",
            "months",
            "--status",
            "cause",
            "--failcode",
            "2",
            "--lang",
            "en");
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.err()).contains("--failcode 2 chooses the cause of the Fine-Gray model");
    CliRun strata =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            DATA,
            "--time",
            "months",
            "--status",
            "cause",
            "--strata",
            "site",
            "--lang",
            "en");
    assertThat(strata.code()).isEqualTo(2);
    assertThat(strata.err()).contains("--strata site stratifies Gray's test");
  }

  @Test
  void aNegativeGrayStatisticIsExplained(@TempDir Path dir) throws Exception {
    // cuminc on these data gives stat -2.39333348840777 for cause 2 (see GrayTestPropertyTest)
    StringBuilder csv = new StringBuilder("t,s,g\n");
    for (int i = 0; i < 26; i++) {
      csv.append("0,0,a\n");
    }
    csv.append("8,2,a\n0,2,b\n8,2,b\n8,2,c\n");
    Path file = dir.resolve("degenerate.csv");
    Files.writeString(file, csv.toString());
    CliRun run =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--status",
            "s",
            "--group",
            "g",
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("-2.3933").contains("not positive definite");
  }

  @Test
  void aSingleGroupCannotBeTested(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("one.csv");
    Files.writeString(file, "t,s,arm\n1,1,A\n2,2,A\n3,0,A\n");
    CliRun run =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--status",
            "s",
            "--group",
            "arm",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("the data have 1 group; it needs at least 2")
        .doesNotContain("Exception");
  }

  @Test
  void badStatusCodesNameTheRow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "t,s\n1,1\n2,1.5\n");
    CliRun half =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--status",
            "s",
            "--lang",
            "en");
    assertThat(half.code()).isEqualTo(2);
    assertThat(half.err()).contains("row 3, column s: \"1.5\" is not a status code");
    Files.writeString(file, "t,s\n1,1\n2,-1\n");
    CliRun negative =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--status",
            "s",
            "--lang",
            "zh");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("-1");
  }

  @Test
  void aFailcodeThatNeverOccursAndAConstantCovariateAreRejected(@TempDir Path dir)
      throws Exception {
    CliRun cause =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            DATA,
            "--time",
            "months",
            "--status",
            "cause",
            "--covariates",
            "age",
            "--failcode",
            "3",
            "--lang",
            "en");
    assertThat(cause.code()).isEqualTo(2);
    assertThat(cause.err()).contains("Cause 3 never occurs in the data (causes observed: 1, 2)");
    Path file = dir.resolve("const.csv");
    Files.writeString(file, "t,s,dose\n1,1,5\n2,2,5\n3,1,5\n4,0,5\n");
    CliRun constant =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--status",
            "s",
            "--covariates",
            "dose",
            "--lang",
            "en");
    assertThat(constant.code()).isEqualTo(2);
    assertThat(constant.err()).contains("covariate dose has the same value (5) for every subject");
    CliRun factor =
        CliRun.of(
            "stats",
            "cif",
            "--data",
            DATA,
            "--time",
            "months",
            "--status",
            "cause",
            "--covariates",
            "age",
            "--factors",
            "bridging",
            "--lang",
            "en");
    assertThat(factor.code()).isEqualTo(2);
    assertThat(factor.err())
        .contains("--factors names bridging, which is not among --covariates (age)");
  }
}
