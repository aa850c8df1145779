package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * {@code stats incidence}; expected numbers from R (celltrial-clinical poisson-reference.R):
 * poisson.test(3, 412.5) and poisson.test(3, 0.8).
 */
class IncidenceCommandTest {

  @Test
  void jsonCarriesRateAndSir() throws Exception {
    CliRun run =
        CliRun.of(
            "stats",
            "incidence",
            "--events",
            "3",
            "--person-years",
            "412.5",
            "--expected",
            "0.8",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertClose("rate", j.get("rate").get("ratePer100").asDouble(), 0.727272727272727);
    assertClose("lower", j.get("rate").get("lowerPer100").asDouble(), 0.149981120701964);
    assertClose("upper", j.get("rate").get("upperPer100").asDouble(), 2.12539953205874);
    assertClose("sir", j.get("sir").get("sir").asDouble(), 3.75);
    assertClose("sir lower", j.get("sir").get("lower").asDouble(), 0.773340153619502);
    assertClose("sir upper", j.get("sir").get("upper").asDouble(), 10.9590913371779);
    assertClose("p", j.get("sir").get("pValue").asDouble(), 0.0474225960714903);
  }

  @Test
  void textInChineseAndNoSirWithoutExpected() {
    CliRun run =
        CliRun.of("stats", "incidence", "--events", "0", "--person-years", "250", "--lang", "zh");
    assertThat(run.code()).as(run.err()).isZero();
    // R: poisson.test(0, 250)$conf.int[2] * 100 = 1.47555178164557
    assertThat(run.out()).contains("每 100 人年发生率").contains("1.4756").doesNotContain("O/E");
  }

  @Test
  void negativePersonTimeIsABadInputError() {
    CliRun run =
        CliRun.of("stats", "incidence", "--events", "2", "--person-years", "-5", "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("person-time (--person-years) is -5")
        .doesNotContain("Exception");
    CliRun zh =
        CliRun.of(
            "stats",
            "incidence",
            "--events",
            "2",
            "--person-years",
            "5",
            "--expected",
            "0",
            "--lang",
            "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("expected cases (--expected) 为 0");
  }

  @Test
  void cohortFileGivesExpectedCasesAndPersonTime() throws Exception {
    CliRun run =
        CliRun.of(
            "stats",
            "incidence",
            "--events",
            "1",
            "--cohort",
            "../examples/safety/sir-cohort.json",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    // person-years 3 + 2 + 4 + 6 = 15; E per 100,000: 1.5 x 300 + 1.5 x 900 (male 58.5-61.5),
    // 2 x 600 (female 62-64), 4 x 300 (male 40-44), 5 x 200 + 1 x 600 (female 55-61) = 5800
    assertClose("py", j.get("rate").get("personYears").asDouble(), 15);
    assertClose("E", j.get("sir").get("expected").asDouble(), 0.058);
    // R: poisson.test(1, 15) and poisson.test(1, 0.058), last cases of poisson-reference.R
    assertClose("rate upper", j.get("rate").get("upperPer100").asDouble(), 37.144289272926);
    assertClose("sir", j.get("sir").get("sir").asDouble(), 17.2413793103448);
    assertClose("sir lower", j.get("sir").get("lower").asDouble(), 0.436513930763619);
    assertClose("sir upper", j.get("sir").get("upper").asDouble(), 96.0628170851534);
    assertClose("p", j.get("sir").get("pValue").asDouble(), 0.0563500525632015);
  }

  @Test
  void cohortAndExpectedTogetherOrNeitherPersonTimeAreErrors() {
    CliRun both =
        CliRun.of(
            "stats",
            "incidence",
            "--events",
            "1",
            "--cohort",
            "../examples/safety/sir-cohort.json",
            "--expected",
            "0.5",
            "--lang",
            "en");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("either --expected or --cohort");
    CliRun none = CliRun.of("stats", "incidence", "--events", "1", "--lang", "zh");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("需要 --person-years");
  }
}
