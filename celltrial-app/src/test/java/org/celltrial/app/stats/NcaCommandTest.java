package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.app.stats.KmCommandTest.resource;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats nca} on kinetics-profiles.csv; expected values from kinetics-reference.json
 * (celltrial-stats test resources, first case: AUC0-28, LLOQ 0, BLQ after Tmax excluded).
 */
class NcaCommandTest {
  @TempDir Path dir;

  @Test
  void jsonMatchesTheBaseRReference() throws Exception {
    CliRun run =
        CliRun.of(
            "stats",
            "nca",
            "--data",
            resource("kinetics-profiles.csv"),
            "--subject",
            "subject",
            "--time",
            "day",
            "--conc",
            "copies",
            "--group",
            "dose",
            "--persist-day",
            "90,180",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode s1 = json.get("subjects").get(0);
    assertThat(s1.get("subject").asText()).isEqualTo("S1");
    assertClose("S1 aucEnd", s1.get("aucEnd").asDouble(), 243876.788307373);
    assertClose("S1 aucLast", s1.get("aucLast").asDouble(), 255629.860983163);
    assertThat(s1.get("persistence").get(0).get("status").asText()).isEqualTo("detectable");
    assertThat(json.get("subjects").get(5).get("aucEnd").isNull()).as("S6 ends at day 14").isTrue();
    JsonNode dose2 = json.get("groups").get(1);
    assertThat(dose2.get("group").asText()).isEqualTo("2");
    assertClose("cmax gm", dose2.get("cmax").get("geometricMean").asDouble(), 40716.2642489236);
    assertClose("cmax cv", dose2.get("cmax").get("geometricCv").asDouble(), 528.217535831231);
    assertClose("auc gm", dose2.get("aucEnd").get("geometricMean").asDouble(), 1143435.32141603);
    assertThat(dose2.get("aucEnd").get("n").asInt()).isEqualTo(2);
    assertThat(dose2.get("tmax").get("median").asDouble()).isEqualTo(7);
    assertThat(json.get("groups").get(0).get("persistence").get(0).get("detectable").asInt())
        .isEqualTo(1);
  }

  @Test
  void textInChineseAndCsvWithOneRowPerSubject() {
    CliRun zh =
        CliRun.of(
            "--lang",
            "zh",
            "stats",
            "nca",
            "--data",
            resource("kinetics-profiles.csv"),
            "--subject",
            "subject",
            "--time",
            "day",
            "--conc",
            "copies",
            "--group",
            "dose");
    assertThat(zh.code()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("各受试者细胞动力学").contains("Cmax 几何均值（CV%）").contains("528.2%");
    CliRun csv =
        CliRun.of(
            "--format",
            "csv",
            "--lang",
            "en",
            "stats",
            "nca",
            "--data",
            resource("kinetics-profiles.csv"),
            "--subject",
            "subject",
            "--time",
            "day",
            "--conc",
            "copies");
    assertThat(csv.out().lines()).hasSize(7).first().asString().startsWith("Subject,Group,");
  }

  @Test
  void blqTextIsZeroAndBadRowsAreLocated() throws Exception {
    Path blq = dir.resolve("blq.csv");
    Files.writeString(blq, "id,t,c\nA,0,BLQ\nA,2,100\nA,4,25\nA,6,blq\n");
    CliRun ok =
        CliRun.of(
            "stats",
            "nca",
            "--data",
            blq.toString(),
            "--subject",
            "id",
            "--time",
            "t",
            "--conc",
            "c",
            "--auc-end",
            "4",
            "--format",
            "json");
    assertThat(ok.code()).as(ok.err()).isZero();
    // 0–2: 100; 2–4: log 2·75/ln 4. Hand calculation.
    JsonNode a = new ObjectMapper().readTree(ok.out()).get("subjects").get(0);
    assertClose("auc0-4", a.get("aucEnd").asDouble(), 100 + 150 / Math.log(4));
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,t,c\nA,0,0\nA,2,-5\n");
    CliRun negative =
        CliRun.of(
            "--lang",
            "en",
            "stats",
            "nca",
            "--data",
            bad.toString(),
            "--subject",
            "id",
            "--time",
            "t",
            "--conc",
            "c");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("row 3, column c: -5 is negative");
    Files.writeString(bad, "id,t,c\nA,0,0\nA,2,5\nA,2,6\n");
    CliRun twice =
        CliRun.of(
            "--lang",
            "en",
            "stats",
            "nca",
            "--data",
            bad.toString(),
            "--subject",
            "id",
            "--time",
            "t",
            "--conc",
            "c");
    assertThat(twice.err()).contains("rows 3 and 4: subject A has two samples at t = 2");
    CliRun mode =
        CliRun.of(
            "--lang",
            "en",
            "stats",
            "nca",
            "--data",
            blq.toString(),
            "--subject",
            "id",
            "--time",
            "t",
            "--conc",
            "c",
            "--blq-after-peak",
            "keep");
    assertThat(mode.code()).isEqualTo(2);
    assertThat(mode.err()).contains("--blq-after-peak is \"keep\"");
  }
}
