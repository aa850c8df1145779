package org.celltrial.stats.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * A data set exported from R by km-reference.R (plain CSV, strings quoted, missing as NA) and the
 * survival arrays built from it as the reference script builds its {@code Surv} object: rows with a
 * missing analysis value dropped, R's 1/2 event coding turned into 0/1, groups coded in sorted
 * label order (numerically when all labels are numbers).
 */
public final class DataSet {
  private final List<String> header;
  private final List<String[]> rows;

  private DataSet(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code /org/celltrial/stats/survival/<name>} from the test resources. */
  public static DataSet read(String name) {
    try (InputStream in = DataSet.class.getResourceAsStream(name);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(split(reader.readLine()));
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(split(line));
      }
      return new DataSet(header, rows);
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

  /** Survival arrays for the named columns; group and entry may be null. */
  public Columns select(String time, String event, String group, String entry, boolean reverse) {
    List<String> needed = new ArrayList<>(List.of(time, event));
    if (group != null) {
      needed.add(group);
    }
    if (entry != null) {
      needed.add(entry);
    }
    List<String[]> kept = new ArrayList<>();
    for (String[] row : rows) {
      if (needed.stream().noneMatch(c -> row[header.indexOf(c)].equals("NA"))) {
        kept.add(row);
      }
    }
    int n = kept.size();
    double[] t = column(kept, time);
    double[] ev = column(kept, event);
    boolean rCoding = Arrays.stream(ev).max().orElse(0) == 2;
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      e[i] = (int) ev[i] - (rCoding ? 1 : 0);
      e[i] = reverse ? 1 - e[i] : e[i];
    }
    int[] codes = new int[n];
    List<String> labels = List.of("");
    if (group != null) {
      int c = header.indexOf(group);
      TreeSet<String> sorted =
          new TreeSet<>(
              (a, b) -> {
                try {
                  return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
                } catch (NumberFormatException x) {
                  return a.compareTo(b);
                }
              });
      kept.forEach(r -> sorted.add(r[c]));
      labels = List.copyOf(sorted);
      Map<String, Integer> index = new HashMap<>();
      for (String label : labels) {
        index.put(label, index.size());
      }
      for (int i = 0; i < n; i++) {
        codes[i] = index.get(kept.get(i)[c]);
      }
    }
    return new Columns(t, e, codes, entry == null ? null : column(kept, entry), labels);
  }

  private double[] column(List<String[]> kept, String name) {
    int c = header.indexOf(name);
    return kept.stream().mapToDouble(r -> Double.parseDouble(r[c])).toArray();
  }

  /** Survival arrays and the group labels in code order. */
  public record Columns(
      double[] time, int[] event, int[] group, double[] entry, List<String> labels) {}
}
