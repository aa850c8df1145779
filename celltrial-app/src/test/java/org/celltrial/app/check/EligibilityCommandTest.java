package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityCommandTest {
  static final String EXAMPLES = "../examples/";

  static CliRun eligibility(String study, String subject, String... more) {
    String[] args = new String[4 + more.length + 2];
    args[0] = "check";
    args[1] = "eligibility";
    args[2] = "--study";
    args[3] = study;
    System.arraycopy(more, 0, args, 4, more.length);
    args[4 + more.length] = "--subject";
    args[5 + more.length] = subject;
    return CliRun.of(args);
  }

  private static JsonNode criterion(JsonNode json, String id) {
    for (JsonNode c : json.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id + " in " + json);
  }

  @Test
  void myelomaExampleCountsInductionAsctMaintenanceAsOneLine() throws Exception {
    CliRun run =
        eligibility(EXAMPLES + "mm/study.json", EXAMPLES + "mm/subject.json", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("overall").asText()).isEqualTo("met");
    assertThat(json.get("priorLines").asInt()).isEqualTo(3);
    assertThat(json.get("lines").get(0).get("therapies").toString())
        .isEqualTo("[\"VRd induction\",\"ASCT\",\"lenalidomide maintenance\"]");
    JsonNode lines = criterion(json, "prior-lines");
    assertThat(lines.get("rule").asText()).isEqualTo("G-POP-5");
    assertThat(lines.get("reason").get("en").asText())
        .isEqualTo("3 prior lines; the protocol requires at least 3 (G-POP-5).");
    assertThat(lines.get("reason").get("zh").asText()).isEqualTo("既往 3 线治疗；方案要求至少 3 线（G-POP-5）。");
    assertThat(json.get("dictionaryVersion").asText()).isNotBlank();
  }

  @Test
  void ballExampleTextShowsTheT315iWaiver() {
    CliRun run =
        eligibility(EXAMPLES + "b-all/study.json", EXAMPLES + "b-all/subject.json", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Eligibility of subject ALL-007 for study CT-ALL-01: met")
        .contains("ABL1 T315I makes 1st/2nd-generation TKIs ineffective, so the rule is waived")
        .contains("an early relapse (G-POP-3)");
  }

  @Test
  void lbclExampleInChineseShowsScholarRefractory() {
    CliRun run =
        eligibility(EXAMPLES + "lbcl/study.json", EXAMPLES + "lbcl/subject.json", "--lang", "zh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("既往 2 线治疗；方案要求至少 2 线（G-POP-4）。").contains("难治（SCHOLAR-1）");
  }

  @Test
  void missingDataIsUndecidedAndNamed(@TempDir Path dir) throws Exception {
    Path subject =
        write(
            dir,
            "{\"id\":\"X\",\"diagnosis\":\"MM\",\"history\":[{\"name\":\"VRd\","
                + "\"agents\":[\"bortezomib\",\"lenalidomide\",\"wonder-mab\"],\"start\":\"2020-01-01\"}]}");
    CliRun run = eligibility(EXAMPLES + "mm/study.json", subject.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("overall").asText()).isEqualTo("not-met");
    assertThat(criterion(json, "transplant-ineligible").get("verdict").asText())
        .isEqualTo("undecided");
    assertThat(criterion(json, "transplant-ineligible").get("missing").toString())
        .isEqualTo("[\"transplantEligible\"]");
    assertThat(json.get("unknownAgents").toString()).isEqualTo("[\"wonder-mab\"]");
  }

  @Test
  void aMalformedDateNamesItsJsonPath(@TempDir Path dir) throws Exception {
    Path subject =
        write(
            dir,
            "{\"id\":\"X\",\"diagnosis\":\"MM\",\"history\":["
                + "{\"agents\":[\"bortezomib\"],\"start\":\"2020-01-01\"},"
                + "{\"agents\":[\"bortezomib\"],\"start\":\"2020-01-01\"},"
                + "{\"agents\":[\"lenalidomide\"],\"start\":\"2020-02-30\"}]}");
    CliRun run = eligibility(EXAMPLES + "mm/study.json", subject.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("$.history[2].start").contains("2020-02-30");
  }

  @Test
  void anUnknownFieldOrBadValueIsAnErrorNotIgnored(@TempDir Path dir) throws Exception {
    Path unknown = write(dir, "{\"id\":\"X\",\"diagnosis\":\"MM\",\"history\":[],\"weight\":70}");
    CliRun run = eligibility(EXAMPLES + "mm/study.json", unknown.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("$.weight").contains("unknown field");
    Path badEnum = write(dir, "{\"id\":\"X\",\"diagnosis\":\"myeloma\"}");
    CliRun bad = eligibility(EXAMPLES + "mm/study.json", badEnum.toString(), "--lang", "en");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("$.diagnosis").contains("myeloma");
    Path endBeforeStart =
        write(
            dir,
            "{\"id\":\"X\",\"diagnosis\":\"MM\",\"history\":[{\"agents\":[\"bortezomib\"],"
                + "\"start\":\"2020-03-01\",\"end\":\"2020-02-01\"}]}");
    CliRun order =
        eligibility(EXAMPLES + "mm/study.json", endBeforeStart.toString(), "--lang", "en");
    assertThat(order.code()).isEqualTo(2);
    assertThat(order.err())
        .contains("$.history[0]")
        .contains("end 2020-02-01 is before the start 2020-03-01");
  }

  static Path write(Path dir, String json) throws IOException {
    Path file = Files.createTempFile(dir, "subject", ".json");
    Files.writeString(file, json);
    return file;
  }
}
