package org.celltrial.stats.riskset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A data set exported by {@code survival-reference.R} (R's {@code write.csv}: quoted text, {@code
 * NA} for missing), restricted to the rows complete in the columns a case uses, as R's {@code
 * na.omit} does.
 */
public final class SurvivalData {
  private final List<String> header;
  private final List<String[]> rows;

  private SurvivalData(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads {@code survival-data/NAME.csv} and keeps the rows where every given column is present.
   */
  public static SurvivalData read(String name, List<String> columns) {
    String path = "/org/celltrial/stats/survival-data/" + name + ".csv";
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                SurvivalData.class.getResourceAsStream(path), StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(split(in.readLine()));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String[] cells = split(line);
        boolean complete = true;
        for (String c : columns) {
          complete &= !cells[header.indexOf(c)].equals("NA");
        }
        if (complete) {
          rows.add(cells);
        }
      }
      return new SurvivalData(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] split(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].replace("\"", "");
    }
    return cells;
  }

  /** Number of rows kept. */
  public int size() {
    return rows.size();
  }

  /** A numeric column. */
  public double[] numbers(String column) {
    int c = header.indexOf(column);
    return rows.stream().mapToDouble(r -> Double.parseDouble(r[c])).toArray();
  }

  /** An event column as 0/1, R's 1/2 coding recognised. */
  public int[] events(String column) {
    double[] v = numbers(column);
    boolean rCoding = Arrays.stream(v).anyMatch(d -> d == 2);
    return Arrays.stream(v).mapToInt(d -> (int) d - (rCoding ? 1 : 0)).toArray();
  }

  /** A text column. */
  public String[] labels(String column) {
    int c = header.indexOf(column);
    return rows.stream().map(r -> r[c]).toArray(String[]::new);
  }

  /** The sorted distinct labels of a column, as R's {@code factor()} orders them. */
  public List<String> levels(String column) {
    TreeSet<String> sorted =
        new TreeSet<>(
            (a, b) -> {
              try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
              } catch (NumberFormatException e) {
                return a.compareTo(b);
              }
            });
    sorted.addAll(Arrays.asList(labels(column)));
    return new ArrayList<>(sorted);
  }

  /** A column as codes 0…k−1 in the order of {@link #levels}. */
  public int[] codes(String column) {
    Map<String, Integer> code = new HashMap<>();
    List<String> levels = levels(column);
    for (int i = 0; i < levels.size(); i++) {
      code.put(levels.get(i), i);
    }
    return Arrays.stream(labels(column)).mapToInt(code::get).toArray();
  }
}
