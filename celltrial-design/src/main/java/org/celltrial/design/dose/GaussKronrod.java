package org.celltrial.design.dose;

/**
 * Adaptive 15-point Gauss–Kronrod quadrature (the QUADPACK rule {@code qk15} behind R's {@code
 * integrate}) of several integrands evaluated together. Each panel's error is QUADPACK's estimate,
 * {@code resasc·min(1, (200·|K15 − G7|/resasc)^1.5)} (Piessens et al. 1983, QUADPACK, Section
 * 3.1.2), which is realistic for smooth integrands where |K15 − G7| itself is very pessimistic. A
 * panel is accepted when, for every component, its error is within its share (by width) of {@code
 * relTol × scale}; otherwise it is bisected. The scale of each component is the larger of its own
 * and the first component's absolute value from a first pass over the initial panels, so that
 * components near zero (a posterior mean near 0) are held to the accuracy of the normalising
 * integral.
 */
final class GaussKronrod {
  private static final double[] XGK = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0
  };
  private static final double[] WGK = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714
  };
  private static final double[] WG = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327
  };
  private static final int MAX_DEPTH = 40;

  /** Integrands evaluated at one point, written into {@code out}. */
  interface Integrand {
    void evaluate(double x, double[] out);
  }

  private GaussKronrod() {}

  /**
   * The integrals over [lo, hi] of the {@code m} components of {@code f}.
   *
   * @param panels number of equal panels of the first pass
   * @param relTol relative tolerance
   */
  static double[] integrate(Integrand f, int m, double lo, double hi, int panels, double relTol) {
    double width = (hi - lo) / panels;
    double[][] k = new double[panels][m];
    double[][] err = new double[panels][m];
    double[] total = new double[m];
    double[][] values = new double[15][m];
    for (int p = 0; p < panels; p++) {
      rule(f, lo + p * width, lo + (p + 1) * width, k[p], err[p], values);
      for (int c = 0; c < m; c++) {
        total[c] += k[p][c];
      }
    }
    double[] tol = new double[m];
    for (int c = 0; c < m; c++) {
      tol[c] = relTol * Math.max(Math.abs(total[c]), Math.abs(total[0])) / (hi - lo);
    }
    double[] result = new double[m];
    for (int p = 0; p < panels; p++) {
      refine(f, lo + p * width, lo + (p + 1) * width, k[p], err[p], tol, 0, result, values);
    }
    return result;
  }

  private static void refine(
      Integrand f,
      double a,
      double b,
      double[] k,
      double[] err,
      double[] tolPerWidth,
      int depth,
      double[] result,
      double[][] values) {
    boolean ok = true;
    for (int c = 0; c < k.length && ok; c++) {
      ok = err[c] <= tolPerWidth[c] * (b - a);
    }
    if (ok || depth >= MAX_DEPTH) {
      for (int c = 0; c < k.length; c++) {
        result[c] += k[c];
      }
      return;
    }
    double mid = 0.5 * (a + b);
    double[] k1 = new double[k.length];
    double[] e1 = new double[k.length];
    rule(f, a, mid, k1, e1, values);
    double[] k2 = new double[k.length];
    double[] e2 = new double[k.length];
    rule(f, mid, b, k2, e2, values);
    refine(f, a, mid, k1, e1, tolPerWidth, depth + 1, result, values);
    refine(f, mid, b, k2, e2, tolPerWidth, depth + 1, result, values);
  }

  /** K15 over [a, b] into {@code k} and QUADPACK's error estimate into {@code err}. */
  private static void rule(
      Integrand f, double a, double b, double[] k, double[] err, double[][] v) {
    double centre = 0.5 * (a + b);
    double half = 0.5 * (b - a);
    f.evaluate(centre, v[14]);
    for (int j = 0; j < 7; j++) {
      f.evaluate(centre - half * XGK[j], v[2 * j]);
      f.evaluate(centre + half * XGK[j], v[2 * j + 1]);
    }
    for (int c = 0; c < k.length; c++) {
      double kSum = WGK[7] * v[14][c];
      double gSum = WG[3] * v[14][c];
      for (int j = 0; j < 7; j++) {
        double pair = v[2 * j][c] + v[2 * j + 1][c];
        kSum += WGK[j] * pair;
        if (j % 2 == 1) {
          gSum += WG[j / 2] * pair;
        }
      }
      double mean = 0.5 * kSum;
      double asc = WGK[7] * Math.abs(v[14][c] - mean);
      double abs = WGK[7] * Math.abs(v[14][c]);
      for (int j = 0; j < 7; j++) {
        asc += WGK[j] * (Math.abs(v[2 * j][c] - mean) + Math.abs(v[2 * j + 1][c] - mean));
        abs += WGK[j] * (Math.abs(v[2 * j][c]) + Math.abs(v[2 * j + 1][c]));
      }
      asc *= half;
      abs *= half;
      double e = Math.abs((kSum - gSum) * half);
      if (asc != 0 && e != 0) {
        e = asc * Math.min(1, Math.pow(200 * e / asc, 1.5));
      }
      k[c] = kSum * half;
      err[c] = Math.max(e, 50 * Math.ulp(1.0) * abs);
    }
  }
}
