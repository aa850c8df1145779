package org.celltrial.design.dose;

import static org.celltrial.common.testing.Reference.assertClose;

import org.junit.jupiter.api.Test;

class GaussKronrodTest {

  @Test
  void kronrodIsExactForPolynomialsOfDegree28() {
    // One panel, no refinement needed for the K15 part: integral of x^28 over [-1, 1] = 2/29.
    double[] r = GaussKronrod.integrate((x, out) -> out[0] = Math.pow(x, 28), 1, -1, 1, 1, 1e-3);
    assertClose("x^28", r[0], 2.0 / 29);
  }

  @Test
  void gaussianIntegralAndFirstMoment() {
    // integral of exp(-(x-0.7)^2/2) = sqrt(2 pi); first moment 0.7 sqrt(2 pi).
    double[] r =
        GaussKronrod.integrate(
            (x, out) -> {
              double v = Math.exp(-(x - 0.7) * (x - 0.7) / 2);
              out[0] = v;
              out[1] = x * v;
            },
            2,
            -15,
            15,
            4,
            1e-12);
    assertClose("mass", r[0], Math.sqrt(2 * Math.PI));
    assertClose("moment", r[1], 0.7 * Math.sqrt(2 * Math.PI));
  }
}
