package org.celltrial.stats.cox;

import java.util.Arrays;
import org.celltrial.stats.riskset.TimeOrder;

/**
 * Harrell's concordance of a Cox model's linear predictor with survival, as R's {@code
 * concordancefit(y, lp, strata, reverse = TRUE)} that {@code summary(coxph)} reports.
 *
 * <p>A pair is comparable when, within one stratum, the shorter time is an event; a censored time
 * equal to an event time counts as longer; two events at the same time are not comparable (R's
 * {@code tied.y}). A comparable pair is concordant when the earlier event has the larger predictor,
 * discordant when the smaller, tied when equal: {@code C = (concordant + tied/2) / (concordant +
 * discordant + tied)}. The standard error is R's infinitesimal jackknife: with N comparable pairs,
 * Somers' {@code d = (concordant − discordant)/N} and, per observation i, the counts {@code c_i,
 * d_i, t_i} of the pairs it belongs to, {@code se² = ¼ Σ_i ((c_i − d_i)/N − d·(c_i + d_i +
 * t_i)/N)²}.
 *
 * <p>Counting uses Fenwick trees over predictor ranks, O(n log n). References: Harrell FE, Califf
 * RM, Pryor DB, Lee KL, Rosati RA. Evaluating the yield of medical tests. JAMA 1982;247:2543-2546.
 * Therneau TM, Atkinson EJ. Concordance. Vignette of R package survival 3.5.
 *
 * @param estimate the concordance C
 * @param se its standard error
 */
public record HarrellConcordance(double estimate, double se) {

  /**
   * Computes C from data sorted by stratum then time (ascending).
   *
   * @param time sorted times
   * @param event sorted event flags
   * @param lastOfStratum whether each position ends its stratum
   * @param lp the linear predictors in the same order
   */
  static HarrellConcordance of(
      double[] time, boolean[] event, boolean[] lastOfStratum, double[] lp) {
    int n = time.length;
    long[][] counts = new long[3][n];
    int start = 0;
    for (int k = 0; k < n; k++) {
      if (lastOfStratum[k]) {
        countStratum(time, event, lp, start, k + 1, counts);
        start = k + 1;
      }
    }
    double concordant = 0;
    double discordant = 0;
    double tied = 0;
    for (int i = 0; i < n; i++) {
      concordant += counts[0][i];
      discordant += counts[1][i];
      tied += counts[2][i];
    }
    // every pair was counted once for each of its two members
    concordant /= 2;
    discordant /= 2;
    tied /= 2;
    double pairs = concordant + discordant + tied;
    double somers = (concordant - discordant) / pairs;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double dfbeta =
          (counts[0][i] - counts[1][i]) / pairs
              - somers * (counts[0][i] + counts[1][i] + counts[2][i]) / pairs;
      sum += dfbeta * dfbeta;
    }
    return new HarrellConcordance((concordant + tied / 2) / pairs, Math.sqrt(sum / 4));
  }

  private static void countStratum(
      double[] time, boolean[] event, double[] lp, int from, int to, long[][] counts) {
    int size = to - from;
    double[] sorted = Arrays.copyOfRange(lp, from, to);
    int[] position = new int[size];
    for (int i = 0; i < size; i++) {
      position[i] = i;
    }
    TimeOrder.sort(sorted, position, 0, size);
    int[] rank = new int[size];
    int m = 0;
    for (int i = 0; i < size; i++) {
      if (i > 0 && sorted[i] != sorted[i - 1]) {
        m++;
      }
      rank[position[i]] = m;
    }
    m++;
    // as the event of a pair: partners later in time, or censored at the same time
    Fenwick later = new Fenwick(m);
    int k = to - 1;
    while (k >= from) {
      int first = k;
      while (first > from && time[first - 1] == time[k]) {
        first--;
      }
      for (int i = first; i <= k; i++) {
        if (!event[i]) {
          later.add(rank[i - from]);
        }
      }
      for (int i = first; i <= k; i++) {
        if (event[i]) {
          later.tally(rank[i - from], i, counts, false);
        }
      }
      for (int i = first; i <= k; i++) {
        if (event[i]) {
          later.add(rank[i - from]);
        }
      }
      k = first - 1;
    }
    // as the partner: events earlier in time, or at the same time when the partner is censored
    Fenwick earlier = new Fenwick(m);
    k = from;
    while (k < to) {
      int last = k;
      while (last + 1 < to && time[last + 1] == time[k]) {
        last++;
      }
      for (int i = k; i <= last; i++) {
        if (event[i]) {
          earlier.tally(rank[i - from], i, counts, true);
        }
      }
      for (int i = k; i <= last; i++) {
        if (event[i]) {
          earlier.add(rank[i - from]);
        }
      }
      for (int i = k; i <= last; i++) {
        if (!event[i]) {
          earlier.tally(rank[i - from], i, counts, true);
        }
      }
      k = last + 1;
    }
  }

  /** Counts of predictor ranks added so far, with prefix sums in O(log m). */
  private static final class Fenwick {
    private final long[] tree;
    private final long[] atRank;
    private long total;

    Fenwick(int m) {
      tree = new long[m + 1];
      atRank = new long[m];
    }

    void add(int rank) {
      atRank[rank]++;
      total++;
      for (int i = rank + 1; i < tree.length; i += i & -i) {
        tree[i]++;
      }
    }

    long below(int rank) {
      long s = 0;
      for (int i = rank; i > 0; i -= i & -i) {
        s += tree[i];
      }
      return s;
    }

    /**
     * Adds observation i's pairs with everything in the tree: concordant when the event member has
     * the larger predictor. {@code partner} says that i is the later member, not the event.
     */
    void tally(int rank, int i, long[][] counts, boolean partner) {
      long less = below(rank);
      long equal = atRank[rank];
      long more = total - less - equal;
      counts[0][i] += partner ? more : less;
      counts[1][i] += partner ? less : more;
      counts[2][i] += equal;
    }
  }
}
