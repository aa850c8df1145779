package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IBM hexadecimal floating point against hand-worked bit patterns (IBM System/370 Principles of
 * Operation: x = 0.F · 16^(e − 64)).
 */
class IbmFloatTest {
  /**
   * 1 = 0.1₁₆ · 16^1 → e = 65 (0x41), F = 0x10000000000000. −118.625 = −0.76A₁₆ · 16^2 → sign 1, e
   * = 66: 0xC2 76A0… (the classic example). 0.1 = 0.1999…9A₁₆ (IEEE's 0.1 is 0x1.999999999999Ap−4,
   * shifted 0 bits: F = 0x1999999999999A). 100 = 0.64₁₆ · 16^2. 1/3: IEEE significand
   * 0x15555555555555, exponent −2, shifted 2 bits left → 0x55555555555554, e = 64 (haven writes the
   * same bytes).
   */
  @ParameterizedTest
  @CsvSource({
    "1.0, 4110000000000000",
    "-118.625, C276A00000000000",
    "0.1, 401999999999999A",
    "100, 4264000000000000",
    "0.3333333333333333, 4055555555555554",
    "0, 0000000000000000",
    "-0.0, 0000000000000000",
  })
  void handWorkedPatterns(double x, String hex) {
    long bits = Long.parseUnsignedLong(hex, 16);
    assertThat(Long.toHexString(IbmFloat.toIbm(x))).isEqualTo(Long.toHexString(bits));
    assertThat(IbmFloat.fromIbm(bits)).isEqualTo(x == 0 ? 0.0 : x);
  }

  /**
   * 16^−65 = 2^−260 is the smallest normalised IBM number (e = 0, F = 0x10000000000000); the
   * largest double in range, (1 − 2^−53) · 2^252, has 53 one bits shifted 3 left: F =
   * 0xFFFFFFFFFFFFF8, e = 127.
   */
  @ParameterizedTest
  @CsvSource({"0x1p-260, 0010000000000000", "0x1.fffffffffffffp251, 7FFFFFFFFFFFFFF8"})
  void theEndsOfTheRange(String hexDouble, String ibm) {
    double x = Double.parseDouble(hexDouble);
    assertThat(x).isIn(IbmFloat.MIN, IbmFloat.MAX);
    assertThat(IbmFloat.fromIbm(IbmFloat.toIbm(x))).isEqualTo(x);
    assertThat(Long.toHexString(IbmFloat.toIbm(x)))
        .isEqualTo(Long.toHexString(Long.parseUnsignedLong(ibm, 16)));
    assertThat(IbmFloat.toIbm(-x)).isEqualTo(IbmFloat.toIbm(x) | Long.MIN_VALUE);
  }

  /** Just beyond either end, and the non-finite values, are refused; at the ends accepted. */
  @ParameterizedTest
  @CsvSource({
    "0x1p-260, true",
    "0x1.fffffffffffffp-261, false",
    "0x1.fffffffffffffp251, true",
    "0x1p252, false",
    "1e-300, false",
    "Infinity, false",
    "NaN, false",
  })
  void rangeBoundaries(double x, boolean representable) {
    assertThat(IbmFloat.representable(x)).isEqualTo(representable);
    assertThat(IbmFloat.representable(-x)).isEqualTo(representable);
    if (!representable) {
      assertThatThrownBy(() -> IbmFloat.toIbm(x)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * IBM → IEEE rounds 56 bits to 53, ties to even. 0x41F0…01 = 15 + 2^−52: an eighth of ulp(15) =
   * 2^−49 → 15. 0x41F0…04 = 15 + 2^−50 = half an ulp, tie, 15's last bit is even → 15. 0x41F0…0C =
   * 15 + 1.5 ulp, tie between 15 + ulp (odd) and 15 + 2 ulp (even) → 15 + 2^−48. 0x41F0…05 = 15 +
   * 5·2^−52, above half → 15 + 2^−49.
   */
  @ParameterizedTest
  @CsvSource({
    "41F0000000000001, 15",
    "41F0000000000004, 15",
    "41F000000000000C, 0x1.e000000000002p3",
    "41F0000000000005, 0x1.e000000000001p3",
  })
  void roundsToNearestEven(String ibm, String expected) {
    assertThat(IbmFloat.fromIbm(Long.parseUnsignedLong(ibm, 16)))
        .isEqualTo(Double.parseDouble(expected));
  }

  /** Every double of the IBM range converts exactly, both ways. */
  @Property(tries = 2000)
  void everyDoubleInRangeRoundTripsExactly(
      @ForAll @DoubleRange(min = -7.2e75, max = 7.2e75) double x) {
    double y = Math.abs(x) < IbmFloat.MIN ? 0 : x;
    assertThat(IbmFloat.fromIbm(IbmFloat.toIbm(y))).isEqualTo(y == 0 ? 0.0 : y);
  }

  /** The whole exponent range, including the smallest magnitudes, by raw IEEE bits. */
  @Property(tries = 2000)
  void everyExponentRoundTrips(
      @ForAll long significand,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -260, max = 251) int exp) {
    double x = Math.scalb(1.0 + (significand >>> 12) * 0x1p-52, exp) * (significand < 0 ? -1 : 1);
    assertThat(IbmFloat.fromIbm(IbmFloat.toIbm(x))).isEqualTo(x);
  }
}
