package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.CsvData;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.stats.factor.FactorLevels;

/**
 * The analysis arrays of {@code stats cif}, read from CSV: rows with a missing analysis variable
 * are dropped and counted; groups and factor levels are coded in sorted order (numerically when
 * every label is a number), factors as R's treatment contrasts against the first level.
 *
 * @param time follow-up times
 * @param status 0 censored, 1…k cause
 * @param groupLabels the group labels, code = index
 * @param group group code of each row
 * @param strataCount the number of strata (1 without a strata column)
 * @param strata stratum code of each row
 * @param names covariate column names after dummy coding
 * @param covariates covariate values row by row
 * @param dropped rows dropped for a missing value
 */
record CifInput(
    double[] time,
    int[] status,
    List<String> groupLabels,
    int[] group,
    int strataCount,
    int[] strata,
    List<String> names,
    double[] covariates,
    int dropped) {

  static CifInput read(
      CsvData data,
      String timeColumn,
      String statusColumn,
      String groupColumn,
      String strataColumn,
      List<String> covariateColumns,
      List<String> factorColumns) {
    data.require("--time", timeColumn);
    data.require("--status", statusColumn);
    Set<String> needed = new LinkedHashSet<>(List.of(timeColumn, statusColumn));
    if (groupColumn != null) {
      data.require("--group", groupColumn);
      needed.add(groupColumn);
    }
    if (strataColumn != null) {
      data.require("--strata", strataColumn);
      needed.add(strataColumn);
    }
    for (String c : covariateColumns) {
      data.require("--covariates", c);
      needed.add(c);
    }
    for (String f : factorColumns) {
      if (!covariateColumns.contains(f)) {
        throw new CelltrialException(
            CliMessages.of("cif.factorNotCovariate", f, String.join(",", covariateColumns)));
      }
    }
    int[] rows = data.completeRows(needed.toArray(String[]::new));
    if (rows.length == 0) {
      throw new CelltrialException(
          CliMessages.of("cif.noRows", data.file(), String.join(", ", needed)));
    }
    double[] time = data.numbers(rows, timeColumn, true);
    int[] status = data.codes(rows, statusColumn);
    List<String> groupLabels = List.of();
    int[] group = new int[rows.length];
    if (groupColumn != null) {
      String[] labels = data.labels(rows, groupColumn);
      groupLabels = FactorLevels.of(labels);
      for (int i = 0; i < rows.length; i++) {
        group[i] = groupLabels.indexOf(labels[i]);
      }
    }
    int[] strata = new int[rows.length];
    int strataCount = 1;
    if (strataColumn != null) {
      String[] labels = data.labels(rows, strataColumn);
      List<String> levels = FactorLevels.of(labels);
      strataCount = levels.size();
      for (int i = 0; i < rows.length; i++) {
        strata[i] = levels.indexOf(labels[i]);
      }
    }
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (String c : covariateColumns) {
      if (factorColumns.contains(c)) {
        String[] labels = data.labels(rows, c);
        List<String> levels = FactorLevels.of(labels);
        for (String level : levels.subList(Math.min(1, levels.size()), levels.size())) {
          double[] dummy = new double[rows.length];
          for (int i = 0; i < rows.length; i++) {
            dummy[i] = labels[i].equals(level) ? 1 : 0;
          }
          names.add(c + level);
          columns.add(dummy);
        }
        if (levels.size() < 2) {
          names.add(c);
          columns.add(new double[rows.length]);
        }
      } else {
        names.add(c);
        columns.add(data.numbers(rows, c, false));
      }
    }
    double[] covariates = new double[rows.length * names.size()];
    for (int k = 0; k < names.size(); k++) {
      for (int i = 0; i < rows.length; i++) {
        covariates[i * names.size() + k] = columns.get(k)[i];
      }
    }
    return new CifInput(
        time,
        status,
        groupLabels,
        group,
        strataCount,
        strata,
        names,
        covariates,
        data.rowCount() - rows.length);
  }
}
