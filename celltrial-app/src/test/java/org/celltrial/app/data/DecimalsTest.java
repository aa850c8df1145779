package org.celltrial.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  /** The fast path must give exactly what Double.parseDouble gives, bit for bit. */
  @Property(tries = 5000)
  void equalsParseDoubleForPlainDecimals(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 22) int scale) {
    String s = BigDecimal.valueOf(unscaled, scale).toPlainString();
    double fast = Decimals.parse(s, 0, s.length());
    assertThat(Double.doubleToRawLongBits(fast))
        .as(s)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @Test
  void leavesEverythingElseToTheSlowPath() {
    for (String s :
        new String[] {
          "1e3", "NA", "", "-", ".", "1.2.3", "0x10", "12345678901234567", "Infinity"
        }) {
      assertThat(Decimals.parse(s, 0, s.length())).as(s).isNaN();
    }
    assertThat(Decimals.parse("+2.50", 0, 5)).isEqualTo(2.5);
    assertThat(Decimals.parse(".5", 0, 2)).isEqualTo(0.5);
    assertThat(Decimals.parse("7.", 0, 2)).isEqualTo(7.0);
    assertThat(Double.doubleToRawLongBits(Decimals.parse("-0.0", 0, 4)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Decimals.parse("x12.5y", 1, 5)).isEqualTo(12.5);
  }
}
