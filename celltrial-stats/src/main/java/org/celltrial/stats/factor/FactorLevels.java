package org.celltrial.stats.factor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The levels of a categorical variable in the order R's {@code factor()} gives them, so that group
 * order, reference levels and term names agree with R: when every label reads as a number (R reads
 * the column as numeric) the levels sort numerically, otherwise as text by code point (R's C
 * locale). The choice is made once for the whole set of labels: a pairwise rule mixing the two
 * orders would not be transitive ({@code "2" < "10" < "1x" < "2"}).
 */
public final class FactorLevels {
  private FactorLevels() {}

  /** The distinct labels in R's factor order. */
  public static List<String> of(String[] labels) {
    return of(Arrays.asList(labels));
  }

  /** The distinct labels in R's factor order. */
  public static List<String> of(Collection<String> labels) {
    List<String> levels = new ArrayList<>(new LinkedHashSet<>(labels));
    boolean numeric = levels.stream().allMatch(FactorLevels::isNumber);
    levels.sort(
        numeric
            ? Comparator.comparingDouble(Double::parseDouble)
                .thenComparing(Comparator.naturalOrder())
            : Comparator.naturalOrder());
    return List.copyOf(levels);
  }

  /** Each label's index in {@code levels}; every label must be one of them. */
  public static int[] codes(String[] labels, List<String> levels) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      index.put(levels.get(i), i);
    }
    int[] codes = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      Integer code = index.get(labels[i]);
      if (code == null) {
        throw new IllegalArgumentException("label not among the levels: " + labels[i]);
      }
      codes[i] = code;
    }
    return codes;
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
