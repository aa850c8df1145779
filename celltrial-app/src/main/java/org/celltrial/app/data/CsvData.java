package org.celltrial.app.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * An analysis data file: CSV (UTF-8, optional BOM) with a header row; {@code NA} or an empty cell
 * is missing. The one CSV reader of the command line. Every problem names the file, the row (as a
 * spreadsheet shows it: the header is row 1), the column and the value.
 */
public final class CsvData {
  private static final String[] DIGITS = {"0", "1", "2"};

  private final Path file;
  private final List<String> columns;
  private final Map<String, Integer> index;

  /**
   * All cells as ranges of one text: cell (row r, column c) is {@code text[start[k], end[k])} with
   * {@code k = r · columns + c}. One string and two int arrays instead of a string per cell keeps a
   * million-row file to a few tens of megabytes and lets numbers be parsed in place.
   */
  private final String text;

  private final int[] start;
  private final int[] end;
  private final int rowCount;

  private CsvData(Path file, List<String> columns, String text, int[] start, int[] end) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
    this.text = text;
    this.start = start;
    this.end = end;
    this.rowCount = start.length / columns.size();
  }

  /** Reads a whole file; fails as a whole on the first structural problem. */
  public static CsvData read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CelltrialException(CliMessages.of("data.notFound", file));
    } catch (MalformedInputException e) {
      throw new CelltrialException(CliMessages.of("data.notUtf8", file));
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", file, e.getMessage()), e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    CsvData fast = plain(file, content);
    return fast != null ? fast : quoted(file, content);
  }

  /**
   * The fast path, for what statistical software writes (R's {@code write.csv} quotes names and
   * text, {@code data.table::fwrite} quotes nothing): cells are found in one pass over the text,
   * quoted cells included, by the same rules as the RFC 4180 path (surrounding spaces ignored,
   * empty lines skipped). Returns null when a quoted cell holds a line break or an escaped quote,
   * which the general path then handles.
   */
  private static CsvData plain(Path file, String content) {
    int n = content.length();
    int pos = 0;
    List<String> header = null;
    int width = 0;
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    int cells = 0;
    int record = 0;
    int[] cell = new int[3];
    while (pos < n) {
      int recordStart = cells;
      boolean blank = true;
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (!nextCell(content, pos, cell)) {
          return null;
        }
        if (cells == starts.length) {
          starts = java.util.Arrays.copyOf(starts, cells * 2);
          ends = java.util.Arrays.copyOf(ends, cells * 2);
        }
        starts[cells] = cell[0];
        ends[cells] = cell[1];
        cells++;
        blank &= cell[0] == cell[1] && content.charAt(cell[0] > 0 ? cell[0] - 1 : 0) != '"';
        pos = cell[2];
        endOfRecord = pos >= n || content.charAt(pos) != ',';
        pos++;
      }
      int count = cells - recordStart;
      if (count == 1 && blank) {
        cells = recordStart;
        continue;
      }
      if (header == null) {
        header = new ArrayList<>(count);
        for (int k = recordStart; k < cells; k++) {
          header.add(content.substring(starts[k], ends[k]));
        }
        width = count;
        cells = 0;
      } else {
        record++;
        if (count != width) {
          throw new CelltrialException(
              CliMessages.of("data.ragged", file, record + 1, count, width));
        }
      }
    }
    if (header == null || header.isEmpty()) {
      throw new CelltrialException(CliMessages.of("data.empty", file));
    }
    return new CsvData(
        file,
        header,
        content,
        java.util.Arrays.copyOf(starts, cells),
        java.util.Arrays.copyOf(ends, cells));
  }

  /**
   * Finds the cell starting at {@code pos}: {@code out[0..1]} its content range (quotes and
   * surrounding spaces removed), {@code out[2]} the position of the comma or line end after it.
   * False when the cell needs the general parser.
   */
  private static boolean nextCell(String text, int pos, int[] out) {
    int n = text.length();
    int a = pos;
    while (a < n && text.charAt(a) == ' ') {
      a++;
    }
    if (a < n && text.charAt(a) == '"') {
      int close = text.indexOf('"', a + 1);
      if (close < 0 || (close + 1 < n && text.charAt(close + 1) == '"')) {
        return false;
      }
      for (int k = a + 1; k < close; k++) {
        char c = text.charAt(k);
        if (c == '\n' || c == '\r') {
          return false;
        }
      }
      int after = close + 1;
      while (after < n && text.charAt(after) == ' ') {
        after++;
      }
      if (after < n && text.charAt(after) == '\r') {
        after++;
      }
      if (after < n && text.charAt(after) != ',' && text.charAt(after) != '\n') {
        return false;
      }
      out[0] = a + 1;
      out[1] = close;
      out[2] = after;
      return true;
    }
    int b = a;
    while (b < n && text.charAt(b) != ',' && text.charAt(b) != '\n') {
      b++;
    }
    int stop = b;
    while (stop > a && (text.charAt(stop - 1) == ' ' || text.charAt(stop - 1) == '\r')) {
      stop--;
    }
    out[0] = a;
    out[1] = stop;
    out[2] = b;
    return true;
  }

  /** Files with quoted cells go through commons-csv (RFC 4180). */
  private static CsvData quoted(Path file, String content) {
    List<String> header;
    StringBuilder text = new StringBuilder(content.length());
    List<int[]> ranges = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(content);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader)) {
      header = new ArrayList<>(parser.getHeaderNames());
      if (header.isEmpty()) {
        throw new CelltrialException(CliMessages.of("data.empty", file));
      }
      for (CSVRecord record : parser) {
        if (record.size() != header.size()) {
          throw new CelltrialException(
              CliMessages.of(
                  "data.ragged", file, record.getRecordNumber() + 1, record.size(), header.size()));
        }
        for (String value : record.values()) {
          String v = value.strip();
          ranges.add(new int[] {text.length(), text.length() + v.length()});
          text.append(v);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", file, e.getMessage()), e);
    }
    int[] starts = new int[ranges.size()];
    int[] ends = new int[ranges.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = ranges.get(i)[0];
      ends[i] = ranges.get(i)[1];
    }
    return new CsvData(file, header, text.toString(), starts, ends);
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** Column names in file order. */
  public List<String> columns() {
    return columns;
  }

  /** Number of data rows (the header not counted). */
  public int rowCount() {
    return rowCount;
  }

  /**
   * Checks that a column named by an option exists.
   *
   * @param option the command-line option that named it, e.g. {@code --time}
   * @throws CelltrialException naming the option, the column and the columns the file has
   */
  public void require(String option, String column) {
    if (!index.containsKey(column)) {
      throw new CelltrialException(
          CliMessages.of("data.noColumn", option, column, file, String.join(", ", columns)));
    }
  }

  /** Whether the cell is missing: empty or {@code NA}. */
  public boolean isMissing(int row, String column) {
    int k = cell(row, column);
    int length = end[k] - start[k];
    return length == 0 || (length == 2 && text.startsWith("NA", start[k]));
  }

  /**
   * The rows (0-based) where none of the given columns is missing: the analysis rows. Rows dropped
   * for missing values are {@code rowCount() − result.length}.
   */
  public int[] completeRows(String... columnsNeeded) {
    int[] kept = new int[rowCount];
    int k = 0;
    outer:
    for (int r = 0; r < rowCount; r++) {
      for (String c : columnsNeeded) {
        if (isMissing(r, c)) {
          continue outer;
        }
      }
      kept[k++] = r;
    }
    return java.util.Arrays.copyOf(kept, k);
  }

  /** The raw text of a cell, trimmed. */
  public String raw(int row, String column) {
    int k = cell(row, column);
    return text.substring(start[k], end[k]);
  }

  private int cell(int row, String column) {
    Integer c = index.get(column);
    if (c == null) {
      throw new IllegalArgumentException("column not checked with require(): " + column);
    }
    return row * columns.size() + c;
  }

  /**
   * A finite number.
   *
   * @throws CelltrialException naming file, row, column and value when it is not a number
   */
  public double number(int row, String column) {
    int k = cell(row, column);
    double fast = Decimals.parse(text, start[k], end[k]);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    String v = text.substring(start[k], end[k]);
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CelltrialException(CliMessages.of("data.notNumber", file, row + 2, column, v));
  }

  /**
   * Numbers of a column for the given rows: times must be ≥ 0, as every survival method here
   * requires.
   *
   * @param nonNegative whether a negative value is an error (survival times)
   */
  public double[] numbers(int[] analysisRows, String column, boolean nonNegative) {
    double[] out = new double[analysisRows.length];
    for (int i = 0; i < analysisRows.length; i++) {
      out[i] = number(analysisRows[i], column);
      if (nonNegative && out[i] < 0) {
        throw new CelltrialException(
            CliMessages.of(
                "data.negative", file, analysisRows[i] + 2, column, raw(analysisRows[i], column)));
      }
    }
    return out;
  }

  /**
   * An event indicator for the given rows, as 1 = event and 0 = censored. A column coded 0/1 (also
   * FALSE/TRUE) is read as is; a column whose values are all 1 or 2 is R's coding, 1 = censored and
   * 2 = event (see {@code survival::Surv}). Any other value is an error naming its row.
   */
  public int[] events(int[] analysisRows, String column) {
    boolean anyZero = false;
    boolean anyTwo = false;
    int[] out = new int[analysisRows.length];
    for (int i = 0; i < analysisRows.length; i++) {
      int r = analysisRows[i];
      String v = normalizedEvent(r, column);
      if (v.length() != 1 || v.charAt(0) < '0' || v.charAt(0) > '2') {
        throw new CelltrialException(
            CliMessages.of("data.badEvent", file, r + 2, column, raw(r, column)));
      }
      out[i] = v.charAt(0) - '0';
      anyZero |= out[i] == 0;
      anyTwo |= out[i] == 2;
    }
    if (anyZero && anyTwo) {
      throw new CelltrialException(CliMessages.of("data.mixedEventCoding", file, column));
    }
    if (anyTwo) {
      for (int i = 0; i < out.length; i++) {
        out[i]--;
      }
    }
    return out;
  }

  private String normalizedEvent(int row, String column) {
    int k = cell(row, column);
    if (end[k] - start[k] == 1) {
      char c = text.charAt(start[k]);
      if (c == '0' || c == '1' || c == '2') {
        return DIGITS[c - '0'];
      }
    }
    String v = raw(row, column).toUpperCase(Locale.ROOT);
    switch (v) {
      case "TRUE", "T" -> {
        return "1";
      }
      case "FALSE", "F" -> {
        return "0";
      }
      case "0.0", "1.0", "2.0" -> {
        return v.substring(0, 1);
      }
      default -> {
        return v;
      }
    }
  }

  /**
   * A whole-number status code (competing risks: 0 censored, 1…k causes) for the given rows.
   *
   * @throws CelltrialException naming the row when a value is not a whole number ≥ 0
   */
  public int[] codes(int[] analysisRows, String column) {
    int[] out = new int[analysisRows.length];
    for (int i = 0; i < analysisRows.length; i++) {
      double d = number(analysisRows[i], column);
      if (d < 0 || d != Math.rint(d)) {
        throw new CelltrialException(
            CliMessages.of(
                "data.badCode", file, analysisRows[i] + 2, column, raw(analysisRows[i], column)));
      }
      out[i] = (int) d;
    }
    return out;
  }

  /** Text labels (groups, strata, factor levels) for the given rows. */
  public String[] labels(int[] analysisRows, String column) {
    String[] out = new String[analysisRows.length];
    for (int i = 0; i < analysisRows.length; i++) {
      out[i] = raw(analysisRows[i], column);
    }
    return out;
  }
}
