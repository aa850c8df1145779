package org.celltrial.clinical.response.imwg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.celltrial.clinical.response.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IMWG 2016 vectors IMW-01…14 and IMW-16 of clinical-rules.md 5.2, with boundaries. Baseline serum
 * M-protein 3.0 g/dL and urine 500 mg/24 h unless stated.
 */
class ImwgRulesTest {
  private static final ImwgParameters P = ImwgParameters.IMWG_2016;
  private static final LocalDate D = LocalDate.parse("2024-03-01");
  private static final MmAssessment BASE =
      new MmAssessment(D, 3.0, 500.0, 1.0, 2.0, true, true, 40.0, true, null, false);

  private static MmAssessment visit(
      Double serum, Double urine, Boolean sIfe, Boolean uIfe, Double marrow, Boolean clonal) {
    return new MmAssessment(D, serum, urine, 1.0, 1.0, sIfe, uIfe, marrow, clonal, null, false);
  }

  private static Category at(MmAssessment now) {
    Nadir n = ImwgSeries.nadir(BASE, LightChain.KAPPA, java.util.List.of());
    return ImwgRules.classify(BASE, LightChain.KAPPA, n, now, P).result().category();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-01, 1.4, 40, PR",
    "IMW-02, 0.3, 90, VGPR",
    "IMW-03 urine not < 100, 0.3, 120, PR",
    "IMW-08, 2.0, 200, MR",
    "IMW-09, 2.4, 400, SD",
    "serum -89% (0.33) is PR, 0.33, 90, PR",
    "serum -90% (0.30) is VGPR, 0.30, 99.9, VGPR",
    "urine 100 is not below 100, 0.30, 100, PR",
    "serum -50% (1.5) is PR, 1.5, 40, PR",
    "serum -49.7% (1.51) is MR, 1.51, 40, MR",
    "serum -25% (2.25) with urine -50% is MR, 2.25, 250, MR",
    "serum -24.7% (2.26) is SD, 2.26, 250, SD",
    "urine at 200 and -60% is not PR, 1.4, 200, MR",
    "urine 199 is PR, 1.4, 199, PR",
  })
  void serumAndUrine(String id, double serum, double urine, Category expected) {
    assertThat(at(visit(serum, urine, true, true, null, null))).as(id).isEqualTo(expected);
  }

  @Test
  void imw04ImmunofixationOnlyIsVgpr() {
    assertThat(at(visit(0.0, 0.0, true, true, null, null))).isEqualTo(Category.VGPR);
  }

  @Test
  void imw05to07CompleteStringentAndDowngrade() {
    // IMW-05: IFE negative, marrow 3%, FLC ratio abnormal (1.0/1.0 is normal, so use 3/1)
    MmAssessment cr = new MmAssessment(D, 0.0, 0.0, 3.0, 1.0, false, false, 3.0, null, null, false);
    assertThat(at(cr)).isEqualTo(Category.CR);
    // IMW-06: + normal ratio + no clonal PCs
    assertThat(at(visit(0.0, 0.0, false, false, 3.0, false))).isEqualTo(Category.SCR);
    // IMW-07: marrow not done → VGPR
    assertThat(at(visit(0.0, 0.0, false, false, null, false))).isEqualTo(Category.VGPR);
    // marrow 5% is not below 5%
    assertThat(at(visit(0.0, 0.0, false, false, 5.0, false))).isEqualTo(Category.VGPR);
    assertThat(at(visit(0.0, 0.0, false, false, 4.9, false))).isEqualTo(Category.SCR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-10 +50% but +0.2, 0.4, 0.6, false",
    "IMW-11 +125% and +0.5, 0.4, 0.9, true",
    "just below +0.5, 0.4, 0.89, false",
    "IMW-12 +16.7% but +1.0 from 6.0, 6.0, 7.0, true",
    "+0.99 from 6.0, 6.0, 6.99, false",
    "+1.0 from 4.9 is +20.4% only, 4.9, 5.9, false",
    "+25% and +1.25 from 5.0, 5.0, 6.25, true",
  })
  void serumProgressionFromNadir(String id, double nadir, double now, boolean pd) {
    Nadir n = new Nadir(nadir, 500.0, null, null, null);
    MmAssessment v = visit(now, 400.0, true, true, null, null);
    Category c = ImwgRules.classify(BASE, LightChain.KAPPA, n, v, P).result().category();
    assertThat(c == Category.PD).as(id).isEqualTo(pd);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-13 +30% +6, 20, 26, false",
    "IMW-14 +55% +11, 20, 31, true",
    "+10 exactly is not more than 10, 20, 30, false",
  })
  void flcOnlyProgression(String id, double nadir, double now, boolean pd) {
    // FLC-only disease: serum 0.5, urine 100 (not measurable), kappa 60, lambda 1 (ratio abnormal)
    MmAssessment base =
        new MmAssessment(D, 0.5, 100.0, 60.0, 1.0, true, true, 40.0, null, null, false);
    Nadir n = new Nadir(0.5, 100.0, nadir, null, null);
    MmAssessment v =
        new MmAssessment(D, 0.5, 100.0, now + 1.0, 1.0, true, true, null, null, null, false);
    Category c = ImwgRules.classify(base, LightChain.KAPPA, n, v, P).result().category();
    assertThat(c == Category.PD).as(id).isEqualTo(pd);
  }

  @Test
  void imw16NewPlasmacytomaIsPdWithoutConfirmation() {
    MmAssessment v = new MmAssessment(D, 1.4, 40.0, 1.0, 1.0, true, true, null, null, null, true);
    Nadir n = ImwgSeries.nadir(BASE, LightChain.KAPPA, java.util.List.of());
    MmResponse r = ImwgRules.classify(BASE, LightChain.KAPPA, n, v, P);
    assertThat(r.result().category()).isEqualTo(Category.PD);
    assertThat(r.needsConfirmation()).isFalse();
    assertThat(r.result().criterion()).isEqualTo("IMWG 2016");
  }

  @Test
  void missingMeasurableParameterIsNotEvaluable() {
    assertThat(at(visit(null, 40.0, true, true, null, null))).isEqualTo(Category.NE);
  }
}
