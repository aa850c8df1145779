package org.celltrial.stats.competing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A data set exported by competing-reference.R: time, status, group, strata, covariates. */
record ReferenceData(List<String> columns, double[][] values) {

  static ReferenceData read(String name) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ReferenceData.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      List<String> columns =
          Arrays.stream(in.readLine().split(",")).map(c -> c.replace("\"", "")).toList();
      List<double[]> rows = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
      return new ReferenceData(columns, rows.toArray(double[][]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double[] column(String name) {
    int c = columns.indexOf(name);
    return Arrays.stream(values).mapToDouble(r -> r[c]).toArray();
  }

  int[] codes(String name, int shift) {
    return Arrays.stream(column(name)).mapToInt(v -> (int) v - shift).toArray();
  }

  int count(String name) {
    return (int) Arrays.stream(column(name)).distinct().count();
  }

  /** The named columns row by row. */
  double[] matrix(List<String> names) {
    double[] out = new double[values.length * names.size()];
    for (int k = 0; k < names.size(); k++) {
      double[] col = column(names.get(k));
      for (int i = 0; i < values.length; i++) {
        out[i * names.size() + k] = col[i];
      }
    }
    return out;
  }
}
