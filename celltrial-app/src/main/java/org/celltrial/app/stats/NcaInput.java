package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.CsvData;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.stats.factor.FactorLevels;

/**
 * Concentration–time samples read from a CSV file for {@code stats nca}: one row per sample, rows
 * with a missing subject, time, concentration or group left out and counted; a concentration of
 * {@code BLQ} (any case) is read as 0; subjects and groups in R's factor order (numerically when
 * all labels are numbers). Also reads the {@code kinetics/<id>.csv} files of a study package
 * ({@code analyze}).
 *
 * @param subjects each subject's samples, in subject order
 * @param dropped rows left out for a missing value
 */
public record NcaInput(List<Subject> subjects, int dropped) {

  /** One subject's samples; {@code group} is null without a group column. */
  public record Subject(String id, String group, double[] time, double[] conc) {}

  /**
   * Reads and checks the columns named by the options.
   *
   * @throws CelltrialException naming the file, row, column and value of the first problem
   */
  public static NcaInput read(
      Path file, String subjectColumn, String timeColumn, String concColumn, String groupColumn) {
    CsvData data = CsvData.read(file);
    List<String> needed = new ArrayList<>(List.of(subjectColumn, timeColumn, concColumn));
    data.require("--subject", subjectColumn);
    data.require("--time", timeColumn);
    data.require("--conc", concColumn);
    if (groupColumn != null) {
      data.require("--group", groupColumn);
      needed.add(groupColumn);
    }
    int[] rows = data.completeRows(needed.toArray(String[]::new));
    if (rows.length == 0) {
      throw new CelltrialException(
          CliMessages.of(
              "survival.noRows", file, String.join(", ", needed), data.rowCount() - rows.length));
    }
    double[] time = data.numbers(rows, timeColumn, true);
    Map<String, List<Integer>> unordered = new HashMap<>();
    for (int i = 0; i < rows.length; i++) {
      unordered.computeIfAbsent(data.raw(rows[i], subjectColumn), k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
    for (String id : FactorLevels.of(unordered.keySet())) {
      bySubject.put(id, unordered.get(id));
    }
    List<Subject> subjects = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : bySubject.entrySet()) {
      List<Integer> idx = e.getValue();
      int first = rows[idx.get(0)];
      String group = groupColumn == null ? null : data.raw(first, groupColumn);
      double[] t = new double[idx.size()];
      double[] c = new double[idx.size()];
      Map<Double, Integer> seen = new HashMap<>();
      for (int k = 0; k < idx.size(); k++) {
        int row = rows[idx.get(k)];
        if (group != null && !group.equals(data.raw(row, groupColumn))) {
          throw new CelltrialException(
              CliMessages.of(
                  "nca.groupChanges",
                  file,
                  row + 2,
                  e.getKey(),
                  groupColumn,
                  data.raw(row, groupColumn),
                  group));
        }
        t[k] = time[idx.get(k)];
        Integer before = seen.put(t[k], row);
        if (before != null) {
          throw new CelltrialException(
              CliMessages.of(
                  "nca.duplicateTime",
                  file,
                  before + 2,
                  row + 2,
                  e.getKey(),
                  timeColumn,
                  data.raw(row, timeColumn)));
        }
        c[k] = concentration(data, row, concColumn);
      }
      subjects.add(new Subject(e.getKey(), group, t, c));
    }
    return new NcaInput(List.copyOf(subjects), data.rowCount() - rows.length);
  }

  /** The groups in R's factor order; one null group without a group column. */
  List<String> groups() {
    List<String> groups = new ArrayList<>();
    for (Subject s : subjects) {
      if (s.group() == null) {
        groups.add(null);
        return groups;
      }
      groups.add(s.group());
    }
    return FactorLevels.of(groups);
  }

  private static double concentration(CsvData data, int row, String column) {
    if (data.raw(row, column).equalsIgnoreCase("BLQ")) {
      return 0;
    }
    double c = data.number(row, column);
    if (c < 0) {
      throw new CelltrialException(
          CliMessages.of("nca.negativeConc", data.file(), row + 2, column, data.raw(row, column)));
    }
    return c;
  }
}
