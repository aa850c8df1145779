package org.celltrial.stats.cox;

/**
 * The symmetric decomposition {@code A = L·D·L'} of an information matrix, as R's {@code
 * cholesky2}: a pivot below {@code toler × (largest diagonal)} marks its column singular; solving
 * then leaves that component at 0, so a diverging coefficient stops moving instead of producing
 * garbage.
 */
final class Ldl {
  /** R's {@code coxph.control(toler.chol)}: machine epsilon to the power ¾. */
  static final double TOLERANCE = Math.pow(Math.ulp(1.0), 0.75);

  private final int p;
  private final double[] l;
  private final double[] d;

  private Ldl(int p, double[] l, double[] d) {
    this.p = p;
    this.l = l;
    this.d = d;
  }

  /** Decomposes a symmetric p × p matrix given row-major. */
  static Ldl of(double[] a, int p) {
    double[] m = a.clone();
    double largest = 0;
    for (int i = 0; i < p; i++) {
      largest = Math.max(largest, m[i * p + i]);
    }
    double eps = largest == 0 ? TOLERANCE : largest * TOLERANCE;
    double[] d = new double[p];
    for (int i = 0; i < p; i++) {
      double pivot = m[i * p + i];
      if (!Double.isFinite(pivot) || pivot < eps) {
        for (int j = i + 1; j < p; j++) {
          m[j * p + i] = 0;
        }
        continue;
      }
      d[i] = pivot;
      for (int j = i + 1; j < p; j++) {
        double t = m[j * p + i] / pivot;
        m[j * p + i] = t;
        m[j * p + j] -= t * t * pivot;
        for (int k = j + 1; k < p; k++) {
          m[k * p + j] -= t * m[k * p + i];
        }
      }
    }
    return new Ldl(p, m, d);
  }

  /** The first singular column, or −1 when the matrix has full rank. */
  int firstSingular() {
    for (int i = 0; i < p; i++) {
      if (d[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  boolean singular(int i) {
    return d[i] == 0;
  }

  /** Solves {@code A·y = b}, singular components set to 0. */
  double[] solve(double[] b) {
    double[] y = b.clone();
    for (int i = 0; i < p; i++) {
      double t = y[i];
      for (int j = 0; j < i; j++) {
        t -= y[j] * l[i * p + j];
      }
      y[i] = t;
    }
    for (int i = p - 1; i >= 0; i--) {
      if (d[i] == 0) {
        y[i] = 0;
      } else {
        double t = y[i] / d[i];
        for (int j = i + 1; j < p; j++) {
          t -= y[j] * l[j * p + i];
        }
        y[i] = t;
      }
    }
    return y;
  }

  /** The (generalized) inverse, rows and columns of singular components zero. */
  double[][] inverse() {
    double[][] inv = new double[p][];
    for (int k = 0; k < p; k++) {
      double[] e = new double[p];
      e[k] = 1;
      inv[k] = solve(e);
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double s = (inv[i][j] + inv[j][i]) / 2;
        inv[i][j] = s;
        inv[j][i] = s;
      }
    }
    return inv;
  }
}
