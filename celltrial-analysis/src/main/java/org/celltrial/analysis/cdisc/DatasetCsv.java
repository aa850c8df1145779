package org.celltrial.analysis.cdisc;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link Dataset} as CSV (RFC 4180): a header row of variable names, then one line per
 * record; a missing value is an empty field; decimals in plain notation, doubles as Java's shortest
 * round-trip text, booleans {@code true}/{@code false}; a field with a comma, quote or line break
 * is quoted, quotes doubled. Lines end with {@code \n}. The metadata (labels, types) is not in the
 * CSV: it travels in the Dataset-JSON file or Define-XML.
 */
public final class DatasetCsv {
  private DatasetCsv() {}

  /** The CSV text: {@link #header(List)} then {@link #rows(List)}. */
  public static String write(Dataset dataset) {
    return header(dataset.variables()) + rows(dataset.rows());
  }

  /** The header line: the variable names. */
  public static String header(List<Variable> variables) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < variables.size(); c++) {
      field(out, c, variables.get(c).name());
    }
    return out.append('\n').toString();
  }

  /** One line per row, so that a large dataset can be written a part at a time. */
  public static String rows(List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<Object> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        field(out, c, text(row.get(c)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }

  private static void field(StringBuilder out, int column, String text) {
    if (column > 0) {
      out.append(',');
    }
    boolean quoted = false;
    for (int i = 0; i < text.length() && !quoted; i++) {
      char c = text.charAt(i);
      quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quoted) {
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      out.append(text);
    }
  }
}
