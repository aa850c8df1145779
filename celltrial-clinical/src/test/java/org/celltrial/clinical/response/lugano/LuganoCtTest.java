package org.celltrial.clinical.response.lugano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.CelltrialException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lugano 2014 CT vectors LUG-07…18 of clinical-rules.md 5.1.3, with boundaries. */
class LuganoCtTest {
  private static final LuganoParameters P = LuganoParameters.LUGANO_2014;

  private static Lesion node(String id, double ldi, double sdi) {
    return new Lesion(id, true, LesionState.MEASURED, ldi, sdi);
  }

  private static CtScan scan(Double spleen, Lesion... targets) {
    return new CtScan(List.of(targets), spleen, NonTarget.ABSENT, List.of(), false, false);
  }

  private static Category ct(CtScan baseline, CtScan now) {
    return LuganoCt.classify(baseline, List.of(), now, P).category();
  }

  /** SPD 40.0 at baseline as one 8 × 5 cm node; the follow-up is a 5 × b node (SPD 5·b). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LUG-07 SPD 20.0 (-50%), 4.0, PR",
    "LUG-08 SPD 20.1 (-49.75%), 4.02, SD",
    "SPD 19.96 (-50.1%), 3.992, PR",
  })
  void spdHalving(String id, double sdi, Category expected) {
    CtScan base = scan(null, node("A", 8.0, 5.0));
    assertThat(ct(base, scan(null, node("A", 5.0, sdi)))).as(id).isEqualTo(expected);
  }

  @Test
  void spdMinus49point9IsNotPartial() {
    // baseline 10 × 10 = 100; now 10 × 5.01 = 50.1 (-49.9%); 10 × 5.0 = 50 (-50%)
    CtScan base = scan(null, node("A", 10.0, 10.0));
    assertThat(ct(base, scan(null, node("A", 10.0, 5.01)))).isEqualTo(Category.SD);
    assertThat(ct(base, scan(null, node("A", 10.0, 5.0)))).isEqualTo(Category.PR);
  }

  @Test
  void lug09CompleteResponse() {
    CtScan base = scan(15.0, node("A", 4.0, 3.0), node("B", 2.5, 2.0));
    CtScan now = scan(12.0, node("A", 1.5, 1.0), node("B", 1.2, 0.8));
    assertThat(ct(base, now)).isEqualTo(Category.CR);
  }

  @Test
  void lug10NodeOf1point6IsNotComplete() {
    CtScan base = scan(null, node("A", 4.0, 3.0), node("B", 2.5, 2.0));
    CtScan now = scan(null, node("A", 1.6, 1.0), node("B", 1.2, 0.8));
    // SPD 17 → 2.56: PR by SPD, not CR
    assertThat(ct(base, now)).isEqualTo(Category.PR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LUG-11 LDi +0.5 on a 1.5 cm nadir, 1.5, 1.0, 2.0, 1.2, PD",
    "LUG-12 neither axis +0.5, 1.5, 1.0, 1.9, 1.3, SD",
    "LUG-13 > 2 cm nadir needs +1.0, 3.0, 2.0, 3.8, 2.4, SD",
    "> 2 cm nadir with LDi +1.0, 3.0, 2.0, 4.0, 2.3, PD",
    "PPD +49% is not PD, 1.5, 1.0, 2.0, 1.1, SD",
    "not abnormal (LDi 1.5), 1.0, 0.5, 1.5, 1.0, SD",
  })
  void lesionProgressionFromItsNadir(
      String id, double nl, double ns, double l, double s, Category expected) {
    // baseline large, nadir at an earlier follow-up; PD is judged against the nadir, not baseline
    CtScan base = scan(null, node("A", 6.0, 5.0));
    CtScan nadir = scan(null, node("A", nl, ns));
    Category got =
        LuganoCt.classify(base, List.of(nadir), scan(null, node("A", l, s)), P).category();
    if (expected == Category.PD) {
      assertThat(got).as(id).isEqualTo(Category.PD);
    } else {
      assertThat(got).as(id).isNotEqualTo(Category.PD);
    }
  }

  @ParameterizedTest(name = "spleen {0} → {1}: {2}")
  @CsvSource({
    "15.0, 16.0, false", // LUG-14: must exceed 16 cm
    "15.0, 16.1, true",
    "11.0, 13.0, true", // LUG-15: +2 cm without splenomegaly, literal rule
    "11.0, 12.9, false",
  })
  void spleenProgression(double base, double now, boolean pd) {
    Lesion a = node("A", 3.0, 2.0);
    Category got = ct(scan(base, a), scan(now, node("A", 3.0, 2.0)));
    assertThat(got == Category.PD).isEqualTo(pd);
  }

  @ParameterizedTest(name = "new {0} lesion {1} cm, lymphoma {2}: PD {3}")
  @CsvSource({
    "true, 1.6, false, true", // LUG-16
    "true, 1.5, false, false",
    "false, 0.8, false, false", // LUG-17
    "false, 0.8, true, true",
    "false, 1.1, false, true",
  })
  void newLesions(boolean nodal, double size, boolean lymphoma, boolean pd) {
    CtScan base = scan(null, node("A", 3.0, 2.0));
    CtScan now =
        new CtScan(
            List.of(node("A", 3.0, 2.0)),
            null,
            NonTarget.ABSENT,
            List.of(new NewLesion(nodal, size, lymphoma)),
            false,
            false);
    assertThat(ct(base, now) == Category.PD).isEqualTo(pd);
  }

  @ParameterizedTest(name = "spleen 17 → {0}: PR {1}")
  @CsvSource({"14.9, true", "15.0, false"}) // LUG-18: excess 4 cm, fall must exceed 2 cm
  void spleenRegressionForPartialResponse(double now, boolean pr) {
    CtScan base = scan(17.0, node("A", 4.0, 4.0));
    assertThat(ct(base, scan(now, node("A", 2.0, 2.0))) == Category.PR).isEqualTo(pr);
  }

  @Test
  void smallLesionsAreImputed() {
    Lesion small = new Lesion("A", true, LesionState.TOO_SMALL, null, null);
    Lesion gone = new Lesion("B", true, LesionState.NOT_VISIBLE, null, null);
    assertThat(small.ppd()).isEqualByComparingTo("0.25");
    assertThat(gone.ppd()).isEqualByComparingTo("0");
    CtScan base = scan(null, node("A", 2.0, 2.0), node("B", 2.0, 2.0));
    // SPD 8 → 0.25: PR by SPD, and CR since every node is at most 1.5 cm
    assertThat(ct(base, scan(null, small, gone))).isEqualTo(Category.CR);
    // a resolved lesion measurable again is regrowth
    CtScan back = scan(null, node("A", 0.6, 0.5), node("B", 1.0, 0.8));
    assertThat(LuganoCt.classify(base, List.of(scan(null, small, gone)), back, P).category())
        .isEqualTo(Category.PD);
  }

  @Test
  void petIsPrimaryWhenDone() {
    CtScan base = scan(null, node("A", 6.0, 5.0));
    var ct = LuganoCt.classify(base, List.of(), scan(null, node("A", 4.0, 3.0)), P);
    PetScan pet = new PetScan(Deauville.THREE, null, false, false, false, 4.0);
    assertThat(Lugano.overall(pet, ct, P).label()).isEqualTo("CMR");
    assertThat(Lugano.overall(null, ct, P).category()).isEqualTo(Category.PR);
  }

  @Test
  void badScansAreRejected() {
    Lesion[] seven = new Lesion[7];
    for (int i = 0; i < 7; i++) {
      seven[i] = node("L" + i, 2.0, 1.0);
    }
    assertThatThrownBy(() -> scan(null, seven))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("7");
    assertThatThrownBy(() -> node("A", 1.0, 2.0)).hasMessageContaining("A");
    CtScan base = scan(null, node("A", 2.0, 2.0));
    assertThatThrownBy(() -> ct(base, scan(null, node("Z", 2.0, 2.0)))).hasMessageContaining("Z");
  }
}
