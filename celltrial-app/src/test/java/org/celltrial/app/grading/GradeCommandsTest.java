package org.celltrial.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade crs | icans | icaht} end to end on the documented examples in {@code
 * examples/grading/}; every expected grade is worked out by hand in the comments from the rules in
 * docs/clinical-rules.md.
 */
class GradeCommandsTest {
  static final String EXAMPLES = "../examples/grading/";

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void crsExampleGradesEachObservationAndBuildsTwoEpisodes() throws Exception {
    JsonNode j =
        json("grade", "crs", "--input", EXAMPLES + "crs-observations.json", "--format", "json");
    assertThat(j.get("system").asText()).isEqualTo("ASTCT 2019");
    // 37.2 -> 0; 38.4 -> 1; 39.1 + fluids + 2 L/min -> 2; 36.9 after tocilizumab with
    // norepinephrine -> 3 (masked); 50 °C rejected; blow-by after tocilizumab -> 2; 36.8 -> 0;
    // day 8 fever -> 1 (new episode, > 48 h after the day-4 resolution); 37.1 -> 0
    assertThat(j.get("observations").findValuesAsText("grade"))
        .containsExactly("0", "1", "2", "3", "2", "0", "1", "0");
    assertThat(j.get("maxGrade").asInt()).isEqualTo(3);
    JsonNode e1 = j.get("episodes").get(0);
    assertThat(e1.get("onsetDay").asInt()).isEqualTo(1);
    assertThat(e1.get("maxGrade").asInt()).isEqualTo(3);
    assertThat(e1.get("durationDays").asInt()).isEqualTo(3); // days 1, 2, 3
    assertThat(e1.get("resolved").asText()).isEqualTo("2024-03-05T08:00");
    assertThat(e1.get("tocilizumabDoses").asInt()).isEqualTo(1);
    assertThat(e1.get("corticosteroidDoses").asInt()).isEqualTo(1);
    assertThat(j.get("episodes").get(1).get("onsetDay").asInt()).isEqualTo(8);
    assertThat(j.get("rejected").get(0).get("index").asInt()).isEqualTo(4);
    assertThat(j.get("rejected").get(0).get("reason").asText()).contains("50");
  }

  @Test
  void crsTextExplainsEachGradeInChinese() {
    CliRun run =
        CliRun.of("grade", "crs", "--input", EXAMPLES + "crs-observations.json", "--lang", "zh");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("逐次观察的 CRS 分级（ASTCT 2019）；最高 3 级")
        .contains("无需发热：CRS 始于 2024-03-02T08:00")
        .contains("observations[4]（2024-03-03T14:00）未分级");
  }

  @Test
  void episodeGapOptionMergesEpisodes() throws Exception {
    JsonNode j =
        json(
            "grade",
            "crs",
            "--input",
            EXAMPLES + "crs-observations.json",
            "--episode-gap-hours",
            "120",
            "--format",
            "json");
    // day-8 onset is 96 h after the day-4 resolution: < 120 h, same episode
    assertThat(j.get("episodes")).hasSize(1);
    assertThat(j.get("episodeGapHours").asInt()).isEqualTo(120);
  }

  @Test
  void icansExampleRecomputesIceAndRejectsAnInconsistentTotal() throws Exception {
    JsonNode j =
        json("grade", "icans", "--input", EXAMPLES + "icans-observations.json", "--format", "json");
    // ICE 10 -> 0; 7 -> 1; 2 + voice -> 3; 3 + rapid seizure -> 3; total 11 rejected;
    // 9 + tremor -> 1; 10 + sedation attributed elsewhere -> 0
    assertThat(j.get("observations").findValuesAsText("grade"))
        .containsExactly("0", "1", "3", "3", "1", "0");
    assertThat(j.get("episodes")).hasSize(1);
    assertThat(j.get("episodes").get(0).get("onsetDay").asInt()).isEqualTo(5);
    assertThat(j.get("episodes").get(0).get("durationDays").asInt()).isEqualTo(4);
    assertThat(j.get("rejected").get(0).get("reason").asText()).contains("ice.total 11");
  }

  @Test
  void icahtExampleGradesEarlyLateCytopeniaAndFebrileNeutropenia() throws Exception {
    JsonNode j = json("grade", "icaht", "--input", EXAMPLES + "counts.json", "--format", "json");
    // ANC <= 500 days 3-9, 650 and 720 on days 10-11 (2 days: joined), <= 500 days 12-16:
    // one run of 14 days -> early 3; <= 100 only days 5-8 (4 days)
    assertThat(j.get("earlyIcaht").get("grade").asInt()).isEqualTo(3);
    assertThat(j.get("earlyIcaht").get("longestRun500").get("first").asInt()).isEqualTo(3);
    assertThat(j.get("earlyIcaht").get("longestRun500").get("last").asInt()).isEqualTo(16);
    // after day 30: 1400, 1300, 1700, 2000: nadir 1300, second 1400 <= 1500 -> late 1
    assertThat(j.get("lateIcaht").get("grade").asInt()).isEqualTo(1);
    // day 28: ANC 1.1 (grade 2) not prolonged; PLT 48 (grade 3) prolonged; PLT 18 day 95 late
    assertThat(j.get("cytopenia").get(0).get("prolonged").asBoolean()).isFalse();
    assertThat(j.get("cytopenia").get(1).get("prolonged").asBoolean()).isTrue();
    assertThat(j.get("cytopenia").get(1).get("late").asBoolean()).isTrue();
    // day 5: 38.1 at 10:00 and 38.2 at 11:15 (> 1 h), ANC 0.09 -> FN 3
    assertThat(j.get("febrileNeutropenia").get(0).get("grade").asInt()).isEqualTo(3);
    // hemoglobin 79 g/L = 7.9 g/dL < 8.0 -> grade 3
    assertThat(j.get("counts").findValuesAsText("test")).contains("HGB");
    assertThat(j.get("rejected").get(0).get("reason").asText()).contains("-10 /uL");
  }

  @Test
  void landmarkDayIsAnOption() throws Exception {
    JsonNode j =
        json(
            "grade",
            "icaht",
            "--input",
            EXAMPLES + "counts.json",
            "--landmark-day",
            "21",
            "--format",
            "json");
    // day 21: ANC 1.6 (grade 1) and PLT 55 (grade 2): neither prolonged
    assertThat(j.get("cytopenia").findValuesAsText("prolonged")).containsOnly("false");
  }

  @Test
  void aNegativeEpisodeGapIsExitTwoNamingTheOption() {
    CliRun run =
        CliRun.of(
            "grade",
            "icans",
            "--input",
            EXAMPLES + "icans-observations.json",
            "--episode-gap-hours",
            "-1",
            "--lang",
            "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--episode-gap-hours is -1");
  }

  @Test
  void aFileWithoutInfusionTimeIsExitTwoNamingIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("crs.json");
    Files.writeString(f, "{\"observations\": []}");
    CliRun run = CliRun.of("grade", "crs", "--input", f.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("infusion").doesNotContain("Exception");
  }

  @Test
  void anUnknownFieldIsExitTwoNamingItsPath(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("icans.json");
    Files.writeString(
        f,
        "{\"infusion\": \"2024-03-01T10:00\", \"ageYears\": 40,"
            + " \"observations\": [{\"time\": \"2024-03-02T10:00\", \"ICE\": 7}]}");
    CliRun run = CliRun.of("grade", "icans", "--input", f.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("$.observations[0]").contains("ICE");
  }
}
