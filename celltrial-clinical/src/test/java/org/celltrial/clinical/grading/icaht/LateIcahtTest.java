package org.celltrial.clinical.grading.icaht;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The late ICAHT vectors ICH-12 to ICH-15 (section 3.1) and the nadir boundaries. */
class LateIcahtTest {
  static Integer grade(boolean single, int... values) {
    NavigableMap<Integer, BigDecimal> m = new TreeMap<>();
    m.put(20, new BigDecimal(50)); // early values never count
    for (int i = 0; i < values.length; i++) {
      m.put(35 + 7 * i, new BigDecimal(values[i]));
    }
    m.put(101, new BigDecimal(50)); // after the window
    IcahtParameters p = new IcahtParameters(7, 3, 30, 100, single, 28, 3, 90);
    return LateIcaht.grade(m, p).grade();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ICH-12, 1400 1700 2000, 0",
    "ICH-13, 900 1200, 2",
    "ICH-14, 80 300, 4",
    "ICH-15, 450, 3"
  })
  void referenceVectors(String id, String values, int expected) {
    int[] v = java.util.Arrays.stream(values.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(grade(true, v)).as(id).isEqualTo(expected);
  }

  @ParameterizedTest(name = "nadir {0} -> {1}")
  @CsvSource({
    "1501, 0", "1500, 1", "1499, 1", "1001, 1", "1000, 2", "999, 2",
    "501, 2", "500, 3", "499, 3", "101, 3", "100, 4", "99, 4"
  })
  void nadirBoundariesAreInclusive(int nadir, int expected) {
    assertThat(grade(true, nadir, 1500)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "second lowest {0} -> {1}")
  @CsvSource({"1499, 3", "1500, 3", "1501, 0"})
  void secondOccasionBoundary(int second, int expected) {
    assertThat(grade(true, 400, second)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "single value allowed {0} -> {1}")
  @CsvSource({"true, 3", "false, 0"})
  void singleValueIsAParameter(boolean single, int expected) {
    assertThat(grade(single, 450)).isEqualTo(expected);
  }
}
