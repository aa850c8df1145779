package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.CsvData;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Survival data read from a CSV file for {@code stats km} and {@code stats rmst}: the rows where
 * every analysis column is present, as R's {@code survfit} keeps them ({@code na.action =
 * na.omit}), times ≥ 0, events 0/1 or R's 1/2, and groups coded in sorted label order (numerically
 * when every label is a number, as R's {@code factor} does).
 *
 * @param time exit times
 * @param event 1 = event, 0 = censored
 * @param group group codes, indices into {@code labels}; all 0 without a group column
 * @param entry entry times, or null without an entry column
 * @param labels group labels in code order; one null label without a group column
 * @param dropped rows left out for a missing value
 */
record SurvivalInput(
    double[] time, int[] event, int[] group, double[] entry, List<String> labels, int dropped) {

  /**
   * Reads and checks the columns named by the options.
   *
   * @throws CelltrialException naming the file, row, column and value of the first problem
   */
  static SurvivalInput read(
      Path file, String timeColumn, String eventColumn, String groupColumn, String entryColumn) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (groupColumn != null) {
      columns.put(groupColumn, "--group");
    }
    if (entryColumn != null) {
      columns.put(entryColumn, "--entry");
    }
    SurvivalColumns in = SurvivalColumns.read(file, timeColumn, eventColumn, columns);
    CsvData data = in.data();
    int[] rows = in.rows();
    double[] time = in.time();
    double[] entry = null;
    if (entryColumn != null) {
      entry = data.numbers(rows, entryColumn, true);
      for (int i = 0; i < rows.length; i++) {
        if (!(entry[i] < time[i])) {
          throw new CelltrialException(
              CliMessages.of(
                  "survival.entryNotBefore",
                  file,
                  rows[i] + 2,
                  entryColumn,
                  data.raw(rows[i], entryColumn),
                  timeColumn,
                  data.raw(rows[i], timeColumn)));
        }
      }
    }
    int[] group = new int[rows.length];
    List<String> labels = new ArrayList<>();
    labels.add(null);
    if (groupColumn != null) {
      SurvivalColumns.Coding coding = in.codes(groupColumn);
      labels = coding.levels();
      group = coding.codes();
    }
    return new SurvivalInput(time, in.event(), group, entry, labels, in.dropped());
  }
}
