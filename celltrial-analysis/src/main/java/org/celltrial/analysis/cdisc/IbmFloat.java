package org.celltrial.analysis.cdisc;

/**
 * IBM System/360 hexadecimal floating point, 8 bytes, the number format of SAS XPORT v5 (SAS
 * Technical Support document TS-140, "The record layout of a SAS transport file"; IBM System/370
 * Principles of Operation, "Floating-point number representation").
 *
 * <p>Bit layout (big-endian): sign {@code s} (1 bit), exponent {@code e} (7 bits, excess 64, a
 * power of 16), fraction {@code f} (56 bits): {@code x = (−1)^s · (f / 2^56) · 16^(e − 64)}. A
 * normalised number has a non-zero first hexadecimal digit, so {@code 16^−65 ≤ |x| ≤ (1 − 16^−14) ·
 * 16^63}, about {@code 5.4e−79} to {@code 7.2e75}. Zero is all bits zero.
 *
 * <p>IEEE 754 to IBM is exact for every double in that range: the 53-bit significand, shifted left
 * by 0 to 3 bits to align the binary exponent on a multiple of 4, fits the 56-bit fraction. IBM to
 * IEEE rounds the up to 56 significant bits to 53, to nearest with ties to even (one rounding: the
 * Java {@code long → double} conversion, JLS §5.1.2; the scaling by a power of two is exact because
 * the IBM range lies inside the IEEE normal range).
 */
final class IbmFloat {
  /** The smallest magnitude of a normalised IBM double, {@code 16^−65}. */
  static final double MIN = Math.scalb(1.0, -260);

  /**
   * The largest double not above the largest IBM number {@code (1 − 16^−14) · 16^63}: {@code (1 −
   * 2^−53) · 2^252}, about 7.237e75 ({@code 2^252 = 16^63} itself is beyond).
   */
  static final double MAX = Math.nextDown(0x1p252);

  private IbmFloat() {}

  /** Whether a double is zero or within the IBM range (and finite). */
  static boolean representable(double x) {
    double a = Math.abs(x);
    return a == 0 || (a >= MIN && a <= MAX);
  }

  /**
   * The IBM bits of a double; exact.
   *
   * @throws IllegalArgumentException when not {@link #representable}
   */
  static long toIbm(double x) {
    if (!representable(x)) {
      throw new IllegalArgumentException("outside the IBM range: " + x);
    }
    if (x == 0) {
      return 0L;
    }
    long bits = Double.doubleToRawLongBits(x);
    long sign = bits & 0x8000_0000_0000_0000L;
    int exp2 = Math.getExponent(x);
    long significand = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
    // x = significand · 2^(exp2 − 52) = fraction · 2^(4·(e − 64) − 56), fraction = significand << s
    int shift = Math.floorMod(exp2 + 260, 4);
    int e = (exp2 + 260 - shift) / 4;
    long fraction = significand << shift;
    return sign | ((long) e << 56) | fraction;
  }

  /** The double nearest an IBM number (ties to even); a zero fraction is zero. */
  static double fromIbm(long ibm) {
    long fraction = ibm & 0x00FF_FFFF_FFFF_FFFFL;
    if (fraction == 0) {
      return 0.0;
    }
    int e = (int) ((ibm >>> 56) & 0x7F);
    double magnitude = Math.scalb((double) fraction, 4 * (e - 64) - 56);
    return ibm < 0 ? -magnitude : magnitude;
  }
}
