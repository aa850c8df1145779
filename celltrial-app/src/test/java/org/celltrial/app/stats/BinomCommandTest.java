package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class BinomCommandTest {

  @Test
  void jsonCarriesIntervalsAndTheTargetVerdict() throws Exception {
    CliRun run =
        CliRun.of(
            "stats", "binom", "--x", "83", "--n", "101", "--target", "0.26", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("estimate").asDouble()).isEqualTo(83.0 / 101);
    assertThat(json.get("intervals")).hasSize(4);
    assertThat(json.get("intervals").get(0).get("method").asText()).isEqualTo("clopper-pearson");
    // R: binom.test(83, 101)$conf.int[1] = 0.73304226004234 (binomial-reference.json)
    assertThat(json.get("intervals").get(0).get("lower").asDouble())
        .isCloseTo(0.73304226004234, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(json.get("verdict").get("met").asBoolean()).isTrue();
    assertThat(json.get("verdict").get("rule").asText()).isEqualTo("G-DES-2");
  }

  @Test
  void rootOptionsApplyToTheSubcommand() {
    CliRun run =
        CliRun.of("--lang", "zh", "--format", "csv", "stats", "binom", "--x", "7", "--n", "9");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("区间方法,下限,上限\n").contains("Jeffreys,");
  }

  @Test
  void textSaysWhenTheTargetIsNotMet() {
    // R: binom.test(34, 48)$conf.int = 0.5594 - 0.8305 (published CNCT19 landmark ORR, 55.9-83.1)
    CliRun run =
        CliRun.of("stats", "binom", "--x", "34", "--n", "48", "--target", "0.6", "--lang", "en");
    assertThat(run.out()).contains("Target value NOT met (G-DES-2)").contains("0.5594");
  }

  @Test
  void badInputIsExitTwoNamingTheOptionAndValue() {
    CliRun tooMany = CliRun.of("stats", "binom", "--x", "12", "--n", "10", "--lang", "en");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err())
        .contains("--x (number of responders) is 12")
        .doesNotContain("Exception");
    CliRun notANumber = CliRun.of("stats", "binom", "--x", "abc", "--n", "10", "--lang", "zh");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--x：\"abc\" 不是有效的取值；应为整数");
    CliRun missing = CliRun.of("stats", "binom", "--x", "3", "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains("the required option --n")
        .contains("celltrial stats binom --help");
  }
}
