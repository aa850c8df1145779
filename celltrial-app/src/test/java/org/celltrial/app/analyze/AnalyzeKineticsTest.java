package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinetics section of {@code analyze} end to end: the hand-built study of {@link
 * AnalyzeCommandTest} with transgene files whose parameters are worked out by hand (the profiles of
 * {@code KineticsTest} in celltrial-analysis: H-1 = A, H-3 = B, H-2 = C), a simulated study checked
 * against {@code stats nca} on the same files, and a study without {@code kinetics/}.
 */
class AnalyzeKineticsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * H-1 (CMR, DL1): Cmax 1000, Tmax 7, AUC0–28 3500 + 7000/ln 2, Tlast 91, detectable at month 3.
   * H-3 (PMR, DL2): Cmax 4000, Tmax 10, AUC0–28 19000 + 54000/ln 4, Tlast 28, not detectable at
   * months 3 and 6. H-2 (PD, DL2): Cmax 600, Tmax 14, no AUC0–28, Tlast 14.
   */
  @Test
  void handBuiltProfilesGiveHandCalculatedCellsByDoseAndResponse() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    Path k = Files.createDirectory(study.resolve("kinetics"));
    Files.writeString(
        k.resolve("H-1.csv"),
        "subject,day,copies\nH-1,0,BLQ\nH-1,7,1000\nH-1,14,500\nH-1,28,250\nH-1,61,\nH-1,91,100\n");
    Files.writeString(
        k.resolve("H-2.csv"), "subject,day,copies\nH-2,0,BLQ\nH-2,7,300\nH-2,14,600\nH-2,21,BLQ\n");
    Files.writeString(
        k.resolve("H-3.csv"),
        "subject,day,copies\nH-3,1,200\nH-3,10,4000\nH-3,28,1000\nH-3,91,blq\nH-3,183,BLQ\n");
    ObjectNode s = (ObjectNode) JSON.readTree(study.resolve("study.json").toFile());
    s.putArray("doseLevels").add("DL1").add("DL2");
    JSON.writeValue(study.resolve("study.json").toFile(), s);
    dose(study, "H-1", "DL1");
    dose(study, "H-2", "DL2");
    dose(study, "H-3", "DL2");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    double aucA = 3500 + 7000 / Math.log(2);
    double aucB = 19000 + 54000 / Math.log(4);
    double[] logs = {Math.log(1000), Math.log(4000), Math.log(600)};
    double mean = (logs[0] + logs[1] + logs[2]) / 3;
    double var = (sq(logs[0] - mean) + sq(logs[1] - mean) + sq(logs[2] - mean)) / 2;
    double aucVar = sq(Math.log(aucA) - Math.log(aucB)) / 2;
    List<String> lines = Files.readAllLines(out.resolve("tables/kinetics.en.csv"));
    assertThat(lines.get(1))
        .isEqualTo(
            "All,3,"
                + quoted(f0(Math.exp(mean)) + " (" + f1(cv(var)) + ")")
                + ",1000 (600–4000),10 (7–14),"
                + quoted(f0(Math.sqrt(aucA * aucB)) + " (" + f1(cv(aucVar)) + ")")
                + ","
                + quoted(f0((aucA + aucB) / 2) + " (" + f0(aucA) + "–" + f0(aucB) + ")")
                + ",28 (14–91),1/2 (50.0),0/1 (0.0),-");
    assertThat(lines.get(2)).startsWith("Dose level DL1,1,1000 (NE),1000 (1000–1000),7 (7–7),");
    assertThat(lines.get(3)).startsWith("Dose level DL2,2,");
    assertThat(lines.get(4)).startsWith("Responders,2,");
    assertThat(lines.get(5)).startsWith("Non-responders,1,600 (NE),600 (600–600),14 (14–14),-,-,");
    String html = Files.readString(out.resolve("report.en.html"));
    assertThat(html)
        .contains("CAR transgene expansion by dose level", "CAR transgene expansion by response")
        .contains("Dose level DL2", "Day after infusion (log scale)");
    assertThat(Files.readString(out.resolve("report.zh.html")))
        .contains("按剂量水平的 CAR 转基因扩增", "回输后天数（对数刻度）", "剂量水平 DL1");
  }

  @Test
  void simulatedStudyAgreesWithStatsNcaOnTheSameFiles() throws IOException {
    Path out = tmp.resolve("demo");
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--indication",
            "mm",
            "--n",
            "40",
            "--seed",
            "5",
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    StringBuilder all = new StringBuilder("subject,day,copies\n");
    try (Stream<Path> files = Files.list(out.resolve("study/kinetics"))) {
      for (Path f : files.sorted().toList()) {
        List<String> rows = Files.readAllLines(f);
        rows.subList(1, rows.size()).forEach(r -> all.append(r).append('\n'));
      }
    }
    Path combined = tmp.resolve("all.csv");
    Files.writeString(combined, all);
    CliRun nca =
        CliRun.of(
            "stats",
            "nca",
            "--data",
            combined.toString(),
            "--subject",
            "subject",
            "--time",
            "day",
            "--conc",
            "copies",
            "--auc-end",
            "28",
            "--persist-day",
            "84,176,358",
            "--format",
            "json");
    assertThat(nca.code()).as(nca.err()).isZero();
    JsonNode group = JSON.readTree(nca.out()).get("groups").get(0);
    String row = Files.readAllLines(out.resolve("tables/kinetics.en.csv")).get(1);
    String cmax =
        f0(group.get("cmax").get("geometricMean").asDouble())
            + " ("
            + f1(group.get("cmax").get("geometricCv").asDouble())
            + ")";
    String auc =
        f0(group.get("aucEnd").get("geometricMean").asDouble())
            + " ("
            + f1(group.get("aucEnd").get("geometricCv").asDouble())
            + ")";
    JsonNode m3 = group.get("persistence").get(0);
    int evaluable = m3.get("detectable").asInt() + m3.get("notDetectable").asInt();
    assertThat(row)
        .startsWith("All," + group.get("subjects").asInt() + "," + quoted(cmax) + ",")
        .contains("," + quoted(auc) + ",")
        .contains("," + m3.get("detectable").asInt() + "/" + evaluable + " (");
  }

  @Test
  void withoutTheFolderTheSectionSaysNotCollected() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("tables/kinetics.en.csv")).get(1))
        .startsWith("Not collected: the study package has no kinetics/ folder,-,-");
    assertThat(Files.readString(out.resolve("report.zh.html"))).contains("未收集");
    assertThat(Files.readString(out.resolve("report.en.html")))
        .doesNotContain("CAR transgene expansion by");
  }

  @Test
  void aRowOfAnotherSubjectFailsNamingTheFile() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    Path k = Files.createDirectory(study.resolve("kinetics"));
    Files.writeString(k.resolve("H-1.csv"), "subject,day,copies\nH-1,7,1000\nH-2,14,500\n");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("H-1.csv", "H-2").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  private static void dose(Path study, String id, String level) throws IOException {
    Path f = study.resolve("subjects/" + id + ".json");
    ObjectNode s = (ObjectNode) JSON.readTree(f.toFile());
    s.put("doseLevel", level);
    Files.writeString(f, JSON.writeValueAsString(s), StandardCharsets.UTF_8);
  }

  private static double cv(double varLog) {
    return 100 * Math.sqrt(Math.exp(varLog) - 1);
  }

  private static double sq(double x) {
    return x * x;
  }

  private static String quoted(String cell) {
    return cell.contains(",") ? "\"" + cell + "\"" : cell;
  }

  private static String f0(double x) {
    return String.format(Locale.ROOT, "%.0f", x);
  }

  private static String f1(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }
}
