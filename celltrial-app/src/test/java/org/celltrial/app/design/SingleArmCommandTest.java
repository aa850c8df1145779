package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleArmCommandTest {

  /** R: celltrial-design/.../singlearm/single-arm-reference.json, case p0 0.26, p1 0.45, d 0.1. */
  @Test
  void jsonCarriesBothRulesAsEnumeratedInR() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "single-arm",
            "--p0",
            "0.26",
            "--p1",
            "0.45",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--dropout",
            "0.1",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("stable").get("n").asInt()).isEqualTo(120);
    assertThat(json.get("stable").get("r").asInt()).isEqualTo(42);
    assertClose("size", json.get("stable").get("size").asDouble(), 0.018145390831749);
    assertClose("power", json.get("stable").get("power").asDouble(), 0.907508927444485);
    assertClose("lower at r", json.get("stable").get("lowerAtR").asDouble(), 0.265202309541094);
    assertClose(
        "lower at r-1", json.get("stable").get("lowerBelowR").asDouble(), 0.257554347651866);
    assertThat(json.get("first").get("n").asInt()).isEqualTo(112);
    assertThat(json.get("first").get("r").asInt()).isEqualTo(39);
    assertThat(json.get("sawtoothDips").toString()).isEqualTo("[113,114,116,119]");
    assertClose("effective rate", json.get("effectiveRate").asDouble(), 0.45 * 0.9);
    assertThat(json.get("level").asDouble()).isEqualTo(0.95);
    assertThat(json.get("powerCurve")).hasSize(11);
  }

  @Test
  void textIsAProtocolParagraphInBothLanguagesCitingTheGuideline() {
    CliRun run = CliRun.of("design", "single-arm", "--p0", "0.26", "--p1", "0.45", "--lang", "zh");
    assertThat(run.code()).as(run.err()).isZero();
    // R: first n 66 (r 25), stable n 74 (r 28) for p0 0.26, p1 0.45, alpha 0.025, power 0.9
    assertThat(run.out())
        .contains("单臂目标值设计（G-DES-1、G-DES-2）")
        .contains("接受治疗的受试者 n = 74 例，若至少 r = 28 例缓解")
        .contains("With n = 74 treated subjects the target is met if at least r = 28 respond")
        .contains("G-DES-5")
        .contains("67, 68, 70, 73");
  }

  @Test
  void csvPrintsTheRulesThenThePowerCurve() {
    CliRun run =
        CliRun.of(
            "design",
            "single-arm",
            "--p0",
            "0.26",
            "--p1",
            "0.45",
            "--format",
            "csv",
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    String[] tables = run.out().split("\n\n");
    assertThat(tables).hasSize(2);
    assertThat(tables[0]).startsWith("Design,n,Responders needed r,").contains(",74,28,");
    assertThat(tables[1]).startsWith("True rate,").contains("0.4500,0.4500,0.9131");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "--p0,      0.5,  '--p1 (the expected response rate) is 0.45; it must lie strictly between --p0 = 0.5'",
    "--alpha,   0.5,  '--alpha (one-sided significance level) is 0.5'",
    "--alpha,   0,    '--alpha (one-sided significance level) is 0'",
    "--power,   0.5,  '--power is 0.5'",
    "--power,   1,    '--power is 1'",
    "--dropout, 0.5,  'expected landmark response rate'",
    "--max-n,   50,   'No sample size up to --max-n = 50'",
  })
  void badInputIsExitTwoWithTheRule(String option, String value, String expected) {
    CliRun run = CliRun.of(args(option, value, "en"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(expected).doesNotContain("Exception");
    CliRun zh = CliRun.of(args(option, value, "zh"));
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("Exception");
  }

  /** p0 0.26 and p1 0.45, with one option set (or replaced) to the given value. */
  private static String[] args(String option, String value, String lang) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("--p0", "0.26");
    options.put("--p1", "0.45");
    options.put(option, value);
    List<String> args = new ArrayList<>(List.of("design", "single-arm", "--lang", lang));
    options.forEach((k, v) -> args.addAll(List.of(k, v)));
    return args.toArray(String[]::new);
  }
}
