package org.celltrial.stats.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.stats.StatsMessages;
import org.celltrial.stats.factor.FactorLevels;
import org.celltrial.stats.riskset.SurvivalInput;

/**
 * The model matrix of a Cox model: covariates expanded to columns, factors in treatment coding.
 *
 * @param terms the column names, as R prints them
 * @param n the number of observations
 * @param x the columns, column-major: {@code x[j·n + i]} is term j of observation i
 */
record Design(List<String> terms, int n, double[] x) {

  static Design of(List<Covariate> covariates, int n) {
    if (covariates.isEmpty()) {
      throw StatsMessages.error("cox.noCovariates");
    }
    List<String> terms = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (Covariate c : covariates) {
      if (c instanceof Covariate.Numeric num) {
        addNumeric(num, n, terms, columns);
      } else if (c instanceof Covariate.Factor f) {
        addFactor(f, n, terms, columns);
      }
    }
    double[] x = new double[terms.size() * n];
    for (int j = 0; j < columns.size(); j++) {
      System.arraycopy(columns.get(j), 0, x, j * n, n);
    }
    return new Design(List.copyOf(terms), n, x);
  }

  /** The sorted levels of a factor, its reference first, as R's {@code relevel(factor(x), ref)}. */
  static List<String> levels(Covariate.Factor f) {
    List<String> levels = new ArrayList<>(FactorLevels.of(f.levels()));
    if (f.reference() != null) {
      if (!levels.remove(f.reference())) {
        throw StatsMessages.error(
            "cox.badReference", f.name(), f.reference(), String.join(", ", levels));
      }
      levels.add(0, f.reference());
    }
    return levels;
  }

  private static void addNumeric(
      Covariate.Numeric num, int n, List<String> terms, List<double[]> columns) {
    double[] v = num.values();
    SurvivalInput.requireLength(num.name(), v.length, n);
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(v[i])) {
        throw StatsMessages.error("cox.notFinite", num.name(), i + 1, v[i]);
      }
    }
    if (Arrays.stream(v).allMatch(d -> d == v[0])) {
      throw StatsMessages.error("cox.constant", num.name(), v[0]);
    }
    terms.add(num.name());
    columns.add(v);
  }

  private static void addFactor(
      Covariate.Factor f, int n, List<String> terms, List<double[]> columns) {
    String[] values = f.levels();
    SurvivalInput.requireLength(f.name(), values.length, n);
    List<String> levels = levels(f);
    if (levels.size() < 2) {
      throw StatsMessages.error("cox.constant", f.name(), levels.get(0));
    }
    Map<String, double[]> dummies = new LinkedHashMap<>();
    for (String level : levels.subList(1, levels.size())) {
      dummies.put(level, new double[n]);
    }
    for (int i = 0; i < n; i++) {
      double[] column = dummies.get(values[i]);
      if (column != null) {
        column[i] = 1;
      }
    }
    for (Map.Entry<String, double[]> e : dummies.entrySet()) {
      terms.add(f.name() + e.getKey());
      columns.add(e.getValue());
    }
  }
}
