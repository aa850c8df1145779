package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check dlt} on examples/dose-escalation and on small hand-built cohorts; each verdict
 * worked out by hand from the rules in docs/clinical-rules.md.
 */
class DltCommandTest {
  static final String EXAMPLES = "../examples/dose-escalation/";
  static final String STUDY = EXAMPLES + "study.json";
  static final String SUBJECTS = EXAMPLES + "subjects";

  static CliRun dlt(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "dlt"));
    all.addAll(Arrays.asList(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  static JsonNode json(CliRun run) throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void exampleVerdictsAndCountsPerDoseLevel() throws Exception {
    JsonNode j = json(dlt("--study", STUDY, "--subject", SUBJECTS, "--format", "json"));
    assertThat(j.get("study").asText()).isEqualTo("CT-LBCL-01");
    assertThat(j.get("windowDays").asInt()).isEqualTo(28);
    assertThat(j.get("rules").toString()).contains("TLS-G4");
    assertThat(j.get("asOf").isNull()).isTrue();
    // the directory is read in file-name order
    assertThat(j.get("subjects").findValuesAsText("subject"))
        .containsExactly("101-001", "101-002", "102-001", "102-002");
    // 101-001: CRS grade 2 only: no DLT; last assessment = latest date in its file, the
    //   malignancy diagnosed 2025-09-15 (00:00), day 502 (2024-05-01 + 365 + 137)
    // 101-002: grade 3 ICANS 06-08 06:00 to 06-11 07:00 = 73 h > 72 h: DLT on day 5
    // 102-001: grade 4 neutropenia from day 2, ongoing at the last assessment (day 367) > 28: DLT
    // 102-002: grade 5 attributed to progression, died on day 18 (last time 2024-08-02T09:00, the
    //   event's onset): not evaluable
    assertThat(j.get("subjects").findValuesAsText("outcome"))
        .containsExactly("NO_DLT", "DLT", "DLT", "NOT_EVALUABLE");
    JsonNode s0 = j.get("subjects").get(0);
    assertThat(s0.get("infusion").asText()).isEqualTo("2024-05-01");
    assertThat(s0.get("lastAssessment").asText()).isEqualTo("2025-09-15T00:00");
    assertThat(s0.get("lastAssessmentDay").asInt()).isEqualTo(502);
    JsonNode s3 = j.get("subjects").get(3);
    assertThat(s3.get("lastAssessment").asText()).isEqualTo("2024-08-02T09:00");
    assertThat(s3.get("lastAssessmentDay").asInt()).isEqualTo(18);
    JsonNode fired = j.get("subjects").get(1).get("fired").get(0);
    assertThat(fired.get("rule").asText()).isEqualTo("ICANS-G3-72H");
    assertThat(fired.get("day").asInt()).isEqualTo(5);
    assertThat(j.get("subjects").get(2).get("fired").get(0).get("rule").asText())
        .isEqualTo("NEUTROPENIA-G4-D28");
    assertThat(j.get("subjects").get(1).get("reasons").get(0).get("zh").asText())
        .contains("规则 ICANS-G3-72H");
    JsonNode dl1 = j.get("doseLevels").get(0);
    assertThat(dl1.get("doseLevel").asText()).isEqualTo("DL1");
    assertThat(dl1.get("evaluable").asInt()).isEqualTo(2);
    assertThat(dl1.get("dlts").asInt()).isEqualTo(1);
    JsonNode dl2 = j.get("doseLevels").get(1);
    assertThat(dl2.get("treated").asInt()).isEqualTo(2);
    assertThat(dl2.get("evaluable").asInt()).isEqualTo(1);
    assertThat(dl2.get("dlts").asInt()).isEqualTo(1);
    assertThat(dl2.get("notEvaluable").asInt()).isEqualTo(1);
    // DL3 has no subject: no row
    assertThat(j.get("doseLevels")).hasSize(2);
    assertThat(j.get("decisions").isNull()).isTrue();
  }

  @Test
  void repeatedSubjectFilesAreReadInTheOrderGiven() throws Exception {
    JsonNode j =
        json(
            dlt(
                "--study",
                STUDY,
                "--subject",
                EXAMPLES + "subjects/102-001.json",
                "--subject",
                EXAMPLES + "subjects/101-002.json",
                "--format",
                "json"));
    assertThat(j.get("subjects").findValuesAsText("subject")).containsExactly("102-001", "101-002");
    // levels follow the study's doseLevels, lowest first, not the input order
    assertThat(j.get("doseLevels").findValuesAsText("doseLevel")).containsExactly("DL1", "DL2");
  }

  @Test
  void chineseTextNamesTheRule() {
    CliRun run = dlt("--study", STUDY, "--subject", SUBJECTS, "--lang", "zh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("各剂量组 DLT")
        .contains("规则 ICANS-G3-72H 由事件 0（ICANS，3 级，第 5 天发生）触发")
        .contains("不可评估")
        .contains("2024-06-03 → 2024-12-05T00:00（第 185 天）");
  }

  /**
   * {@code --as-of 2024-07-20}: 101-001 and 101-002 are followed to 2024-07-20 23:59 (days 80 and
   * 47); 102-001 is on day 19 of 28 with its grade 4 neutropenia ongoing, so NEUTROPENIA-G4-D28
   * (present after day 28) cannot be decided yet: not evaluable; 102-002 was infused on 07-15 (day
   * 5, no event yet): not evaluable. Events after the cut-off are an error.
   */
  @Test
  void asOfIsTheLastAssessmentOfEverySubject(@TempDir Path dir) throws Exception {
    Path cohort = dir.resolve("cohort");
    Files.createDirectory(cohort);
    for (String id : List.of("101-001", "101-002", "102-001")) {
      Files.copy(Path.of(EXAMPLES, "subjects", id + ".json"), cohort.resolve(id + ".json"));
    }
    Files.writeString(
        cohort.resolve("102-002.json"), subject("102-002", "DL2", "2024-07-15", List.of(), "[]"));
    Files.writeString(
        cohort.resolve("102-003.json"), subject("102-003", "DL2", "2024-07-22", List.of(), "[]"));
    JsonNode j =
        json(
            dlt(
                "--study",
                STUDY,
                "--subject",
                cohort.toString(),
                "--as-of",
                "2024-07-20",
                "--format",
                "json"));
    assertThat(j.get("asOf").asText()).isEqualTo("2024-07-20");
    assertThat(j.get("subjects").findValuesAsText("lastAssessment"))
        .containsOnly("2024-07-20T23:59");
    assertThat(j.get("subjects").findValuesAsText("lastAssessmentDay"))
        .containsExactly("80", "47", "19", "5");
    assertThat(j.get("subjects").findValuesAsText("outcome"))
        .containsExactly("NO_DLT", "DLT", "NOT_EVALUABLE", "NOT_EVALUABLE");
    assertThat(j.get("subjects").get(2).get("reasons").get(0).get("en").asText())
        .contains("NEUTROPENIA-G4-D28 cannot be decided yet");
    // infused after the cut-off: not in the DLT population, and said so
    assertThat(j.get("notInfused").toString()).isEqualTo("[\"102-003\"]");
    CliRun early = dlt("--study", STUDY, "--subject", SUBJECTS, "--as-of", "2024-06-07");
    assertThat(early.code()).isEqualTo(2);
    assertThat(early.err())
        .contains("subject 101-002: adverseEvents[0].onset 2024-06-08T06:00")
        .doesNotContain("Exception");
  }

  /**
   * Two cohorts of three at DL1, boundary of ICANS-G3-72H: 72 h exactly does not fire, 72 h 1 min
   * does. BOIN target 0.3 (Liu and Yuan 2015): lambda_e = 0.236, lambda_d = 0.358, so 0/3 escalates
   * and 1/3 = 0.333 stays; checked against design dose-decision.
   */
  @Test
  void aCohortWithAndWithoutADltDrivesTheDoseDecision(@TempDir Path dir) throws Exception {
    String icans72h =
        "{\"term\": \"ICANS\", \"kind\": \"ICANS\", \"grade\": 3,"
            + " \"onset\": \"2024-03-05T08:00\", \"end\": \"2024-03-08T08:00\"}";
    String icans72h1m = icans72h.replace("2024-03-08T08:00", "2024-03-08T08:01");
    Path none = cohort(dir.resolve("none"), icans72h);
    Path one = cohort(dir.resolve("one"), icans72h1m);
    JsonNode n =
        json(
            dlt(
                "--study",
                STUDY,
                "--subject",
                none.toString(),
                "--method",
                "boin",
                "--target",
                "0.3",
                "--format",
                "json"));
    assertThat(n.get("subjects").findValuesAsText("outcome")).containsOnly("NO_DLT");
    assertThat(n.get("decisions").get(0).get("decision").asText()).isEqualTo("escalate");
    JsonNode o =
        json(
            dlt(
                "--study",
                STUDY,
                "--subject",
                one.toString(),
                "--method",
                "boin",
                "--target",
                "0.3",
                "--format",
                "json"));
    assertThat(o.get("subjects").findValuesAsText("outcome"))
        .containsExactly("DLT", "NO_DLT", "NO_DLT");
    assertThat(o.get("subjects").get(0).get("fired").get(0).get("rule").asText())
        .isEqualTo("ICANS-G3-72H");
    JsonNode d = o.get("decisions").get(0);
    assertThat(d.get("n").asInt()).isEqualTo(3);
    assertThat(d.get("dlts").asInt()).isEqualTo(1);
    assertThat(d.get("decision").asText()).isEqualTo("stay");
    for (JsonNode level : List.of(n.get("decisions").get(0), d)) {
      assertThat(designDecision("boin", level)).isEqualTo(level.get("decision").asText());
    }
  }

  /** Three subjects at DL1, 2024-03-01 infusion, assessed to day 30; the first with the event. */
  static Path cohort(Path dir, String event) throws Exception {
    Files.createDirectories(dir);
    for (int i = 1; i <= 3; i++) {
      String events = i == 1 ? "[" + event + "]" : "[]";
      Files.writeString(
          dir.resolve("S" + i + ".json"),
          subject("S" + i, "DL1", "2024-03-01", List.of("2024-03-31"), events));
    }
    return dir;
  }

  /** A B-NHL subject infused on the date, with tumor assessments on the given dates. */
  static String subject(
      String id, String level, String infusion, List<String> assessments, String events) {
    StringBuilder journey =
        new StringBuilder("{\"type\": \"infusion\", \"date\": \"" + infusion + "\"}");
    for (String a : assessments) {
      journey.append(", {\"type\": \"tumor-assessment\", \"date\": \"").append(a).append("\"}");
    }
    return "{\"id\": \""
        + id
        + "\", \"diagnosis\": \"B_NHL\", \"subtype\": \"DLBCL\","
        + (level == null ? "" : " \"doseLevel\": \"" + level + "\",")
        + " \"journey\": ["
        + journey
        + "], \"adverseEvents\": "
        + events
        + "}";
  }

  static String designDecision(String method, JsonNode level) throws Exception {
    CliRun design =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            method,
            "--target",
            "0.3",
            "--n",
            level.get("n").asText(),
            "--dlt",
            level.get("dlts").asText(),
            "--cohort-size",
            method.equals("3+3") ? "3" : "1",
            "--format",
            "json");
    return new ObjectMapper().readTree(design.out()).get("decision").asText();
  }

  /**
   * The example's counts feed the design module's decision. BOIN with target 0.3 (Liu and Yuan
   * 2015): lambda_d = 0.358, so 1/2 (DL1) and 1/1 (DL2) are both above it: de-escalate; elimination
   * needs n >= 3. The same counts through design dose-decision must agree.
   */
  @Test
  void dltCountsDriveTheDoseDecision() throws Exception {
    JsonNode d =
        json(dlt(
                "--study",
                STUDY,
                "--subject",
                SUBJECTS,
                "--method",
                "boin",
                "--target",
                "0.3",
                "--format",
                "json"))
            .get("decisions");
    assertThat(d.findValuesAsText("decision")).containsExactly("de-escalate", "de-escalate");
    for (JsonNode level : d) {
      assertThat(designDecision("boin", level)).isEqualTo(level.get("decision").asText());
    }
    CliRun threePlusThree =
        dlt(
            "--study",
            STUDY,
            "--subject",
            SUBJECTS,
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
    CliRun run = dlt("--study", STUDY, "--subject", SUBJECTS, "--method", "boin", "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--method boin needs --target");
  }

  @Test
  void aStudyWithoutDltOrDoseLevelsIsNamedInBothLanguages(@TempDir Path dir) throws Exception {
    CliRun en =
        dlt("--study", "../examples/lbcl/study.json", "--subject", SUBJECTS, "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("study CT-LBCL-02 has no dlt").contains("G-PH-1");
    CliRun zh =
        dlt("--study", "../examples/lbcl/study.json", "--subject", SUBJECTS, "--lang", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("研究 CT-LBCL-02 未给出 dlt");
    Path study = dir.resolve("study.json");
    Files.writeString(
        study,
        Files.readString(Path.of(STUDY))
            .replace("\"doseLevels\": [\"DL1\", \"DL2\", \"DL3\"],", ""));
    CliRun levels = dlt("--study", study.toString(), "--subject", SUBJECTS, "--lang", "en");
    assertThat(levels.code()).isEqualTo(2);
    assertThat(levels.err()).contains("study CT-LBCL-01 has no doseLevels");
    Files.writeString(
        study, Files.readString(Path.of(STUDY)).replace("\"NEUTROPENIA-G4-D28\"", "\"CRS-G3\""));
    CliRun rule = dlt("--study", study.toString(), "--subject", SUBJECTS, "--lang", "en");
    assertThat(rule.code()).isEqualTo(2);
    assertThat(rule.err()).contains("$.dlt").contains("unknown DLT rule CRS-G3");
  }

  @Test
  void aDoseLevelOutsideTheStudyIsNamedInBothLanguages(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    Files.writeString(s, subject("X-1", "DL9", "2024-03-01", List.of("2024-04-01"), "[]"));
    CliRun en = dlt("--study", STUDY, "--subject", s.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains("subject X-1: doseLevel DL9 is not one of the study's doseLevels: DL1, DL2, DL3");
    CliRun zh = dlt("--study", STUDY, "--subject", s.toString(), "--lang", "zh");
    assertThat(zh.err()).contains("受试者 X-1：doseLevel DL9 不在研究的 doseLevels 中：DL1, DL2, DL3");
    Files.writeString(s, subject("X-1", null, "2024-03-01", List.of("2024-04-01"), "[]"));
    assertThat(dlt("--study", STUDY, "--subject", s.toString(), "--lang", "en").err())
        .contains("subject X-1 was infused but has no doseLevel");
  }

  @Test
  void anAdverseEventBeforeInfusionIsNamedInBothLanguages(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    String before =
        "[{\"term\": \"Febrile neutropenia\", \"kind\": \"NON_HEMATOLOGIC\", \"grade\": 3,"
            + " \"onset\": \"2024-02-28T08:00\", \"attributable\": true}]";
    Files.writeString(s, subject("X-2", "DL1", "2024-03-01", List.of("2024-04-01"), before));
    CliRun en = dlt("--study", STUDY, "--subject", s.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains(
            "subject X-2: adverseEvents[0].onset 2024-02-28T08:00 is before the infusion on"
                + " 2024-03-01")
        .contains("G-PH-1")
        .doesNotContain("Exception");
    CliRun zh = dlt("--study", STUDY, "--subject", s.toString(), "--lang", "zh");
    assertThat(zh.err())
        .contains("受试者 X-2：adverseEvents[0].onset 2024-02-28T08:00 早于回输日期 2024-03-01");
  }

  @Test
  void badFilesAndDatesAreExitTwo(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("s.json");
    Files.writeString(
        s,
        subject(
            "X-3",
            "DL1",
            "2024-03-01",
            List.of(),
            "[{\"term\": \"t\", \"kind\": \"RASH\", \"grade\": 3, \"onset\": \"2024-03-02T08:00\"}]"));
    CliRun kind = dlt("--study", STUDY, "--subject", s.toString(), "--lang", "zh");
    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("$.adverseEvents[0].kind").contains("RASH");
    CliRun asOf =
        dlt("--study", STUDY, "--subject", SUBJECTS, "--as-of", "2024-13-01", "--lang", "en");
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of 2024-13-01 is not a date");
    Path empty = dir.resolve("empty");
    Files.createDirectory(empty);
    CliRun none = dlt("--study", STUDY, "--subject", empty.toString(), "--lang", "zh");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("其中没有 .json 受试者文件");
    CliRun twice =
        dlt("--study", STUDY, "--subject", SUBJECTS, "--subject", SUBJECTS, "--lang", "en");
    assertThat(twice.err()).contains("subject 101-001 is given twice");
  }
}
