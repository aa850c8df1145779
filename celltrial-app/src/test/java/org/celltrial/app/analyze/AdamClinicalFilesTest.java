package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetFile;
import org.celltrial.analysis.cdisc.DatasetJsonReader;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ADRS, ADAE and ADLB as {@code analyze} writes them, against the report and {@code grade}. */
class AdamClinicalFilesTest {
  @TempDir Path tmp;

  /**
   * On a generated study of each indication: every Dataset-JSON file reads back through the strict
   * reader into exactly the dataset derived again from the package, and the investigator's BOR
   * records of ADRS count the same subjects per category as the report's BOR table (mITT, "All"
   * column), with one record per infused subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"lbcl", "b-all", "mm"})
  void datasetsRoundTripAndAdrsBorMatchesTheReport(String indication) throws IOException {
    Path out = demo(indication);
    Path study = out.resolve("study");
    StudyDirectory.StudyPackage pkg = StudyDirectory.readPackage(study);
    AnalysisInput input = pkg.input();
    List<Dataset> expected = AdamFiles.datasets(input, pkg.adam());
    for (Dataset d : expected) {
      DatasetFile f = read(out.resolve("adam/" + d.name().toLowerCase(Locale.ROOT) + ".json"));
      assertThat(f.dataset()).as(d.name()).isEqualTo(d);
    }
    Map<String, Integer> adrs = new TreeMap<>();
    for (String[] row : csv(out.resolve("adam/adrs.csv"))) {
      if (row[2].equals("BOR") && row[5].equals("INVESTIGATOR")) {
        adrs.merge(row[9], 1, Integer::sum);
      }
    }
    Map<String, Integer> report = new TreeMap<>();
    List<String> table = Files.readAllLines(out.resolve("tables/bor.en.csv"));
    int n = Integer.parseInt(table.get(0).replaceAll(".*All \\(N = (\\d+)\\).*", "$1"));
    for (String line : table.subList(1, table.size())) {
      String[] f = line.split(",", -1);
      if (!f[0].contains(" ") && !f[0].startsWith("\"")) {
        report.put(f[0], Integer.parseInt(f[1].substring(0, f[1].indexOf(' '))));
      }
    }
    assertThat(adrs).isEqualTo(report);
    assertThat(adrs.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
  }

  /**
   * For every subject of a generated LBCL study, ADLB holds each count {@code grade icaht} grades
   * (same time, test, value in canonical units and CTCAE grade, in the command's JSON) and its
   * early and late ICAHT grades.
   */
  @Test
  void adlbGradesEqualGradeIcaht() throws IOException {
    Path out = demo("lbcl");
    Map<String, List<String[]>> bySubject = new TreeMap<>();
    for (String[] row : csv(out.resolve("adam/adlb.csv"))) {
      bySubject.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(out.resolve("study/grading"))) {
      files = s.filter(p -> p.toString().endsWith("-counts.json")).sorted().toList();
    }
    assertThat(files).hasSize(bySubject.size()).isNotEmpty();
    for (Path f : files) {
      String id = f.getFileName().toString().replace("-counts.json", "");
      CliRun run = CliRun.of("grade", "icaht", "--input", f.toString(), "--format", "json");
      assertThat(run.code()).as(run.err()).isZero();
      JsonNode j = new ObjectMapper().readTree(run.out());
      List<String[]> rows = bySubject.get("SIM-LBCL-" + id);
      List<String> fromCommand = new ArrayList<>();
      for (JsonNode c : j.get("counts")) {
        fromCommand.add(
            c.get("test").asText().toUpperCase(Locale.ROOT)
                + " "
                + LocalDateTime.parse(c.get("time").asText())
                + " "
                + new BigDecimal(c.get("value").asText()).stripTrailingZeros().toPlainString()
                + " "
                + (c.get("grade").isNull() ? "" : c.get("grade").asText()));
      }
      fromCommand.add("ICAHTE " + j.get("earlyIcaht").get("grade").asText());
      JsonNode late = j.get("lateIcaht").get("grade");
      fromCommand.add("ICAHTL " + (late.isNull() ? "" : late.asText()));
      List<String> fromAdlb = new ArrayList<>();
      for (String[] r : rows) {
        fromAdlb.add(
            r[4].isEmpty()
                ? r[2] + " " + r[9]
                : r[2]
                    + " "
                    + LocalDateTime.parse(r[4])
                    + " "
                    + new BigDecimal(r[8]).stripTrailingZeros().toPlainString()
                    + " "
                    + r[15]);
      }
      assertThat(fromAdlb).as(id).containsExactlyInAnyOrderElementsOf(fromCommand);
    }
  }

