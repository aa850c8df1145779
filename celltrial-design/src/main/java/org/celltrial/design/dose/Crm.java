package org.celltrial.design.dose;

import org.celltrial.design.DesignMessages;

/**
 * The continual reassessment method (O'Quigley, Pepe &amp; Fisher 1990, Biometrics 46:33–48) with
 * the one-parameter power ("empiric") model of Cheung's R package dfcrm.
 *
 * <p>Model: pⱼ(a) = sⱼ^exp(a) for skeleton s₁ &lt; … &lt; s_K; prior a ~ N(0, σ²), σ² = 1.34
 * (dfcrm's default). With yⱼ DLTs among nⱼ patients the likelihood is L(a) = Πⱼ pⱼ(a)^yⱼ (1 −
 * pⱼ(a))^(nⱼ − yⱼ). The estimate is dfcrm's: â = E[a | data] = ∫ a L(a) φσ(a) da / ∫ L(a) φσ(a) da
 * by adaptive Gauss–Kronrod quadrature (relative error ≤ 1e-10, over a ∈ [−12, 12], beyond which
 * the prior weight is below e⁻⁵³), and p̂ⱼ = sⱼ^exp(â). The recommended dose is the one with p̂ⱼ
 * closest to φ (the lower one on a tie).
 *
 * <p>Rules used for decisions and in the simulation: start at the lowest dose; never skip a dose
 * when escalating (next dose ≤ current + 1), de-escalation may skip; <b>safety stop</b>: once at
 * least 3 patients are treated at the lowest dose, stop without an MTD when P(p₁ &gt; φ | data)
 * &gt; 0.90, where P(p₁ &gt; φ) = P(a &lt; log(log φ / log s₁)) under the posterior (a safety rule
 * commonly added to the CRM; the cut-off 0.90 is celltrial's choice); at the end the MTD is the
 * recommended dose among the doses tried.
 *
 * @param target φ
 * @param skeleton prior guesses s₁ &lt; … &lt; s_K, each in (0, 1)
 * @param priorVariance σ² of the normal prior of a
 */
public record Crm(double target, double[] skeleton, double priorVariance) {
  /** dfcrm's default prior variance of a. */
  public static final double DEFAULT_PRIOR_VARIANCE = 1.34;

  /** Posterior probability that the lowest dose is too toxic above which the trial stops. */
  public static final double SAFETY_CUTOFF = 0.90;

  /** Patients at the lowest dose before the safety stop applies. */
  public static final int SAFETY_MIN_PATIENTS = 3;

  private static final double BOUND = 12;
  private static final int PANELS = 24;
  private static final double REL_TOL = 1e-10;

  /** Checks and copies. */
  public Crm {
    DoseChecks.target(target);
    DoseChecks.skeleton(skeleton, skeleton.length);
    skeleton = skeleton.clone();
  }

  /** The CRM with dfcrm's prior variance 1.34. */
  public static Crm of(double target, double[] skeleton) {
    return new Crm(target, skeleton, DEFAULT_PRIOR_VARIANCE);
  }

  @Override
  public double[] skeleton() {
    return skeleton.clone();
  }

  /**
   * The posterior given patients and DLTs per dose.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when the counts are not one per dose or
   *     impossible
   */
  public CrmPosterior posterior(int[] n, int[] dlt) {
    checkData(n, dlt);
    return posteriorUnchecked(n, dlt);
  }

