package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.CsvData;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.stats.factor.FactorLevels;

/**
 * The analysis rows of a survival data file: the rows where time, event and every other analysis
 * column are present (R's {@code na.omit}); the others are dropped and counted.
 *
 * @param data the file
 * @param rows the analysis rows (0-based)
 * @param dropped rows dropped for a missing analysis value
 * @param time times, each ≥ 0
 * @param event 1 = event, 0 = censored (0/1 or R's 1/2 in the file)
 */
record SurvivalColumns(CsvData data, int[] rows, int dropped, double[] time, int[] event) {

  /** Labels coded 0…k−1 in R's factor order. */
  record Coding(List<String> levels, int[] codes) {}

  /**
   * Reads a file and its analysis rows.
   *
   * @param columns the other analysis columns, each with the option that named it
   */
  static SurvivalColumns read(
      Path file, String timeColumn, String eventColumn, Map<String, String> columns) {
    CsvData data = CsvData.read(file);
    data.require("--time", timeColumn);
    data.require("--event", eventColumn);
    List<String> needed = new ArrayList<>(List.of(timeColumn, eventColumn));
    for (Map.Entry<String, String> c : columns.entrySet()) {
      data.require(c.getValue(), c.getKey());
      needed.add(c.getKey());
    }
    int[] rows = data.completeRows(needed.toArray(String[]::new));
    if (rows.length == 0) {
      throw new CelltrialException(
          CliMessages.of("survival.noRows", file, String.join(", ", needed), data.rowCount()));
    }
    return new SurvivalColumns(
        data,
        rows,
        data.rowCount() - rows.length,
        data.numbers(rows, timeColumn, true),
        data.events(rows, eventColumn));
  }

  /** A label column of the analysis rows, coded in R's factor order. */
  Coding codes(String column) {
    String[] labels = data.labels(rows, column);
    List<String> levels = FactorLevels.of(labels);
    return new Coding(levels, FactorLevels.codes(labels, levels));
  }
}