  /**
   * The hand-built study of {@link AnalyzeCommandTest} with an IRC read for H-1 only (PR on
   * 2024-02-28, where the investigator saw CR): ADRS gains the IRC's OVRLRESP and BOR for H-1 (PR,
   * rank 5, day 28 from the infusion of 01-31, ADY 29) and an IRC BOR of NE without a date for the
   * other infused subjects H-2 and H-3, whom the IRC did not read.
   */
  @Test
  void ircReadsGiveIrcRecords() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    Files.writeString(
        study.resolve("responses/H-1.json"),
        "{\"id\": \"H-1\", \"journey\": [{\"type\": \"infusion\", \"date\": \"2024-01-31\"}],"
            + " \"lastKnownAlive\": \"2024-06-30\", \"lugano\": {\"assessments\": ["
            + "{\"date\": \"2024-02-28\", \"pet\": {\"score\": \"3\"}}]},"
            + " \"irc\": [{\"date\": \"2024-02-28\", \"category\": \"PR\"}]}",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    String inv = ",Lugano 2014,INVESTIGATOR,2024-02-28,29,28,";
    String irc = ",Lugano 2014,INDEPENDENT ASSESSOR,";
    assertThat(Files.readAllLines(out.resolve("adam/adrs.csv")))
        .containsExactly(
            "STUDYID,USUBJID,PARAMCD,PARAM,PARCAT1,RSEVAL,ADT,ADY,INFDY,AVALC,AVAL,ANL01FL",
            "HAND-1,HAND-1-H-1,OVRLRESP,Overall Response" + inv + "CR,2,Y",
            "HAND-1,HAND-1-H-1,BOR,Best Overall Response" + inv + "CR,2,Y",
            "HAND-1,HAND-1-H-1,OVRLRESP,Overall Response" + irc + "2024-02-28,29,28,PR,5,Y",
            "HAND-1,HAND-1-H-1,BOR,Best Overall Response" + irc + "2024-02-28,29,28,PR,5,Y",
            "HAND-1,HAND-1-H-2,OVRLRESP,Overall Response" + inv + "PD,10,Y",
            "HAND-1,HAND-1-H-2,BOR,Best Overall Response" + inv + "PD,10,Y",
            "HAND-1,HAND-1-H-2,BOR,Best Overall Response" + irc + ",,,NE,11,Y",
            "HAND-1,HAND-1-H-3,OVRLRESP,Overall Response" + inv + "PR,5,Y",
            "HAND-1,HAND-1-H-3,BOR,Best Overall Response" + inv + "PR,5,Y",
            "HAND-1,HAND-1-H-3,BOR,Best Overall Response" + irc + ",,,NE,11,Y");
  }

  private Path demo(String indication) {
    Path out = tmp.resolve("demo-" + indication);
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--n",
            "30",
            "--indication",
            indication,
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    return out;
  }

  /** The data rows of an ADaM CSV, which holds no quoted field in these datasets. */
  private static List<String[]> csv(Path f) throws IOException {
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }

  private static DatasetFile read(Path f) throws IOException {
    return DatasetJsonReader.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
  }
}