  CrmPosterior posteriorUnchecked(int[] n, int[] dlt) {
    int k = skeleton.length;
    double[] logS = new double[k];
    for (int j = 0; j < k; j++) {
      logS[j] = Math.log(skeleton[j]);
    }
    double shift = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= 48; i++) {
      shift = Math.max(shift, logIntegrand(-BOUND + i * BOUND / 24, logS, n, dlt));
    }
    final double s = shift;
    GaussKronrod.Integrand f =
        (a, out) -> {
          double v = Math.exp(logIntegrand(a, logS, n, dlt) - s);
          out[0] = v;
          out[1] = a * v;
        };
    // One pass split at the cut point gives the normalising integral, the first moment and the
    // posterior mass below the cut, P(p1 > target), each to its own relative accuracy.
    double cut = Math.max(-BOUND, Math.min(BOUND, Math.log(Math.log(target) / logS[0])));
    double[] lower = part(f, -BOUND, cut);
    double[] upper = part(f, cut, BOUND);
    double z = lower[0] + upper[0];
    double meanA = (lower[1] + upper[1]) / z;
    double below = Math.min(1, lower[0] / z);
    double[] p = new double[k];
    double e = Math.exp(meanA);
    for (int j = 0; j < k; j++) {
      p[j] = Math.exp(e * logS[j]);
    }
    return new CrmPosterior(meanA, p, below);
  }

  private static double[] part(GaussKronrod.Integrand f, double lo, double hi) {
    if (hi <= lo) {
      return new double[2];
    }
    int panels = Math.max(4, (int) Math.round(PANELS * (hi - lo) / (2 * BOUND)));
    return GaussKronrod.integrate(f, 2, lo, hi, panels, REL_TOL);
  }

  /** log L(a) + log prior(a), up to a constant. */
  private double logIntegrand(double a, double[] logS, int[] n, int[] dlt) {
    double e = Math.exp(a);
    double value = -a * a / (2 * priorVariance);
    for (int j = 0; j < logS.length; j++) {
      if (n[j] == 0) {
        continue;
      }
      double logP = e * logS[j];
      if (dlt[j] > 0) {
        value += dlt[j] * logP;
      }
      if (n[j] > dlt[j]) {
        value += (n[j] - dlt[j]) * Math.log1p(-Math.exp(logP));
      }
    }
    return value;
  }

  /** The dose (0-based) with p̂ closest to φ (among tried doses if asked), the lower on a tie. */
  int closest(double[] p, int[] n, boolean triedOnly) {
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int j = 0; j < p.length; j++) {
      if (triedOnly && n[j] == 0) {
        continue;
      }
      double distance = Math.abs(p[j] - target);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = j;
      }
    }
    return best;
  }

  /** Whether the safety stop fires: ≥ 3 patients at the lowest dose and P(p₁ &gt; φ) &gt; 0.90. */
  boolean safetyStop(CrmPosterior post, int[] n) {
    return n[0] >= SAFETY_MIN_PATIENTS && post.probLowestAboveTarget() > SAFETY_CUTOFF;
  }

  /**
   * The decision after the data, with the current dose {@code current} (0-based): {@link
   * Decision#ELIMINATE} when the safety stop fires (every dose is eliminated and the trial stops),
   * otherwise escalate, stay or de-escalate towards the recommended dose (escalation by one level).
   */
  public CrmDecision decide(int current, int[] n, int[] dlt) {
    CrmPosterior post = posterior(n, dlt);
    if (current < 0 || current >= skeleton.length) {
      throw DesignMessages.error("dose.current", current + 1, skeleton.length);
    }
    if (safetyStop(post, n)) {
      return new CrmDecision(Decision.ELIMINATE, -1, post);
    }
    int next = Math.min(closest(post.pHat(), n, false), current + 1);
    Decision d =
        next > current ? Decision.ESCALATE : next == current ? Decision.STAY : Decision.DE_ESCALATE;
    return new CrmDecision(d, next, post);
  }

  private void checkData(int[] n, int[] dlt) {
    if (n.length != skeleton.length || dlt.length != skeleton.length) {
      throw DesignMessages.error("dose.crm.counts", n.length, dlt.length, skeleton.length);
    }
    for (int j = 0; j < n.length; j++) {
      if (n[j] < 0 || dlt[j] < 0 || dlt[j] > n[j] || n[j] > DoseChecks.MAX_SAMPLE_SIZE) {
        throw DesignMessages.error("dose.crm.pair", j + 1, n[j], dlt[j]);
      }
    }
  }

  /**
   * The posterior of the CRM.
   *
   * @param meanA posterior mean of a
   * @param pHat p̂ⱼ = sⱼ^exp(â) per dose
   * @param probLowestAboveTarget P(p₁ &gt; φ | data)
   */
  public record CrmPosterior(double meanA, double[] pHat, double probLowestAboveTarget) {
    /** Copies. */
    public CrmPosterior {
      pHat = pHat.clone();
    }

    @Override
    public double[] pHat() {
      return pHat.clone();
    }
  }

  /**
   * A CRM decision.
   *
   * @param decision what to do next
   * @param nextDose the dose (0-based) for the next cohort, -1 when the trial stops
   * @param posterior the posterior it is based on
   */
  public record CrmDecision(Decision decision, int nextDose, CrmPosterior posterior) {}
}
