package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class SimonCommandTest {

  /** Simon 1989 Table 1 and R (simon-reference.json): optimal 3/13, 12/43; minimax 4/18, 10/33. */
  @Test
  void jsonCarriesOptimalMinimaxAndAdmissibleDesigns() throws Exception {
    CliRun run =
        CliRun.of(
            "design",
            "simon",
            "--p0",
            "0.2",
            "--p1",
            "0.4",
            "--alpha",
            "0.05",
            "--power",
            "0.8",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode optimal = json.get("optimal");
    assertThat(
            optimal.get("r1").asInt()
                + "/"
                + optimal.get("n1").asInt()
                + ", "
                + optimal.get("r").asInt()
                + "/"
                + optimal.get("n").asInt())
        .isEqualTo("3/13, 12/43");
    assertClose("EN0", optimal.get("en0").asDouble(), 20.58027071488);
    assertClose("PET0", optimal.get("pet0").asDouble(), 0.747324309504);
    assertClose("size", optimal.get("size").asDouble(), 0.0495814497480525);
    assertThat(json.get("minimax").get("n").asInt()).isEqualTo(33);
    assertThat(json.get("admissible")).hasSize(3);
    assertThat(json.get("admissible").get(1).get("design").get("n").asInt()).isEqualTo(38);
    assertThat(json.get("convention").asText()).contains("<= r1").contains("> r");
  }

  @Test
  void textExplainsTheConventionInBothLanguages() {
    CliRun run = CliRun.of("design", "simon", "--p0", "0.2", "--p1", "0.4", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Stage 1 enrols 13 subjects; if 3 or fewer respond")
        .contains("第一阶段入组 13 例")
        .contains("G-DES-2");
  }

  @Test
  void badInputIsExitTwo() {
    CliRun equal = CliRun.of("design", "simon", "--p0", "0.4", "--p1", "0.4", "--lang", "en");
    assertThat(equal.code()).isEqualTo(2);
    assertThat(equal.err()).contains("--p1").contains("0.4");
    CliRun small =
        CliRun.of("design", "simon", "--p0", "0.2", "--p1", "0.4", "--max-n", "20", "--lang", "zh");
    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err()).contains("--max-n = 20").contains("请增大");
    CliRun tooBig =
        CliRun.of(
            "design", "simon", "--p0", "0.2", "--p1", "0.4", "--max-n", "500", "--lang", "en");
    assertThat(tooBig.code()).isEqualTo(2);
    assertThat(tooBig.err()).contains("--max-n is 500").contains("2 to 200");
  }
}
