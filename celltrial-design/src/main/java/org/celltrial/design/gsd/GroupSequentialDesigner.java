package org.celltrial.design.gsd;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.design.gsd.SequentialNormal.Stage;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Computes one-sided group-sequential designs as rpact's {@code getDesignGroupSequential(sided = 1,
 * typeOfDesign = "asOF" | "asP" | "asHSD", typeBetaSpending = …, bindingFutility = FALSE)} and
 * {@code getDesignCharacteristics()} do, with the joint distribution of {@link SequentialNormal}.
 *
 * <p>Efficacy (Lan and DeMets 1983): look by look, {@code b_k} solves {@code P_0(first crossing
 * above at look k) = α(t_k) − α(t_{k−1})}, with no lower boundary (the futility boundary is
 * non-binding, so type I error is controlled whether or not it is obeyed).
 *
 * <p>Futility by β-spending (Pampallona, Tsiatis and Kim 2001; rpact's {@code typeBetaSpending}):
 * for a drift θ, {@code a_k} solves {@code P_θ(first crossing below a_k at look k) = β(t_k) −
 * β(t_{k−1})}, where paths stop above {@code b_j} or below {@code a_j} at earlier looks; θ is the
 * root of {@code a_K(θ) = b_K}, so the boundaries meet at the last look and the power is 1 − β.
 * Without futility θ solves {@code P_θ(reject) = 1 − β}.
 *
 * <p>All roots are found by Brent's method to 1e-12 on the z scale.
 *
 * <ol>
 *   <li>Pampallona S, Tsiatis AA, Kim K. Interim monitoring of group sequential trials using
 *       spending functions for the type I and type II error probabilities. Drug Inf J
 *       2001;35:1113–1121. doi:10.1177/009286150103500408
 * </ol>
 */
public final class GroupSequentialDesigner {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  private static final double ACCURACY = 1e-12;
  private static final int MAX_EVALUATIONS = 500;

  /** Returned for a futility boundary that cannot be met: the drift is then too large. */
  private static final double UNREACHABLE = 100;

  private GroupSequentialDesigner() {}

  /** The design asked for by {@code spec}. */
  public static GroupSequentialDesign design(GsdSpec spec) {
    double[] t = spec.informationRates();
    int looks = t.length;
    double[] b = efficacyBounds(t, spec.alpha(), spec.alphaSpending());
    double[] alphaSpent = cumulativeAbove(t, b, null, 0);
    double[] stageLevels = new double[looks];
    for (int k = 0; k < looks; k++) {
      stageLevels[k] = STANDARD.survivalProbability(b[k]);
    }
    double fixedDrift =
        STANDARD.inverseSurvivalProbability(spec.alpha())
            + STANDARD.inverseSurvivalProbability(spec.beta());
    double theta;
    double[] futility;
    double[] betaSpent;
    double[] lower = null;
    if (spec.betaSpending() == null) {
      double target = 1 - spec.beta();
      theta = root(th -> last(cumulativeAbove(t, b, null, th)) - target, fixedDrift);
      futility = new double[0];
      betaSpent = new double[0];
    } else {
      theta =
          root(
              th ->
                  futilityBounds(t, b, spec.beta(), spec.betaSpending(), th)[looks - 1]
                      - b[looks - 1],
              fixedDrift);
      double[] a = futilityBounds(t, b, spec.beta(), spec.betaSpending(), theta);
      betaSpent = cumulativeBelow(t, b, a, theta);
      futility = Arrays.copyOf(a, looks - 1);
      lower = a;
    }
    double[] power = cumulativeAbove(t, b, lower, theta);
    double inflation = theta * theta / (fixedDrift * fixedDrift);
    return new GroupSequentialDesign(
        spec, b, stageLevels, alphaSpent, futility, betaSpent, power, theta, inflation);
  }

  /** Lan–DeMets efficacy boundaries under H0, without a lower boundary. */
  static double[] efficacyBounds(double[] t, double alpha, SpendingFunction spending) {
    int looks = t.length;
    double[] b = new double[looks];
    Stage stage = null;
    double spentBefore = 0;
    for (int k = 0; k < looks; k++) {
      double spent = spending.spent(alpha, t[k]);
      double increment = spent - spentBefore;
      spentBefore = spent;
      if (stage == null) {
        b[k] = STANDARD.inverseSurvivalProbability(increment);
      } else {
        Stage prev = stage;
        double tk = t[k];
        b[k] = solve(x -> SequentialNormal.exitAbove(prev, tk, x, 0) - increment, -12, 40);
      }
      if (k < looks - 1) {
        stage = advance(stage, t, k, Double.NEGATIVE_INFINITY, b[k], 0);
      }
    }
    return b;
  }

  /**
   * The β-spending futility boundaries at all K looks for drift θ; an unreachable one (the paths
   * still running carry less than the β to spend) is {@link #UNREACHABLE}, as are all after it.
   */
  static double[] futilityBounds(
      double[] t, double[] b, double beta, SpendingFunction spending, double theta) {
    int looks = t.length;
    double[] a = new double[looks];
    Arrays.fill(a, UNREACHABLE);
    Stage stage = null;
    double spentBefore = 0;
    for (int k = 0; k < looks; k++) {
      double spent = spending.spent(beta, t[k]);
      double increment = spent - spentBefore;
      spentBefore = spent;
      double mean = theta * Math.sqrt(t[k]);
      if (stage == null) {
        a[k] = mean + STANDARD.inverseCumulativeProbability(increment);
      } else {
        Stage prev = stage;
        double tk = t[k];
        DoubleUnaryOperator f = x -> SequentialNormal.exitBelow(prev, tk, x, theta) - increment;
        double hi = mean + SequentialNormal.RANGE;
        if (f.applyAsDouble(hi) < 0) {
          return a;
        }
        a[k] = solve(f, mean - SequentialNormal.RANGE, hi);
      }
      if (k < looks - 1) {
        stage = advance(stage, t, k, a[k], b[k], theta);
      }
    }
    return a;
  }

  /** Cumulative probability of first crossing above {@code b}, by look. */
  static double[] cumulativeAbove(double[] t, double[] b, double[] a, double theta) {
    double[] out = new double[t.length];
    Stage stage = null;
    double sum = 0;
    for (int k = 0; k < t.length; k++) {
      sum += SequentialNormal.exitAbove(stage, t[k], b[k], theta);
      out[k] = sum;
      if (k < t.length - 1) {
        stage = advance(stage, t, k, a == null ? Double.NEGATIVE_INFINITY : a[k], b[k], theta);
      }
    }
    return out;
  }

  /** Cumulative probability of first crossing below {@code a}, by look. */
  static double[] cumulativeBelow(double[] t, double[] b, double[] a, double theta) {
    double[] out = new double[t.length];
    Stage stage = null;
    double sum = 0;
    for (int k = 0; k < t.length; k++) {
      sum += SequentialNormal.exitBelow(stage, t[k], a[k], theta);
      out[k] = sum;
      if (k < t.length - 1) {
        stage = advance(stage, t, k, a[k], b[k], theta);
      }
    }
    return out;
  }

  private static Stage advance(
      Stage stage, double[] t, int k, double lower, double upper, double theta) {
    double nextT = t[k + 1];
    return stage == null
        ? SequentialNormal.first(t[k], lower, upper, theta, nextT)
        : SequentialNormal.next(stage, t[k], lower, upper, theta, nextT);
  }

  /** The drift θ at which an increasing {@code g} crosses 0, bracketed from the fixed design's. */
  private static double root(DoubleUnaryOperator g, double fixedDrift) {
    double hi = 1.5 * fixedDrift;
    while (g.applyAsDouble(hi) < 0) {
      hi *= 2;
    }
    return solve(g, 0, hi);
  }

  private static double solve(DoubleUnaryOperator f, double lo, double hi) {
    BrentSolver solver = new BrentSolver(ACCURACY * 1e-3, ACCURACY, Double.MIN_VALUE);
    return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi);
  }

  private static double last(double[] x) {
    return x[x.length - 1];
  }
}
