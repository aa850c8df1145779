package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class GsdCommandTest {

  @Test
  void jsonCarriesBoundariesSpendingAndInflation() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "2",
            "--info",
            "0.5,1",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--spending",
            "obf",
            "--futility",
            "obf",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    // rpact 3.3.4 getDesignGroupSequential(asOF, bsOF, informationRates = c(0.5, 1), beta = 0.1)
    // (gsd-reference.json): criticalValues 2.96258804272755, 1.96859564632177; futility
    // 0.267025013754386.
    assertThat(json.get("criticalValues").get(0).asDouble())
        .isCloseTo(2.96258804272755, within(1e-6));
    assertThat(json.get("criticalValues").get(1).asDouble())
        .isCloseTo(1.96859564632177, within(1e-6));
    assertThat(json.get("futilityBounds")).hasSize(1);
    assertThat(json.get("futilityBounds").get(0).asDouble())
        .isCloseTo(0.267025013754386, within(1e-6));
    assertThat(json.get("alphaSpent").get(1).asDouble()).isCloseTo(0.025, within(1e-10));
    assertThat(json.get("spending").asText()).isEqualTo("obf");
    assertThat(json.get("futility").asText()).isEqualTo("obf");
    assertThat(json.get("inflationFactor").asDouble()).isGreaterThan(1);
    assertThat(json.get("rules").get(0).asText()).isEqualTo("G-DES-6");
  }

  @Test
  void equallySpacedLooksByDefaultAndTextCitesTheGuideline() throws Exception {
    CliRun json =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "4",
            "--alpha",
            "0.025",
            "--spending",
            "hsd:-4",
            "--format",
            "json");
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("informationRates").toString()).isEqualTo("[0.25,0.5,0.75,1.0]");
    assertThat(node.get("futility").isNull()).isTrue();
    assertThat(node.get("power").asDouble()).isEqualTo(0.8);
    CliRun text =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--alpha",
            "0.025",
            "--power",
            "0.9",
            "--spending",
            "pocock",
            "--futility",
            "hsd:-2",
            "--lang",
            "en");
    assertThat(text.out())
        .contains("(G-DES-6)")
        .contains("Pocock-type alpha-spending")
        .contains("Non-binding futility boundaries from a Hwang-Shih-DeCani (gamma = -2)")
        .contains("inflation factor");
    CliRun zh =
        CliRun.of(
            "--lang",
            "zh",
            "design",
            "gsd",
            "--looks",
            "2",
            "--alpha",
            "0.025",
            "--spending",
            "obf");
    assertThat(zh.out()).contains("成组序贯设计（G-DES-6）").contains("膨胀因子");
  }

  @Test
  void badInputIsExitTwoNamingTheRule() {
    CliRun notIncreasing =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--info",
            "0.6,0.5,1",
            "--alpha",
            "0.025",
            "--spending",
            "obf",
            "--lang",
            "en");
    assertThat(notIncreasing.code()).isEqualTo(2);
    assertThat(notIncreasing.err()).contains("must strictly increase").doesNotContain("Exception");
    CliRun lastNotOne =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "2",
            "--info",
            "0.5,0.9",
            "--alpha",
            "0.025",
            "--spending",
            "obf",
            "--lang",
            "zh");
    assertThat(lastNotOne.err()).contains("必须等于 1");
    CliRun count =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--info",
            "0.5,1",
            "--alpha",
            "0.025",
            "--spending",
            "obf",
            "--lang",
            "en");
    assertThat(count.err()).contains("--info gives 2 fractions but --looks is 3");
    CliRun spending =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--alpha",
            "0.025",
            "--spending",
            "wt",
            "--lang",
            "en");
    assertThat(spending.code()).isEqualTo(2);
    assertThat(spending.err()).contains("--spending is \"wt\"");
    CliRun alpha =
        CliRun.of(
            "design", "gsd", "--looks", "3", "--alpha", "0", "--spending", "obf", "--lang", "en");
    assertThat(alpha.err()).contains("--alpha is 0;");
    CliRun power =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--alpha",
            "0.025",
            "--power",
            "1",
            "--spending",
            "obf",
            "--lang",
            "en");
    assertThat(power.err()).contains("--power is 1;");
    CliRun gamma =
        CliRun.of(
            "design",
            "gsd",
            "--looks",
            "3",
            "--alpha",
            "0.025",
            "--spending",
            "hsd:7",
            "--lang",
            "en");
    assertThat(gamma.err()).contains("gamma is 7");
  }
}
