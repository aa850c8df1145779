package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * {@code stats rmst} end to end. Expected numbers: R's survival 3.5-3 and survRM2's formulas, from
 * celltrial-stats/src/test/resources/org/celltrial/stats/rmst/rmst-reference.json (lung by sex, tau
 * = 365).
 */
class RmstCommandTest {
  private static final String LUNG = KmCommandTest.resource("lung.csv");

  @Test
  void jsonMatchesR() throws Exception {
    CliRun run =
        CliRun.of(
            "stats",
            "rmst",
            "--data",
            LUNG,
            "--time",
            "time",
            "--event",
            "status",
            "--group",
            "sex",
            "--tau",
            "365",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("tau").asDouble()).isEqualTo(365);
    JsonNode male = json.get("strata").get(0);
    assertThat(male.get("group").asText()).isEqualTo("1");
    assertThat(male.get("rmst").asDouble()).isCloseTo(241.495085192057, offset(1e-9));
    assertThat(male.get("se").asDouble()).isCloseTo(10.3582264910969, offset(1e-9));
    assertThat(male.get("lastFollowUp").asDouble()).isEqualTo(1022);
    JsonNode d = json.get("differences").get(0);
    assertThat(d.get("group").asText()).isEqualTo("2");
    assertThat(d.get("reference").asText()).isEqualTo("1");
    assertThat(d.get("estimate").asDouble()).isCloseTo(55.9703243399798, offset(1e-9));
    assertThat(d.get("lower").asDouble()).isCloseTo(26.6529363773313, offset(1e-9));
    assertThat(d.get("pValue").asDouble()).isCloseTo(0.000182706461311161, offset(1e-15));
    assertThat(json.get("dropped").asInt()).isZero();
  }

  @Test
  void textShowsBothTablesInChinese() {
    CliRun run =
        CliRun.of(
            "stats", "rmst", "--data", LUNG, "--time", "time", "--event", "status", "--group",
            "sex", "--tau", "365", "--lang", "zh");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("截至 tau = 365 的限制性平均生存时间")
        .contains("241.495")
        .contains("RMST 差值（各组减去参照组 sex = 1）")
        .contains("55.970");
  }

  @Test
  void tauBeyondTheShortestFollowUpIsAnError() {
    // sex = 2 is followed up to 965 days, sex = 1 to 1022
    String[] ok = {
      "stats", "rmst", "--data", LUNG, "--time", "time", "--event", "status", "--group", "sex",
      "--tau", "965"
    };
    assertThat(CliRun.of(ok).code()).isZero();
    CliRun beyond =
        CliRun.of(
            "stats", "rmst", "--data", LUNG, "--time", "time", "--event", "status", "--group",
            "sex", "--tau", "965.5", "--lang", "en");
    assertThat(beyond.code()).isEqualTo(2);
    assertThat(beyond.err())
        .contains("tau = 965.5 lies beyond the last follow-up time 965 of group 2");
    CliRun zero =
        CliRun.of(
            "stats", "rmst", "--data", LUNG, "--time", "time", "--event", "status", "--tau", "0",
            "--lang", "en");
    assertThat(zero.err()).contains("tau is 0");
  }
}
