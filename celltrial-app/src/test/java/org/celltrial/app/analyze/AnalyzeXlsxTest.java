package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.celltrial.app.cli.CliRun;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads {@code tables.<lang>.xlsx} back and compares it with the CSV tables of the same run. */
class AnalyzeXlsxTest {
  private static final List<String> TABLES =
      List.of(
          "disposition",
          "baseline",
          "primary",
          "bor",
          "landmark",
          "irc-concordance",
          "irc-primary",
          "hsct",
          "subgroups",
          "time-to-event",
          "irc-progression",
          "cumulative-incidence",
          "crs",
          "icans",
          "icaht",
          "deaths",
          "infections",
          "other-toxicities",
          "malignancy-register",
          "malignancy-incidence",
          "exposure",
          "kinetics");

  @TempDir Path tmp;

  @Test
  void everyCellOfEveryTableEqualsTheCsvInBothLanguagesWithCountsAsNumbers() throws IOException {
    Path out = tmp.resolve("demo");
    CliRun run =
        CliRun.of("analyze", "--demo", "--n", "30", "--out", out.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("files").toString()).contains("tables.en.xlsx", "tables.zh.xlsx");
    // The ADaM files are listed last, dataset by dataset in the order of docs/cdisc.md.
    List<String> adam = new ArrayList<>();
    json.get("files").forEach(f -> adam.add(f.asText()));
    List<String> adamOrder = new ArrayList<>();
    for (String d : List.of("adsl", "adrs", "adtte", "adae", "adlb")) {
      for (String ext : List.of("json", "csv", "xpt")) {
        adamOrder.add("adam/" + d + "." + ext);
      }
    }
    assertThat(adam.subList(adam.size() - adamOrder.size(), adam.size())).isEqualTo(adamOrder);
    String html = Files.readString(out.resolve("report.en.html"));
    for (String lang : List.of("en", "zh")) {
      List<List<Row>> sheets = new ArrayList<>();
      List<String> names = new ArrayList<>();
      try (ReadableWorkbook wb =
          new ReadableWorkbook(out.resolve("tables." + lang + ".xlsx").toFile())) {
        for (Sheet s : wb.getSheets().toList()) {
          names.add(s.getName());
          sheets.add(s.read());
        }
      }
      List<String> expectedNames = new ArrayList<>();
      expectedNames.add(lang.equals("en") ? "About" : "说明");
      expectedNames.addAll(TABLES);
      assertThat(names).isEqualTo(expectedNames);
      int numbers = 0;
      for (int i = 0; i < TABLES.size(); i++) {
        List<CSVRecord> csv = csv(out.resolve("tables/" + TABLES.get(i) + "." + lang + ".csv"));
        List<Row> rows = sheets.get(i + 1);
        assertThat(rows).as(TABLES.get(i)).hasSameSizeAs(csv);
        for (int r = 0; r < csv.size(); r++) {
          assertThat(rows.get(r).getCellCount()).isEqualTo(csv.get(r).size());
          for (int c = 0; c < csv.get(r).size(); c++) {
            String expected = csv.get(r).get(c);
            Cell cell = rows.get(r).getCell(c);
            boolean count = r > 0 && expected.matches("0|-?[1-9][0-9]*");
            assertThat(cell.getType()).isEqualTo(count ? CellType.NUMBER : CellType.STRING);
            numbers += count ? 1 : 0;
            String actual = count ? cell.asNumber().toPlainString() : cell.asString();
            assertThat(actual).as("%s %s r%d c%d", lang, TABLES.get(i), r, c).isEqualTo(expected);
          }
        }
      }
      assertThat(numbers).isPositive();
      List<Row> about = sheets.get(0);
      assertThat(about.get(1).getCell(1).asString()).isEqualTo(json.get("study").asText());
      assertThat(html).contains("Data cut-off " + about.get(2).getCell(1).asString() + " ");
      assertThat(about.get(3).getCell(1).asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(row(about, 6).getCell(0).asString()).isEqualTo("disposition");
      assertThat(row(about, 8).getCell(3).asString()).contains("G-DES-2");
    }
  }

  @Test
  void twoRunsGiveTheSameCellsApartFromTheGenerationTime() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.of("analyze", "--demo", "--n", "20", "--out", a.toString()).code()).isZero();
    assertThat(CliRun.of("analyze", "--demo", "--n", "20", "--out", b.toString()).code()).isZero();
    for (String name : List.of("tables.en.xlsx", "tables.zh.xlsx")) {
      List<List<String>> x = cells(a.resolve(name));
      List<List<String>> y = cells(b.resolve(name));
      // The About sheet's fourth row holds the generation time, the one value allowed to differ.
      List<String> stamp = x.stream().filter(r -> r.get(0).equals("0:4")).findFirst().orElseThrow();
      assertThat(stamp.get(1)).isIn("STRING=Generated at (UTC)", "STRING=生成时间（UTC）");
      x.removeIf(r -> r.get(0).equals("0:4"));
      y.removeIf(r -> r.get(0).equals("0:4"));
      assertThat(x.size()).isGreaterThan(50);
      assertThat(y).isEqualTo(x);
    }
  }

  /** Every row of every sheet as "sheet:row" followed by its cells' raw values. */
  private static List<List<String>> cells(Path file) throws IOException {
    List<List<String>> all = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      for (Sheet s : wb.getSheets().toList()) {
        for (Row r : s.read()) {
          List<String> row = new ArrayList<>();
          row.add(s.getIndex() + ":" + r.getRowNum());
          for (Cell c : r) {
            row.add(c == null ? "" : c.getType() + "=" + c.getText());
          }
          all.add(row);
        }
      }
    }
    return all;
  }

  /** The row at 0-based index {@code r}; the reader leaves out empty rows. */
  private static Row row(List<Row> rows, int r) {
    return rows.stream().filter(x -> x.getRowNum() == r + 1).findFirst().orElseThrow();
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.parse(r).getRecords();
    }
  }
}
