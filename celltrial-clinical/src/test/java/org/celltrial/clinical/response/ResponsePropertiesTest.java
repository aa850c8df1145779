package org.celltrial.clinical.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgParameters;
import org.celltrial.clinical.response.imwg.ImwgRules;
import org.celltrial.clinical.response.imwg.LightChain;
import org.celltrial.clinical.response.imwg.MmAssessment;
import org.celltrial.clinical.response.imwg.Nadir;
import org.celltrial.clinical.response.lugano.CtScan;
import org.celltrial.clinical.response.lugano.Lesion;
import org.celltrial.clinical.response.lugano.LesionState;
import org.celltrial.clinical.response.lugano.LuganoCt;
import org.celltrial.clinical.response.lugano.LuganoParameters;
import org.celltrial.clinical.response.lugano.NonTarget;

/** Invariants: less disease never gives a worse response; confirmation never improves BOR. */
class ResponsePropertiesTest {
  private static final LocalDate D = LocalDate.parse("2024-01-01");

  private static Category imwg(double serum, double urine) {
    MmAssessment base =
        new MmAssessment(D, 3.0, 500.0, null, null, true, true, 40.0, true, null, false);
    MmAssessment now =
        new MmAssessment(D, serum, urine, null, null, true, true, null, null, null, false);
    Nadir nadir = new Nadir(3.0, 500.0, null, null, null);
    return ImwgRules.classify(base, LightChain.KAPPA, nadir, now, ImwgParameters.IMWG_2016)
        .result()
        .category();
  }

  @Property(tries = 300)
  void lowerSerumMProteinNeverWorsensImwg(
      @ForAll @DoubleRange(min = 0.01, max = 4.0) double a,
      @ForAll @DoubleRange(min = 0.01, max = 4.0) double b,
      @ForAll @DoubleRange(min = 0, max = 700) double urine) {
    double high = Math.max(a, b);
    double low = Math.min(a, b);
    assertThat(imwg(high, urine).betterThan(imwg(low, urine))).isFalse();
  }

  private static Category ct(double scale) {
    CtScan base =
        new CtScan(
            List.of(new Lesion("A", true, LesionState.MEASURED, 4.0, 3.0)),
            null,
            NonTarget.ABSENT,
            List.of(),
            false,
            false);
    CtScan now =
        new CtScan(
            List.of(new Lesion("A", true, LesionState.MEASURED, 4.0 * scale, 3.0 * scale)),
            null,
            NonTarget.ABSENT,
            List.of(),
            false,
            false);
    return LuganoCt.classify(base, List.of(), now, LuganoParameters.LUGANO_2014).category();
  }

  @Property(tries = 300)
  void smallerTargetNeverWorsensLugano(
      @ForAll @DoubleRange(min = 0.05, max = 2.0) double a,
      @ForAll @DoubleRange(min = 0.05, max = 2.0) double b) {
    assertThat(ct(Math.max(a, b)).betterThan(ct(Math.min(a, b)))).isFalse();
  }

  @Property(tries = 300)
  void confirmationNeverImprovesBestResponse(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 10) Integer> codes) {
    List<TimePoint> points = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      points.add(new TimePoint(D.plusDays(30L * (i + 1)), Category.values()[codes.get(i)]));
    }
    Category plain = Bor.best(points, D, null, new BorRules(false, true, 0)).best();
    Category confirmed = Bor.best(points, D, null, new BorRules(true, true, 0)).best();
    assertThat(confirmed.betterThan(plain)).isFalse();
  }
}
