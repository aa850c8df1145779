package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetJsonReader;
import org.celltrial.analysis.cdisc.XptWriter;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SDTM and the native input of the same generated study give the same report: {@code
 * simulate-study} writes both, {@code analyze} reads the package, {@code analyze --sdtm} reads
 * OUT/sdtm as Dataset-JSON, from a copy holding only the CSV files as CSV, and from the JSON files
 * converted to SAS XPORT v5 as XPT; every table CSV and the ADaM CSVs must be byte-identical.
 */
class SdtmAnalyzeTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"lbcl, 16, 5", "b-all, 16, 5", "mm, 30, 1"})
  void sdtmAndNativeInputsOfOneStudyGiveIdenticalTables(String indication, int n, long seed)
      throws IOException {
    Path pkg = tmp.resolve("study");
    CliRun sim =
        CliRun.of(
            "simulate-study",
            "--indication",
            indication,
            "--n",
            String.valueOf(n),
            "--seed",
            String.valueOf(seed),
            "--out",
            pkg.toString());
    assertThat(sim.code()).as(sim.err()).isZero();
    Path csvOnly = Files.createDirectory(tmp.resolve("csv"));
    try (Stream<Path> s = Files.list(pkg.resolve("sdtm"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, csvOnly.resolve(f.getFileName()));
      }
    }
    Path xptOnly = xpt(pkg.resolve("sdtm"), Files.createDirectory(tmp.resolve("xpt")));
    // The same in-memory study: study file, every subject file, derived grades and responses.
    assertThat(SdtmDirectory.read(pkg.resolve("sdtm")).input()).isEqualTo(StudyDirectory.read(pkg));
    assertThat(SdtmDirectory.read(csvOnly).input()).isEqualTo(StudyDirectory.read(pkg));
    assertThat(SdtmDirectory.read(xptOnly).input()).isEqualTo(StudyDirectory.read(pkg));
    Map<String, String> nativeTables = analyze(pkg.toString(), "native");
    assertThat(nativeTables).containsKey("tables/primary.en.csv").hasSizeGreaterThan(10);
    assertThat(analyze("--sdtm=" + pkg.resolve("sdtm"), "json")).isEqualTo(nativeTables);
    assertThat(analyze("--sdtm=" + csvOnly, "csv")).isEqualTo(nativeTables);
    // The export uses the CT terms (docs/cdisc-ct.md); CSV written before the CT review, with the
    // old spellings, still gives the same report.
    Path old = Files.createDirectory(tmp.resolve("old"));
    String[][] renamed = {
      {"ds.csv", "ENTERED INTO TRIAL", "ENROLLED"},
      {"ex.csv", "Therapeutic Cells", "CELLS"},
      {"rs.csv", "BESTRESP", "BESTRSP"},
      {"pc.csv", "copies/ug", "copies/ug gDNA"}
    };
    try (Stream<Path> s = Files.list(csvOnly)) {
      for (Path f : s.toList()) {
        String text = Files.readString(f);
        for (String[] r : renamed) {
          if (f.getFileName().toString().equals(r[0])) {
            assertThat(text).contains(r[1]).doesNotContain("," + r[2] + ",");
            text = text.replace(r[1], r[2]);
          }
        }
        Files.writeString(old.resolve(f.getFileName()), text);
      }
    }
    assertThat(analyze("--sdtm=" + old, "old")).isEqualTo(nativeTables);
    assertThat(analyze("--sdtm=" + xptOnly, "xpt")).isEqualTo(nativeTables);
  }

  /**
   * Each Dataset-JSON domain of {@code sdtm} as SAS XPORT v5 ({@code <domain>.xpt}) in {@code out}.
   */
  static Path xpt(Path sdtm, Path out) throws IOException {
    try (Stream<Path> s = Files.list(sdtm)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        String name = f.getFileName().toString();
        Dataset d = DatasetJsonReader.read(name, Files.readString(f)).dataset();
        Files.write(
            out.resolve(name.replace(".json", ".xpt")),
            XptWriter.bytes(d, LocalDateTime.of(2026, 1, 1, 0, 0)));
      }
    }
    return out;
  }

  /**
   * Every table and ADaM CSV of the report, and both HTML reports without their one timestamp line
   * (figures included), by path, as text.
   */
  private Map<String, String> analyze(String input, String name) throws IOException {
    Path out = tmp.resolve("report-" + name);
    CliRun run = CliRun.of("analyze", input, "--out", out.toString(), "--report-langs", "en,zh");
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> files = new TreeMap<>();
    for (String dir : List.of("tables", "adam")) {
      try (Stream<Path> s = Files.list(out.resolve(dir))) {
        for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
          files.put(dir + "/" + f.getFileName(), Files.readString(f));
        }
      }
    }
    for (String html : List.of("report.en.html", "report.zh.html")) {
      files.put(
          html,
          Files.readString(out.resolve(html))
              .replaceAll(
                  "<p class=\"meta\">(Generated at |由 celltrial analyze 生成于)[^\n]*</p>", ""));
    }
    return files;
  }

  @Test
  void theSameSeedWritesTheSameSdtmBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    for (Path p : List.of(a, b)) {
      assertThat(
              CliRun.of(
                      "simulate-study",
                      "--indication",
                      "lbcl",
                      "--n",
                      "12",
                      "--seed",
                      "9",
                      "--out",
                      p.toString())
                  .code())
          .isZero();
    }
    try (Stream<Path> s = Files.list(a.resolve("sdtm"))) {
      List<Path> files = s.sorted().toList();
      assertThat(files).hasSize(40);
      for (Path f : files) {
        assertThat(Files.readAllBytes(b.resolve("sdtm").resolve(f.getFileName())))
            .as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void badSdtmStopsTheAnalysisListingEveryProblemInEitherLanguage() throws IOException {
    Path pkg = tmp.resolve("study");
    assertThat(
            CliRun.of(
                    "simulate-study",
                    "--indication",
                    "lbcl",
                    "--n",
                    "8",
                    "--seed",
                    "3",
                    "--out",
                    pkg.toString())
                .code())
        .isZero();
    Path csv = Files.createDirectory(tmp.resolve("csv"));
    try (Stream<Path> s = Files.list(pkg.resolve("sdtm"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, csv.resolve(f.getFileName()));
      }
    }
    // Row 1 of DS: a screening date that does not exist; row 1 of LB: a subject not in DM.
    editFirstRow(
        csv.resolve("ds.csv"), row -> row.substring(0, row.lastIndexOf(',') + 1) + "2024-02-30");
    editFirstRow(
        csv.resolve("lb.csv"), row -> row.replaceFirst("SIM-LBCL-LBCL-", "SIM-LBCL-NOBODY-"));
    for (String lang : List.of("en", "zh")) {
      Path out = tmp.resolve("out-" + lang);
      CliRun run =
          CliRun.of("analyze", "--sdtm", csv.toString(), "--out", out.toString(), "--lang", lang);
      assertThat(run.code()).isEqualTo(2);
      assertThat(out).doesNotExist();
      if (lang.equals("en")) {
        assertThat(run.err())
            .contains("SDTM input: 2 problem(s), nothing was imported")
            .contains("ds.csv, row 1, variable DSSTDTC, value 2024-02-30: must be an ISO 8601")
            .contains("lb.csv, row 1, variable USUBJID, value SIM-LBCL-NOBODY-");
      } else {
        assertThat(run.err())
            .contains("SDTM 输入：发现 2 个问题，未导入任何数据")
            .contains("ds.csv，第 1 行，变量 DSSTDTC，取值 2024-02-30：必须是完整的 ISO 8601");
      }
    }
  }

  private static void editFirstRow(Path f, UnaryOperator<String> edit) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.set(1, edit.apply(lines.get(1)));
    Files.write(f, lines);
  }
}
