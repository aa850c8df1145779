package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats km} end to end. Expected numbers are R's (survival 3.5-3), from
 * celltrial-stats/src/test/resources/org/celltrial/stats/survival/km-reference.json.
 */
class KmCommandTest {
  @TempDir Path dir;

  static String resource(String name) {
    try {
      return Path.of(KmCommandTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void jsonByGroupWithPlainLimitsMatchesR() throws IOException {
    // lung, status coded 1/2 as in R; km-reference.json case 4 (conf.type plain)
    JsonNode json =
        json(
            CliRun.of(
                "stats",
                "km",
                "--data",
                resource("lung.csv"),
                "--time",
                "time",
                "--event",
                "status",
                "--group",
                "sex",
                "--conf-type",
                "plain",
                "--at",
                "365,1100",
                "--format",
                "json"));
    assertThat(json.get("confType").asText()).isEqualTo("plain");
    assertThat(json.get("dropped").asInt()).isZero();
    JsonNode male = json.get("strata").get(0);
    assertThat(male.get("group").asText()).isEqualTo("1");
    assertThat(male.get("n").asInt()).isEqualTo(138);
    assertThat(male.get("median").get("estimate").asDouble()).isEqualTo(270);
    assertThat(male.get("median").get("lower").asDouble()).isEqualTo(212);
    assertThat(male.get("median").get("upper").asDouble()).isEqualTo(306);
    JsonNode year = male.get("landmarks").get(0);
    assertThat(year.get("surv").asDouble()).isCloseTo(0.336087834639379, offset(1e-12));
    assertThat(year.get("lower").asDouble()).isCloseTo(0.250979164429979, offset(1e-12));
    assertThat(year.get("nRisk").asInt()).isEqualTo(35);
    JsonNode beyond = male.get("landmarks").get(1);
    assertThat(beyond.get("beyondFollowUp").asBoolean()).isTrue();
    assertThat(beyond.get("nRisk").asInt()).isZero();
    assertThat(male.get("quantiles")).hasSize(3);
    assertThat(male.get("time").size()).isEqualTo(male.get("surv").size());
  }

  @Test
  void ungroupedJsonHasANullGroupAndDelayedEntryMatchesR() throws IOException {
    // heart: Surv(start, stop, event) ~ 1, median 100 (72, 263), km-reference.json case 13
    JsonNode json =
        json(
            CliRun.of(
                "stats",
                "km",
                "--data",
                resource("heart.csv"),
                "--time",
                "stop",
                "--event",
                "event",
                "--entry",
                "start",
                "--format",
                "json"));
    JsonNode all = json.get("strata").get(0);
    assertThat(all.get("group").isNull()).isTrue();
    assertThat(all.get("nRisk").get(0).asInt()).isEqualTo(103);
    assertThat(all.get("median").get("estimate").asDouble()).isEqualTo(100);
    assertThat(all.get("median").get("lower").asDouble()).isEqualTo(72);
    assertThat(all.get("median").get("upper").asDouble()).isEqualTo(263);
  }

  @Test
  void reverseGivesTheMedianFollowUp() throws IOException {
    // aml, survfit(Surv(time, 1 - status) ~ x, conf.type = "plain"): Maintained 103 (28, NA)
    CliRun run =
        CliRun.of(
            "stats",
            "km",
            "--data",
            resource("aml.csv"),
            "--time",
            "time",
            "--event",
            "status",
            "--group",
            "x",
            "--reverse",
            "--conf-type",
            "plain",
            "--format",
            "json");
    JsonNode m = json(run).get("strata").get(0).get("median");
    assertThat(json(run).get("reverse").asBoolean()).isTrue();
    assertThat(m.get("estimate").asDouble()).isEqualTo(103);
    assertThat(m.get("lower").asDouble()).isEqualTo(28);
    assertThat(m.get("upper").isNull()).isTrue();
    CliRun text =
        CliRun.of(
            "stats",
            "km",
            "--data",
            resource("aml.csv"),
            "--time",
            "time",
            "--event",
            "status",
            "--reverse",
            "--lang",
            "en");
    assertThat(text.out()).contains("Median follow-up").contains("Reverse Kaplan-Meier");
  }

  @Test
  void rowsWithAMissingValueAreDroppedAndCounted() throws IOException {
    // lung has one missing ph.ecog; R's survfit drops it too (n = 63 + 113 + 50 + 1)
    String[] args = {
      "stats",
      "km",
      "--data",
      resource("lung.csv"),
      "--time",
      "time",
      "--event",
      "status",
      "--group",
      "ph.ecog"
    };
    JsonNode json = json(CliRun.of(concat(args, "--format", "json")));
    assertThat(json.get("dropped").asInt()).isEqualTo(1);
    assertThat(json.get("strata")).hasSize(4);
    assertThat(json.get("strata").get(3).get("n").asInt()).isEqualTo(1);
    assertThat(CliRun.of(concat(args, "--lang", "en")).out())
        .contains("1 rows left out for a missing value");
    assertThat(CliRun.of(concat(args, "--lang", "zh")).out()).contains("有 1 行因分析列存在缺失值而被排除");
  }

  @Test
  void textHasASummaryPerGroupAndCsvOneLongTable() {
    CliRun text =
        CliRun.of(
            "stats",
            "km",
            "--data",
            resource("aml.csv"),
            "--time",
            "time",
            "--event",
            "status",
            "--group",
            "x",
            "--at",
            "12",
            "--lang",
            "en");
    assertThat(text.code()).isZero();
    // R: quantile(survfit(Surv(time, status) ~ x, aml[aml$x == "Maintained", ])) median 31 (18, NA)
    assertThat(text.out())
        .contains("Kaplan-Meier estimate, x = Maintained: n = 11, events = 7")
        .contains("Kaplan-Meier curve, x = Nonmaintained")
        .contains("Survival at 12");
    CliRun csv =
        CliRun.of(
            "--format",
            "csv",
            "--lang",
            "en",
            "stats",
            "km",
            "--data",
            resource("aml.csv"),
            "--time",
            "time",
            "--event",
            "status",
            "--group",
            "x");
    assertThat(csv.out())
        .startsWith("Group,Time,At risk,Events,Censored,Survival,SE,Lower,Upper\n");
    assertThat(csv.out()).doesNotContain("\n\n").contains("\nNonmaintained,5,12,2,0,");
  }

  @Test
  void allCensoredIsReportedWithoutAMedian() throws IOException {
    Path file = write("t,e\n3,0\n5,0\n8,0\n");
    CliRun run =
        CliRun.of(
            "stats",
            "km",
            "--data",
            file.toString(),
            "--time",
            "t",
            "--event",
            "e",
            "--lang",
            "en");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("events = 0").contains("not reached");
    JsonNode json =
        json(
            CliRun.of(
                "stats",
                "km",
                "--data",
                file.toString(),
                "--time",
                "t",
                "--event",
                "e",
                "--format",
                "json"));
    assertThat(json.get("strata").get(0).get("median").get("estimate").isNull()).isTrue();
  }

  @Test
  void badDataNamesTheRowColumnAndValue() throws IOException {
    CliRun negative = km(write("t,e\n3,1\n-2,0\n"), "--lang", "en");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("row 3").contains("-2").doesNotContain("Exception");
    CliRun code = km(write("t,e\n3,1\n4,3\n"), "--lang", "en");
    assertThat(code.code()).isEqualTo(2);
    assertThat(code.err()).contains("row 3").contains("3");
    CliRun entry = km(write("t,e,s\n3,1,0\n4,1,4\n"), "--entry", "s", "--lang", "en");
    assertThat(entry.code()).isEqualTo(2);
    assertThat(entry.err())
        .contains("row 3: the entry time s = 4 is not before the exit time t = 4");
    CliRun entryZh = km(write("t,e,s\n3,1,0\n4,1,5\n"), "--entry", "s", "--lang", "zh");
    assertThat(entryZh.err()).contains("第 3 行：进入时间 s = 5 不早于退出时间 t = 4");
    CliRun empty = km(write("t,e\nNA,1\n4,\n"), "--lang", "en");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no row has all of the columns t, e present (2 rows");
  }

  @Test
  void badOptionsAreExitTwoInBothLanguages() throws IOException {
    Path file = write("t,e\n3,1\n4,0\n");
    assertThat(km(file, "--conf-type", "logit", "--lang", "en").err())
        .contains("--conf-type is \"logit\"; it must be log");
    assertThat(km(file, "--conf-type", "logit", "--lang", "zh").err())
        .contains("--conf-type 为 \"logit\"");
    CliRun at = km(file, "--at", "6,x", "--lang", "en");
    assertThat(at.code()).isEqualTo(2);
    assertThat(at.err()).contains("--at: \"x\" is not a valid value; expected a number");
    CliRun p = km(file, "--quantiles", "0.5,1", "--lang", "en");
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.err()).contains("quantile probability 1 must").doesNotContain("Exception");
    assertThat(km(file, "--level", "95", "--lang", "en").err()).contains("confidence level is 95");
    assertThat(km(file, "--at", "-1", "--lang", "zh").err()).contains("标志性时间点 -1");
  }

  private CliRun km(Path file, String... more) {
    return CliRun.of(
        concat(
            new String[] {"stats", "km", "--data", file.toString(), "--time", "t", "--event", "e"},
            more));
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "km", ".csv");
    Files.writeString(file, content);
    return file;
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
