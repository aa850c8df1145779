package org.celltrial.design.gsd;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The joint distribution of sequential z statistics {@code Z_1, …, Z_K} observed at information
 * fractions {@code t_1 < … < t_K}: {@code Z_k ~ N(θ√t_k, 1)} with independent increments of the
 * score {@code S_k = Z_k √t_k}, so {@code Cov(Z_j, Z_k) = √(t_j / t_k)} for j ≤ k.
 *
 * <p>The recursive numerical integration of Armitage, McPherson and Rowe (1969), as in Jennison and
 * Turnbull (2000), chapter 19: the sub-density of {@code Z_k} on the paths that continued at every
 * look so far ({@code a_j < Z_j < b_j}, j ≤ k) is
 *
 * <pre>
 *   f_1(z) = φ(z − θ√t_1),
 *   f_k(z) = ∫_{a_{k−1}}^{b_{k−1}} f_{k−1}(u) √(t_k/Δ_k) φ((z√t_k − u√t_{k−1} − θΔ_k) / √Δ_k) du,
 * </pre>
 *
 * with {@code Δ_k = t_k − t_{k−1}}, and the probability of first leaving above {@code b_k} at look
 * k is {@code ∫ f_{k−1}(u) Φ̄((b_k√t_k − u√t_{k−1} − θΔ_k) / √Δ_k) du}.
 *
 * <p>Quadrature: composite Gauss–Legendre, 12 nodes per panel, panels at most 0.5 wide and narrower
 * than 1.5 standard deviations of the next increment's kernel in {@code u}, so the integrand is
 * resolved however close two looks are. The continuation region is cut at {@code θ√t_k ± 10}: the
 * sub-density is below the marginal {@code N(θ√t_k, 1)} density, so the mass dropped is below
 * {@code 2Φ(−10) ≈ 1.5e−23}. The results are stable to about 1e−12 under halving the panels.
 *
 * <ol>
 *   <li>Armitage P, McPherson CK, Rowe BC. Repeated significance tests on accumulating data. J R
 *       Stat Soc A 1969;132:235–244. doi:10.2307/2343787
 *   <li>Jennison C, Turnbull BW. Group Sequential Methods with Applications to Clinical Trials.
 *       Chapman &amp; Hall/CRC, 2000, ch. 19.
 * </ol>
 */
final class SequentialNormal {
  /** Standard deviations kept either side of the marginal mean. */
  static final double RANGE = 10;

  private static final double PANEL = 0.5;
  private static final double KERNEL_SDS = 1.5;
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
  private static final double[] NODES;
  private static final double[] WEIGHTS;

  static {
    GaussIntegrator rule = new GaussIntegratorFactory().legendre(12);
    NODES = new double[rule.getNumberOfPoints()];
    WEIGHTS = new double[rule.getNumberOfPoints()];
    for (int i = 0; i < NODES.length; i++) {
      NODES[i] = rule.getPoint(i);
      WEIGHTS[i] = rule.getWeight(i);
    }
  }

  private SequentialNormal() {}

  /**
   * The sub-density of {@code Z_k} on the paths that continued at looks 1…k, held at quadrature
   * nodes.
   *
   * @param t the information fraction {@code t_k}
   * @param z the nodes in (a_k, b_k)
   * @param mass quadrature weight times sub-density at each node
   */
  record Stage(double t, double[] z, double[] mass) {}

  /**
   * The first look's continuation sub-density {@code φ(z − θ√t)} on (lower, upper).
   *
   * @param nextT the next look's information fraction, which sets the panel width
   */
  static Stage first(double t, double lower, double upper, double theta, double nextT) {
    Grid grid = grid(t, lower, upper, theta, nextT);
    double[] z = grid.z();
    double[] mass = new double[z.length];
    double mean = theta * Math.sqrt(t);
    for (int i = 0; i < z.length; i++) {
      mass[i] = grid.w()[i] * phi(z[i] - mean);
    }
    return new Stage(t, z, mass);
  }

