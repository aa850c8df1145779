package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class DoseCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** {@code design dose} with default options, each replaced when given in {@code extra}. */
  private static CliRun dose(String... extra) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("--method", "boin");
    options.put("--target", "0.3");
    options.put("--doses", "0.5,1,2,5");
    options.put("--true-tox", "0.05,0.12,0.3,0.5");
    options.put("--max-n", "30");
    options.put("--trials", "2000");
    options.put("--seed", "1");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      options.put(extra[i], extra[i + 1]);
    }
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("design", "dose"));
    options.forEach(
        (k, v) -> {
          args.add(k);
          args.add(v);
        });
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void jsonIsTheSameOnOneAndTwoThreadsAndPercentagesAddUp() throws Exception {
    CliRun one = dose("--threads", "1", "--format", "json");
    CliRun two = dose("--threads", "2", "--format", "json");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    JsonNode json = MAPPER.readTree(one.out());
    assertThat(json.get("method").asText()).isEqualTo("boin");
    assertThat(json.get("lambdaE").asDouble()).isBetween(0.2364, 0.2365);
    assertThat(json.get("trueMtdLevel").asInt()).isEqualTo(3);
    double sum = json.get("percentNone").asDouble();
    for (JsonNode p : json.get("percentSelected")) {
      sum += p.asDouble();
    }
    assertThat(sum).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("meanSampleSize").asDouble()).isEqualTo(30);
    assertThat(json.get("unit").asText()).isEqualTo("x10^6 cells/kg");
  }

  @Test
  void aDifferentSeedGivesADifferentSimulation() {
    assertThat(dose("--seed", "2", "--format", "json").out())
        .isNotEqualTo(dose("--format", "json").out());
  }

  @Test
  void textIsATableInEitherLanguage() {
    CliRun en = dose("--lang", "en", "--unit", "x10^8 cells");
    assertThat(en.code()).isZero();
    assertThat(en.out())
        .contains("BOIN: operating characteristics")
        .contains("Dose (x10^8 cells)")
        .contains("Selected as MTD")
        .contains("3 *")
        .contains("No dose selected")
        .contains("0.2365")
        .contains("G-PH-1");
    CliRun zh = dose("--lang", "zh");
    assertThat(zh.out()).contains("操作特性").contains("选为 MTD").contains("未选出剂量");
  }

  @Test
  void everyMethodRuns() {
    for (String m : new String[] {"3+3", "i3+3", "crm"}) {
      CliRun run =
          CliRun.of(
              "design",
              "dose",
              "--method",
              m,
              "--target",
              "0.3",
              "--doses",
              "1,2,3",
              "--true-tox",
              "0.1,0.3,0.6",
              "--skeleton",
              "0.1,0.25,0.45",
              "--max-n",
              "18",
              "--trials",
              "200",
              "--format",
              "json");
      assertThat(run.code()).as(m + ": " + run.err()).isZero();
      assertThat(run.out()).contains("\"method\" : \"" + m + "\"");
    }
  }

  @Test
  void badInputIsExitTwoWithABilingualMessage() {
    assertBad(new String[] {"--doses", "0.5,2,1,5"}, "--doses", "严格递增");
    assertBad(new String[] {"--true-tox", "0.05,0.12,1.3,0.5"}, "--true-tox", "1.3");
    assertBad(new String[] {"--target", "1.2"}, "--target", "1.2");
    assertBad(new String[] {"--cohort", "7"}, "--cohort", "7");
    assertBad(new String[] {"--method", "mtpi"}, "--method", "mtpi");
    assertBad(new String[] {"--method", "crm"}, "--skeleton", "skeleton");
    assertBad(new String[] {"--dlt-window", "0"}, "--dlt-window", "0");
    assertBad(new String[] {"--trials", "0"}, "--trials", "0");
  }

  private static void assertBad(String[] change, String option, String zhWord) {
    for (String lang : new String[] {"en", "zh"}) {
      String[] extra = new String[change.length + 2];
      System.arraycopy(change, 0, extra, 0, change.length);
      extra[change.length] = "--lang";
      extra[change.length + 1] = lang;
      CliRun run = dose(extra);
      assertThat(run.code()).as(String.join(" ", change)).isEqualTo(2);
      assertThat(run.err()).contains(option).doesNotContain("Exception").doesNotContain("\tat ");
      if (lang.equals("zh")) {
        assertThat(run.err()).contains(zhWord);
      }
    }
  }
}
