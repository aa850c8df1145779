package org.celltrial.design.simon;

import java.util.ArrayList;
import java.util.List;

/**
 * Admissible designs (Jung et al. 2004): among candidate designs, those that minimise {@code q·EN0
 * + (1 − q)·n} for an interval of weights q in [0, 1].
 *
 * <p>Design j beats design k at q when {@code q·(EN0_j − n_j − EN0_k + n_k) ≤ n_k − n_j}: a
 * half-line in q. Intersecting these over all k gives the exact interval where j is best; a design
 * is admissible when that interval has positive length (a design best at a single q only ties its
 * neighbours there).
 */
final class Admissible {
  private Admissible() {}

  /** The admissible designs among the candidates, by increasing q. */
  static List<AdmissibleDesign> of(List<SimonDesign> candidates) {
    List<AdmissibleDesign> out = new ArrayList<>();
    for (SimonDesign j : candidates) {
      double lower = 0;
      double upper = 1;
      for (SimonDesign k : candidates) {
        if (k == j) {
          continue;
        }
        double slope = (j.en0() - j.n()) - (k.en0() - k.n());
        double bound = k.n() - j.n();
        if (slope > 0) {
          upper = Math.min(upper, bound / slope);
        } else if (slope < 0) {
          lower = Math.max(lower, bound / slope);
        } else if (bound < 0) {
          upper = -1;
        }
      }
      if (lower < upper) {
        out.add(new AdmissibleDesign(j, lower, upper));
      }
    }
    out.sort((a, b) -> Double.compare(a.qLower(), b.qLower()));
    return out;
  }
}