  /** The next look's continuation sub-density, from the previous one (the recursion above). */
  static Stage next(Stage prev, double t, double lower, double upper, double theta, double nextT) {
    Grid grid = grid(t, lower, upper, theta, nextT);
    double[] z = grid.z();
    double[] mass = new double[z.length];
    double delta = t - prev.t();
    double sd = Math.sqrt(delta);
    double sqrtT = Math.sqrt(t);
    double sqrtPrev = Math.sqrt(prev.t());
    double drift = theta * delta;
    double scale = sqrtT / sd;
    double[] u = prev.z();
    double[] m = prev.mass();
    for (int i = 0; i < z.length; i++) {
      double zt = z[i] * sqrtT - drift;
      double sum = 0;
      for (int j = 0; j < u.length; j++) {
        sum += m[j] * phi((zt - u[j] * sqrtPrev) / sd);
      }
      mass[i] = grid.w()[i] * scale * sum;
    }
    return new Stage(t, z, mass);
  }

  /**
   * {@code P(Z_k ≥ b, and the path continued at every earlier look)}; {@code prev} is {@code null}
   * at the first look.
   */
  static double exitAbove(Stage prev, double t, double b, double theta) {
    if (prev == null) {
      return STANDARD.survivalProbability(b - theta * Math.sqrt(t));
    }
    double delta = t - prev.t();
    double sd = Math.sqrt(delta);
    double bt = b * Math.sqrt(t) - theta * delta;
    double sqrtPrev = Math.sqrt(prev.t());
    double sum = 0;
    for (int j = 0; j < prev.z().length; j++) {
      sum += prev.mass()[j] * STANDARD.survivalProbability((bt - prev.z()[j] * sqrtPrev) / sd);
    }
    return sum;
  }

  /**
   * {@code P(Z_k < a, and the path continued at every earlier look)}; {@code prev} is {@code null}
   * at the first look.
   */
  static double exitBelow(Stage prev, double t, double a, double theta) {
    if (prev == null) {
      return STANDARD.cumulativeProbability(a - theta * Math.sqrt(t));
    }
    double delta = t - prev.t();
    double sd = Math.sqrt(delta);
    double at = a * Math.sqrt(t) - theta * delta;
    double sqrtPrev = Math.sqrt(prev.t());
    double sum = 0;
    for (int j = 0; j < prev.z().length; j++) {
      sum += prev.mass()[j] * STANDARD.cumulativeProbability((at - prev.z()[j] * sqrtPrev) / sd);
    }
    return sum;
  }

  /** Quadrature nodes and weights. */
  private record Grid(double[] z, double[] w) {}

  /** Composite Gauss–Legendre on (lower, upper) cut to {@code θ√t ± RANGE}; empty if that is. */
  private static Grid grid(double t, double lower, double upper, double theta, double nextT) {
    double mean = theta * Math.sqrt(t);
    double lo = Math.max(lower, mean - RANGE);
    double hi = Math.min(upper, mean + RANGE);
    if (!(hi > lo)) {
      return new Grid(new double[0], new double[0]);
    }
    double width = PANEL;
    if (nextT > t) {
      width = Math.min(PANEL, KERNEL_SDS * Math.sqrt((nextT - t) / t));
    }
    int panels = (int) Math.ceil((hi - lo) / width);
    double h = (hi - lo) / panels;
    int n = NODES.length;
    double[] z = new double[panels * n];
    double[] w = new double[panels * n];
    for (int p = 0; p < panels; p++) {
      double mid = lo + (p + 0.5) * h;
      for (int i = 0; i < n; i++) {
        z[p * n + i] = mid + 0.5 * h * NODES[i];
        w[p * n + i] = 0.5 * h * WEIGHTS[i];
      }
    }
    return new Grid(z, w);
  }

  static double phi(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }
}
