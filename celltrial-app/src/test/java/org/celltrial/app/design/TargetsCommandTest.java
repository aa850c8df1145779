package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class TargetsCommandTest {

  @Test
  void jsonProposesTheTargetWithComputedIntervals() throws Exception {
    CliRun run =
        CliRun.of("design", "targets", "--indication", "lbcl", "--line", "3L+", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("p0").asDouble()).isEqualTo(0.53);
    assertThat(json.get("rule").asText()).isEqualTo("G-DES-3");
    assertThat(json.get("source").asText()).isEqualTo("juliet-long-term");
    assertThat(json.get("justification").get("en").asText()).contains("G-DES-3");
    assertThat(json.get("justification").get("zh").asText()).contains("目标值");
    JsonNode transcend = null;
    for (JsonNode c : json.get("controls")) {
      if (c.get("id").asText().equals("transcend")) {
        transcend = c;
      }
    }
    assertThat(transcend).isNotNull();
    assertThat(transcend.get("respondersDerived").asBoolean()).isTrue();
    // R: binom.test(186, 256)$conf.int (controls-reference.json)
    assertClose("lower", transcend.get("exactLower").asDouble(), 0.667587898036004);
    assertClose("upper", transcend.get("exactUpper").asDouble(), 0.780206606567948);
  }

  @Test
  void textListsControlsWithCitationsAndMarksDerivedNumerators() {
    CliRun run = CliRun.of("design", "targets", "--indication", "b-all", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("cnct19")
        .contains("34/48")
        .contains("33*/134")
        .contains("Blood Adv 2025;9:836")
        .contains("Proposed target value p0 = 0.708 (G-DES-3)")
        .contains("建议目标值");
  }

  @Test
  void unknownIndicationOrLineIsExitTwoListingTheChoices() {
    CliRun indication = CliRun.of("design", "targets", "--indication", "cll", "--lang", "en");
    assertThat(indication.code()).isEqualTo(2);
    assertThat(indication.err()).contains("--indication is \"cll\"").contains("lbcl, b-all, mm");
    CliRun line =
        CliRun.of("design", "targets", "--indication", "mm", "--line", "2L", "--lang", "zh");
    assertThat(line.code()).isEqualTo(2);
    assertThat(line.err()).contains("--line 为 \"2L\"").contains("4L+");
  }
}
