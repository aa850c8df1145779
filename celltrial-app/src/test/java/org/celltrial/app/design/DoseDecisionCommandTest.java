package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class DoseDecisionCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void boinTwoOfSixStaysWithThePublishedTable() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "boin",
            "--target",
            "0.3",
            "--n",
            "6",
            "--dlt",
            "2",
            "--cohort-size",
            "3",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("decision").asText()).isEqualTo("stay");
    JsonNode table = json.get("table");
    assertThat(table).hasSize(10);
    // Published BOIN table for target 0.3 at n = 12: escalate <= 2, de-escalate >= 5, eliminate >=
    // 7.
    assertThat(table.get(3).get("n").asInt()).isEqualTo(12);
    assertThat(table.get(3).get("escalateAtMost").asInt()).isEqualTo(2);
    assertThat(table.get(3).get("deEscalateAtLeast").asInt()).isEqualTo(5);
    assertThat(table.get(3).get("eliminateAtLeast").asInt()).isEqualTo(7);
  }

  @Test
  void boinTableForCohortsOfOneStartsAtOnePatient() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "boin",
            "--target",
            "0.3",
            "--n",
            "1",
            "--dlt",
            "1",
            "--cohort-size",
            "1",
            "--max-n",
            "6",
            "--format",
            "json");
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("decision").asText()).isEqualTo("de-escalate");
    JsonNode first = json.get("table").get(0);
    assertThat(first.get("n").asInt()).isEqualTo(1);
    assertThat(first.get("escalateAtMost").asInt()).isZero();
    assertThat(first.get("eliminateAtLeast").isNull())
        .as("no elimination below 3 patients")
        .isTrue();
  }

  @Test
  void textNamesTheDecisionInEitherLanguage() {
    CliRun en =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "i3+3",
            "--target",
            "0.3",
            "--n",
            "3",
            "--dlt",
            "3",
            "--lang",
            "en");
    assertThat(en.out()).contains("Eliminate").contains("3/3").contains("G-PH-1");
    CliRun zh =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "3+3",
            "--target",
            "0.3",
            "--n",
            "3",
            "--dlt",
            "1",
            "--lang",
            "zh");
    assertThat(zh.out()).contains("维持").contains("3+3 决策表");
  }

  @Test
  void crmGivesThePosteriorAndTheNextDose() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "crm",
            "--target",
            "0.3",
            "--n",
            "3,3,0,0",
            "--dlt",
            "0,1,0,0",
            "--skeleton",
            "0.08,0.16,0.3,0.45",
            "--current",
            "2",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("currentLevel").asInt()).isEqualTo(2);
    assertThat(json.get("crm").get("pHat")).hasSize(4);
    int next = json.get("nextLevel").asInt();
    assertThat(next).isBetween(1, 3);
    String decision = json.get("decision").asText();
    assertThat(decision).isEqualTo(next == 3 ? "escalate" : next == 2 ? "stay" : "de-escalate");
  }

  @Test
  void badInputIsExitTwo() {
    CliRun threeThree =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "3+3",
            "--target",
            "0.3",
            "--n",
            "4",
            "--dlt",
            "1",
            "--lang",
            "en");
    assertThat(threeThree.code()).isEqualTo(2);
    assertThat(threeThree.err()).contains("--n is 4").contains("3 or 6");
    CliRun tooMany =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "boin",
            "--target",
            "0.3",
            "--n",
            "6",
            "--dlt",
            "7",
            "--lang",
            "zh");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).contains("--dlt（发生 DLT 的人数）为 7");
    CliRun lists =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "boin",
            "--target",
            "0.3",
            "--n",
            "3,3",
            "--dlt",
            "0,1",
            "--lang",
            "en");
    assertThat(lists.code()).isEqualTo(2);
    assertThat(lists.err()).contains("only the CRM");
    CliRun crmCounts =
        CliRun.of(
            "design",
            "dose-decision",
            "--method",
            "crm",
            "--target",
            "0.3",
            "--n",
            "3,3",
            "--dlt",
            "0,1",
            "--skeleton",
            "0.1,0.2,0.3",
            "--lang",
            "en");
    assertThat(crmCounts.code()).isEqualTo(2);
    assertThat(crmCounts.err()).contains("for 3 dose levels");
  }
}
