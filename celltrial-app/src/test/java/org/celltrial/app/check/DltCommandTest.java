package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check dlt} on examples/safety; each verdict worked out by hand from the rules in
 * docs/clinical-rules.md.
 */
class DltCommandTest {
  static final String EXAMPLES = "../examples/safety/";

  @Test
  void exampleVerdictsAndCountsPerDoseLevel() throws Exception {
    CliRun run =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.get("windowDays").asInt()).isEqualTo(28);
    assertThat(j.get("rules").toString()).contains("TLS-G4");
    // 101-001: CRS grade 2, followed to day 29: no DLT
    // 101-002: grade 3 ICANS 06-08 06:00 to 06-11 07:00 = 73 h > 72 h: DLT on day 5
    // 102-001: grade 4 neutropenia from day 2, ongoing at day 35 > 28: DLT
    // 102-002: grade 5 attributed to progression, followed to day 18 only: not evaluable
    assertThat(j.get("subjects").findValuesAsText("outcome"))
        .containsExactly("NO_DLT", "DLT", "DLT", "NOT_EVALUABLE");
    JsonNode fired = j.get("subjects").get(1).get("fired").get(0);
    assertThat(fired.get("rule").asText()).isEqualTo("ICANS-G3-72H");
    assertThat(fired.get("day").asInt()).isEqualTo(5);
    assertThat(j.get("subjects").get(2).get("fired").get(0).get("rule").asText())
        .isEqualTo("NEUTROPENIA-G4-D28");
    JsonNode dl1 = j.get("doseLevels").get(0);
    assertThat(dl1.get("doseLevel").asText()).isEqualTo("DL1");
    assertThat(dl1.get("evaluable").asInt()).isEqualTo(2);
    assertThat(dl1.get("dlts").asInt()).isEqualTo(1);
    JsonNode dl2 = j.get("doseLevels").get(1);
    assertThat(dl2.get("treated").asInt()).isEqualTo(2);
    assertThat(dl2.get("evaluable").asInt()).isEqualTo(1);
    assertThat(dl2.get("dlts").asInt()).isEqualTo(1);
    assertThat(dl2.get("notEvaluable").asInt()).isEqualTo(1);
  }

  @Test
  void chineseTextNamesTheRule() {
    CliRun run =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--lang",
            "zh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("各剂量组 DLT")
        .contains("规则 ICANS-G3-72H 由事件 0（ICANS，3 级，第 5 天发生）触发")
        .contains("不可评估");
  }

  @Test
  void unknownRuleAndBadKindAreExitTwo(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.json");
    Files.writeString(p, "{\"rules\": [\"CRS-G3\"]}");
    CliRun run =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            p.toString(),
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown DLT rule CRS-G3").doesNotContain("Exception");
    Path s = dir.resolve("s.json");
    Files.writeString(
        s,
        "{\"subjects\": [{\"id\": \"X\", \"doseLevel\": \"DL1\", \"infusion\": \"2024-01-01T08:00\","
            + " \"lastAssessment\": \"2024-02-01T08:00\", \"events\": [{\"term\": \"t\","
            + " \"kind\": \"RASH\", \"grade\": 3, \"onset\": \"2024-01-02T08:00\"}]}]}");
    CliRun bad =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            s.toString(),
            "--lang",
            "zh");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("$.subjects[0].events[0].kind").contains("RASH");
  }

  /**
   * The counts feed the design module's decision. BOIN with target 0.3 (Liu and Yuan 2015):
   * lambda_d = 0.358, so 1/2 (DL1) and 1/1 (DL2) are both above it: de-escalate; elimination needs
   * n >= 3. The same counts through design dose-decision must agree.
   */
  @Test
  void dltCountsDriveTheDoseDecision() throws Exception {
    CliRun run =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--method",
            "boin",
            "--target",
            "0.3",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(run.out()).get("decisions");
    assertThat(d.findValuesAsText("decision")).containsExactly("de-escalate", "de-escalate");
    for (JsonNode level : d) {
      CliRun design =
          CliRun.of(
              "design",
              "dose-decision",
              "--method",
              "boin",
              "--target",
              "0.3",
              "--n",
              level.get("n").asText(),
              "--dlt",
              level.get("dlts").asText(),
              "--cohort-size",
              "1",
              "--format",
              "json");
      assertThat(new ObjectMapper().readTree(design.out()).get("decision").asText())
          .isEqualTo(level.get("decision").asText());
    }
    CliRun threePlusThree =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--method",
            "3+3",
            "--target",
            "0.3",
            "--lang",
            "en");
    assertThat(threePlusThree.out())
        .contains("no decision at n = 2")
        .contains("no decision at n = 1");
  }

  @Test
  void aMethodWithoutTargetIsNamed() {
    CliRun run =
        CliRun.of(
            "check",
            "dlt",
            "--protocol",
            EXAMPLES + "dlt-protocol.json",
            "--subjects",
            EXAMPLES + "dlt-subjects.json",
            "--method",
            "boin",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--method boin needs --target");
  }
}
