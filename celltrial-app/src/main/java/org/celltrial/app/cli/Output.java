package org.celltrial.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints a {@link CliResult} as text, JSON or CSV: the one place output formats are decided. */
public final class Output {
  private Output() {}

  /**
   * Prints the result. CSV prints each table as a header row and data rows; several tables are
   * separated by one empty line, so a script that needs only the first reads up to it.
   */
  public static void print(CliResult result, Format format, PrintWriter out) {
    switch (format) {
      case JSON -> out.println(Json.write(result.json()));
      case CSV -> out.print(csv(result.tables()));
      case TEXT -> out.print(text(result.tables()));
    }
    out.flush();
  }

  /** Tables as CSV, exactly as {@code --format csv} prints them: the one CSV writer. */
  public static String csv(List<Table> tables) {
    StringWriter buffer = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(buffer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      for (int i = 0; i < tables.size(); i++) {
        if (i > 0) {
          printer.println();
        }
        printer.printRecord(tables.get(i).columns());
        for (List<String> row : tables.get(i).rows()) {
          printer.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  static String text(List<Table> tables) {
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      if (t > 0) {
        out.append('\n');
      }
      if (!table.title().isEmpty()) {
        out.append(table.title()).append('\n');
      }
      int[] width = new int[table.columns().size()];
      for (int c = 0; c < width.length; c++) {
        width[c] = displayWidth(table.columns().get(c));
        for (List<String> row : table.rows()) {
          width[c] = Math.max(width[c], displayWidth(row.get(c)));
        }
      }
      appendRow(out, table.columns(), width);
      int total = 0;
      for (int w : width) {
        total += w;
      }
      out.append("-".repeat(total + 2 * Math.max(0, width.length - 1))).append('\n');
      for (List<String> row : table.rows()) {
        appendRow(out, row, width);
      }
      for (String note : table.notes()) {
        out.append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (c > 0) {
        line.append("  ");
      }
      line.append(cell).append(" ".repeat(width[c] - displayWidth(cell)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * Columns a string occupies in a terminal: East Asian wide characters (Chinese text) take two, so
   * that bilingual tables line up.
   */
  static int displayWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
