package org.celltrial.design.dose;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trial run by the {@link Crm}: start at the lowest dose, after each cohort move to the
 * recommended dose without skipping on escalation, stop early when the safety rule fires, otherwise
 * at the maximum sample size (a last cohort is cut to fit); the MTD is the recommended dose among
 * the doses tried.
 *
 * <p>The posterior is a pure function of the data, and the early states of simulated trials repeat
 * often, so posteriors are remembered per simulation (up to {@value #CACHE_LIMIT} states): this
 * changes the speed, not the results.
 */
final class CrmTrial implements DoseTrial {
  private static final int CACHE_LIMIT = 200_000;
  private final Crm crm;
  private final int cohort;
  private final int maxN;
  private final Map<State, Crm.CrmPosterior> cache = new ConcurrentHashMap<>();

  CrmTrial(Crm crm, int cohort, int maxN) {
    this.crm = crm;
    this.cohort = cohort;
    this.maxN = maxN;
  }

  @Override
  public void run(double[] trueTox, SplittableRandom rng, TrialRecord out) {
    int d = 0;
    int total = 0;
    Crm.CrmPosterior post = null;
    while (total < maxN) {
      int size = Math.min(cohort, maxN - total);
      out.treat(d, size, trueTox[d], rng);
      total += size;
      post = posterior(out.n, out.dlt);
      if (crm.safetyStop(post, out.n)) {
        out.earlyStop = true;
        return;
      }
      d = Math.min(crm.closest(post.pHat(), out.n, false), d + 1);
    }
    out.selected = crm.closest(post.pHat(), out.n, true);
  }

  private Crm.CrmPosterior posterior(int[] n, int[] dlt) {
    State key = new State(n, dlt);
    Crm.CrmPosterior post = cache.get(key);
    if (post == null) {
      post = crm.posteriorUnchecked(n, dlt);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(key, post);
      }
    }
    return post;
  }

  /** Patients and DLTs per dose, compared by content. */
  private static final class State {
    private final int[] counts;
    private final int hash;

    State(int[] n, int[] dlt) {
      counts = Arrays.copyOf(n, n.length + dlt.length);
      System.arraycopy(dlt, 0, counts, n.length, dlt.length);
      hash = Arrays.hashCode(counts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
