package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * {@code stats exposure}; expected values from exposure-reference.json (celltrial-stats test
 * resources: R's pbinom, binom.test and a walk over n).
 */
class ExposureCommandTest {

  @Test
  void jsonMatchesR() throws Exception {
    CliRun run = CliRun.of("stats", "exposure", "--n", "120", "--k", "3", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode rates = json.get("rates");
    assertThat(rates).hasSize(3);
    // pbinom(2, 120, p, lower.tail = FALSE) for p = 0.01, 0.02, 0.05
    assertClose("p01", rates.get(0).get("probabilityAtLeastK").asDouble(), 0.119636541372032);
    assertClose("p02", rates.get(1).get("probabilityAtLeastK").asDouble(), 0.431344216865059);
    assertClose("p05", rates.get(2).get("probabilityAtLeastK").asDouble(), 0.94249459166192);
    assertThat(rates.get(0).get("subjectsNeeded").asInt()).isEqualTo(628);
    assertThat(rates.get(2).get("subjectsNeeded").asInt()).isEqualTo(124);
    // binom.test(0, 120, alternative = "less")$conf.int[2]
    assertClose("upper", json.get("zeroEvents").get("upperLimit").asDouble(), 0.0246554010556563);
    assertClose("rule of three", json.get("zeroEvents").get("ruleOfThree").asDouble(), 0.025);
    assertThat(json.get("rule").asText()).isEqualTo("G-DES-5");
  }

  @Test
  void textInBothLanguages() {
    CliRun en = CliRun.of("--lang", "en", "stats", "exposure", "--n", "120", "--rates", "0.01");
    assertThat(en.code()).as(en.err()).isZero();
    // 1 − 0.99^120 = 70.06%; 299 subjects (k = 1, 95%); upper limit 2.47%, 3/n = 2.50%
    assertThat(en.out()).contains("70.1%").contains("299").contains("2.47%").contains("2.50%");
    CliRun zh = CliRun.of("--lang", "zh", "stats", "exposure", "--n", "120");
    assertThat(zh.out()).contains("安全性数据库").contains("三分法则");
  }

  @Test
  void badInputIsExitTwoNamingTheValue() {
    CliRun rate = CliRun.of("--lang", "en", "stats", "exposure", "--n", "120", "--rates", "5");
    assertThat(rate.code()).isEqualTo(2);
    assertThat(rate.err()).contains("rate is 5;");
    CliRun k = CliRun.of("--lang", "en", "stats", "exposure", "--n", "2", "--k", "3");
    assertThat(k.err()).contains("--k (events to observe) is 3");
  }
}
