package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyCommandTest {
  private static final String STUDY = EligibilityCommandTest.EXAMPLES + "lbcl/study.json";

  private static CliRun journey(String study, String subject, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "check";
    args[1] = "journey";
    args[2] = "--study";
    args[3] = study;
    args[4] = "--subject";
    args[5] = subject;
    System.arraycopy(more, 0, args, 6, more.length);
    return CliRun.of(args);
  }

  @Test
  void lbclExampleIsConsistentWithAChemotherapyStratum() throws Exception {
    CliRun run =
        journey(STUDY, EligibilityCommandTest.EXAMPLES + "lbcl/subject.json", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("bridgingStratum").asText()).isEqualTo("CHEMOTHERAPY");
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("bridging").get(0).get("verdict").asText()).isEqualTo("met");
  }

  @Test
  void cd19AntibodyBridgingOneDayShortOfWashoutAndLdIntoInfusionAreReported(@TempDir Path dir)
      throws Exception {
    // LBCL study: anti-CD20 / chemotherapy washout 14 days; LD must end 2-14 days before infusion.
    Path subject =
        EligibilityCommandTest.write(
            dir,
            "{\"id\":\"S9\",\"diagnosis\":\"B_NHL\",\"subtype\":\"DLBCL\",\"ageYears\":50,"
                + "\"journey\":["
                + "{\"type\":\"screening\",\"date\":\"2024-01-01\"},"
                + "{\"type\":\"leukapheresis\",\"date\":\"2024-01-05\"},"
                + "{\"type\":\"bridging\",\"start\":\"2024-01-06\",\"end\":\"2024-01-10\","
                + "\"agents\":[\"tafasitamab\",\"bendamustine\"]},"
                + "{\"type\":\"manufacturing-release\",\"date\":\"2024-01-20\"},"
                + "{\"type\":\"tumor-assessment\",\"date\":\"2024-01-22\"},"
                + "{\"type\":\"lymphodepletion\",\"start\":\"2024-01-23\",\"end\":\"2024-01-25\"},"
                + "{\"type\":\"infusion\",\"date\":\"2024-01-26\",\"dose\":2e8,\"unit\":\"TOTAL_CELLS\"}"
                + "]}");
    CliRun run = journey(STUDY, subject.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode washout = json.get("bridging").get(0);
    assertThat(washout.get("verdict").asText()).isEqualTo("not-met");
    assertThat(washout.get("reason").get("en").asText())
        .contains("only 13 days later")
        .contains("at least 14 days");
    assertThat(json.get("bridging").toString()).contains("tafasitamab is directed against CD19");
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("location").asText()).isEqualTo("$.journey[5]");
    assertThat(finding.get("rule").asText()).isEqualTo("protocol");
    assertThat(finding.get("message").get("en").asText())
        .isEqualTo(
            "Lymphodepletion ends 2024-01-25, 1 days before the infusion on 2024-01-26; the"
                + " protocol requires 2 to 14 days.");
  }

  @Test
  void textOutputInChineseNamesTheStratum() {
    CliRun run =
        journey(
            EligibilityCommandTest.EXAMPLES + "mm/study.json",
            EligibilityCommandTest.EXAMPLES + "mm/subject.json",
            "--lang",
            "zh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("用于分层分析的桥接治疗分层（G-BR-3）：化疗（CHEMOTHERAPY）")
        .contains("治疗流程一致性：0 项发现");
  }

  @Test
  void anUnknownEventTypeIsAnErrorNamingItsPath(@TempDir Path dir) throws Exception {
    Path subject =
        EligibilityCommandTest.write(
            dir,
            "{\"id\":\"S9\",\"diagnosis\":\"B_NHL\",\"journey\":["
                + "{\"type\":\"screening\",\"date\":\"2024-01-01\"},"
                + "{\"type\":\"apheresis\",\"date\":\"2024-01-05\"}]}");
    CliRun run = journey(STUDY, subject.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("$.journey[1]").contains("apheresis");
  }
}
