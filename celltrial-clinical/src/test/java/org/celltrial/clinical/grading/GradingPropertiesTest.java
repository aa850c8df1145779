package org.celltrial.clinical.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.celltrial.clinical.grading.crs.CrsGrader;
import org.celltrial.clinical.grading.crs.CrsObservation;
import org.celltrial.clinical.grading.ctcae.CtcaeLabGrader;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.icaht.EarlyIcaht;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icans.IceScore;

/** Invariants of the grading rules: grades stay in range and worsen monotonically. */
class GradingPropertiesTest {
  static final LocalDateTime T = LocalDateTime.of(2024, 3, 2, 8, 0);

  @Property
  void ctcaeGradeNeverImprovesAsTheValueFalls(
      @ForAll LabTest test,
      @ForAll @DoubleRange(min = 0, max = 200) double a,
      @ForAll @DoubleRange(min = 0, max = 200) double b) {
    BigDecimal lln = new BigDecimal("150");
    BigDecimal low = BigDecimal.valueOf(Math.min(a, b));
    BigDecimal high = BigDecimal.valueOf(Math.max(a, b));
    int gLow = CtcaeLabGrader.grade(test, low, lln).grade();
    int gHigh = CtcaeLabGrader.grade(test, high, lln).grade();
    assertThat(gLow).isBetween(0, 4).isGreaterThanOrEqualTo(gHigh);
  }

  @Property
  void crsGradeNeverFallsWhenOxygenFlowRisesOrAVasopressorIsAdded(
      @ForAll @DoubleRange(min = 30, max = 45) double temp,
      @ForAll @DoubleRange(min = 0, max = 60) double flow,
      @ForAll @DoubleRange(min = 0, max = 60) double more,
      @ForAll boolean hypotension) {
    CrsObservation base =
        new CrsObservation(T, temp, hypotension, null, "nasal-cannula", flow, false, null);
    CrsObservation higherFlow =
        new CrsObservation(T, temp, hypotension, null, "nasal-cannula", flow + more, false, null);
    CrsObservation pressor =
        new CrsObservation(T, temp, true, List.of("dopamine"), "nasal-cannula", flow, false, null);
    int g = CrsGrader.grade(base, null).grade();
    assertThat(g).isBetween(0, 4);
    assertThat(CrsGrader.grade(higherFlow, null).grade()).isGreaterThanOrEqualTo(g);
    assertThat(CrsGrader.grade(pressor, null).grade()).isGreaterThanOrEqualTo(g);
  }

  @Property
  void iceGradeNeverImprovesAsTheScoreFalls(
      @ForAll @IntRange(min = 0, max = 10) int a, @ForAll @IntRange(min = 0, max = 10) int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    assertThat(IceScore.grade(low)).isBetween(0, 3).isGreaterThanOrEqualTo(IceScore.grade(high));
  }

  @Property
  void earlyIcahtNeverImprovesWhenEveryCountIsLower(
      @ForAll @Size(31) List<@IntRange(min = 0, max = 3000) Integer> anc,
      @ForAll @Size(31) List<@IntRange(min = 0, max = 3000) Integer> drop) {
    NavigableMap<Integer, BigDecimal> before = new TreeMap<>();
    NavigableMap<Integer, BigDecimal> after = new TreeMap<>();
    for (int d = 0; d <= 30; d++) {
      before.put(d, BigDecimal.valueOf(anc.get(d)));
      after.put(d, BigDecimal.valueOf(Math.max(0, anc.get(d) - drop.get(d))));
    }
    int g = EarlyIcaht.grade(before, IcahtParameters.DEFAULT).grade();
    assertThat(g).isBetween(0, 4);
    assertThat(EarlyIcaht.grade(after, IcahtParameters.DEFAULT).grade()).isGreaterThanOrEqualTo(g);
  }
}
