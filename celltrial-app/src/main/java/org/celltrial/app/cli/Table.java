package org.celltrial.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of already-formatted cells, with notes printed below it in text output.
 *
 * @param title what the table shows, in the user's language
 * @param columns the column headers
 * @param rows the cells, row by row, each row as long as {@code columns}
 * @param notes sentences printed after the table in text output (method, rule cited, caveats)
 */
public record Table(
    String title, List<String> columns, List<List<String>> rows, List<String> notes) {
  /** Copies the parts and checks that every row has one cell per column. */
  public Table {
    columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    notes = List.copyOf(notes);
  }

  /** Builds a table row by row. */
  public static Builder builder(String title, String... columns) {
    return new Builder(title, List.of(columns));
  }

  /** Accumulates rows and notes. */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /** Adds a row of cells. */
    public Builder row(String... cells) {
      rows.add(List.of(cells));
      return this;
    }

    /** Adds a row of cells. */
    public Builder row(List<String> cells) {
      rows.add(cells);
      return this;
    }

    /** Adds a note printed below the table. */
    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(title, columns, rows, notes);
    }
  }
}
