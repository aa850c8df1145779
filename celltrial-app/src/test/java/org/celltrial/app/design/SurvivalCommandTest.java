package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class SurvivalCommandTest {

  @Test
  void jsonCarriesEventsPatientsAndAnalysisTime() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--median-control",
            "6",
            "--accrual",
            "24",
            "--follow-up",
            "12",
            "--dropout",
            "0.1@12",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    // rpact 3.3.4 getSampleSizeSurvival (survival-reference.json, first patients case)
    assertThat(json.get("events").asDouble()).isCloseTo(161.068591903256, within(1e-9));
    assertThat(json.get("eventsRounded").asLong()).isEqualTo(162);
    JsonNode patients = json.get("patients");
    assertThat(patients.get("patients").asDouble()).isCloseTo(202.175950016483, within(1e-9));
    assertThat(patients.get("patients1Rounded").asLong()).isEqualTo(102);
    assertThat(patients.get("analysisTime").asDouble()).isEqualTo(36.0);
    assertThat(json.get("method").asText()).isEqualTo("schoenfeld");
    assertThat(json.get("rules").toString()).contains("G-DES-6").contains("G-EP-8");
  }

  @Test
  void eventsAloneWithFreedmanTwoSidedAndTheControlRate() throws Exception {
    CliRun events =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--method",
            "freedman",
            "--format",
            "json");
    JsonNode json = new ObjectMapper().readTree(events.out());
    assertThat(json.get("patients").isNull()).isTrue();
    // Freedman by hand: 3.241516² · (1 + 0.6)² / (1 − 0.6)² = 168.1185
    double z = 1.959963984540054 + 1.2815515655446004;
    assertThat(json.get("events").asDouble())
        .isCloseTo(z * z * 1.6 * 1.6 / (0.4 * 0.4), within(1e-9));
    CliRun rate =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.55",
            "--alpha",
            "0.025",
            "--power",
            "0.8",
            "--ratio",
            "2",
            "--method",
            "freedman",
            "--rate-control",
            "0.35@6",
            "--accrual",
            "12",
            "--follow-up",
            "24",
            "--dropout",
            "0.2@12",
            "--format",
            "json");
    assertThat(rate.code()).as(rate.err()).isZero();
    // rpact 3.3.4 (survival-reference.json, pi2 = 0.35 at month 6 case)
    assertThat(new ObjectMapper().readTree(rate.out()).get("patients").get("hazard2").asDouble())
        .isCloseTo(-Math.log(0.65) / 6, within(1e-15));
  }

  @Test
  void textIsAProtocolParagraphInEitherLanguage() {
    CliRun en =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--median-control",
            "6",
            "--accrual",
            "24",
            "--follow-up",
            "12",
            "--lang",
            "en");
    assertThat(en.out())
        .contains("G-DES-6")
        .contains("G-EP-8")
        .contains("162 events give 90% power to detect a hazard ratio of 0.6")
        .contains("the analysis is expected at month 36");
    CliRun zh =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--lang",
            "zh");
    assertThat(zh.out()).contains("所需事件数（向上取整）").contains("162 个事件");
  }

  @Test
  void badInputIsExitTwoWithTheRuleInTheChosenLanguage() {
    CliRun hrOne =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "1",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--lang",
            "en");
    assertThat(hrOne.code()).isEqualTo(2);
    assertThat(hrOne.err()).contains("--hr is 1").doesNotContain("Exception");
    CliRun alpha =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.5",
            "--power",
            "0.9",
            "--lang",
            "zh");
    assertThat(alpha.code()).isEqualTo(2);
    assertThat(alpha.err()).contains("--alpha 为 0.5");
    CliRun incomplete =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--median-control",
            "6",
            "--lang",
            "en");
    assertThat(incomplete.code()).isEqualTo(2);
    assertThat(incomplete.err()).contains("missing: --accrual, --follow-up");
    CliRun syntax =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--median-control",
            "6",
            "--accrual",
            "24",
            "--follow-up",
            "12",
            "--dropout",
            "10%",
            "--lang",
            "en");
    assertThat(syntax.code()).isEqualTo(2);
    assertThat(syntax.err()).contains("--dropout is \"10%\"; expected RATE@MONTHS");
    CliRun both =
        CliRun.of(
            "design",
            "survival",
            "--hr",
            "0.6",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--median-control",
            "6",
            "--rate-control",
            "0.5@6",
            "--accrual",
            "24",
            "--follow-up",
            "12",
            "--lang",
            "zh");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("不能同时给出");
  }
}
