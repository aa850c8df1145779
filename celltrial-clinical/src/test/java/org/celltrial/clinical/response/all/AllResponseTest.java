package org.celltrial.clinical.response.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B-ALL vectors ALL-01…09 of clinical-rules.md 5.3, with the count and blast boundaries. */
class AllResponseTest {
  private static final AllParameters P = AllParameters.DEFAULT;
  private static final LocalDate D = LocalDate.parse("2024-02-01");

  private static AllAssessment a(double blasts, Double anc, Double plt, Boolean cns3) {
    return new AllAssessment(D, blasts, false, false, cns3, anc, plt, true, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ALL-01, 3, 1.2, 120, CR",
    "ALL-02, 3, 1.2, 60, CRi",
    "ALL-03, 3, 0.7, 60, CRi",
    "ALL-04 blasts 5%, 5, 1.2, 120, NR",
    "blasts 4.9%, 4.9, 1.2, 120, CR",
    "ANC exactly 1.0, 3, 1.0, 100, CR",
    "ANC 0.99, 3, 0.99, 100, CRi",
    "platelets 99, 3, 1.0, 99, CRi",
    "counts not done, 3, , , MLFS",
  })
  void remission(String id, double blasts, Double anc, Double plt, String label) {
    assertThat(AllResponse.classify(a(blasts, anc, plt, false), false, P).category().label())
        .as(id)
        .isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ALL-05 undetectable at 1e-5, false, , 1e-5, UNDETECTABLE, true, true",
    "ALL-06 0.005%, true, 5e-5, 1e-5, BELOW_THRESHOLD, true, false",
    "ALL-07 0.02%, true, 2e-4, 1e-5, POSITIVE, false, false",
    "exactly 0.01%, true, 1e-4, 1e-5, POSITIVE, false, false",
    "not detected at 1e-3, false, , 1e-3, INSUFFICIENT_SENSITIVITY, false, false",
  })
  void mrd(
      String id,
      boolean detected,
      Double level,
      double lod,
      MrdClass expected,
      boolean trial,
      boolean strict) {
    MrdClass c = AllResponse.mrd(new AllMrd("FLOW", detected, level, lod), 1e-4);
    assertThat(c).as(id).isEqualTo(expected);
    assertThat(c.trialNegative()).as(id).isEqualTo(trial);
    assertThat(c.strictNegative()).as(id).isEqualTo(strict);
  }

  @Test
  void all08And09Relapse() {
    List<AllAssessment> marrow = List.of(a(3, 1.2, 120.0, false), a(7, 1.2, 120.0, false));
    assertThat(AllResponse.series(marrow, P).get(1).category()).isEqualTo(Category.PD);
    List<AllAssessment> cns = List.of(a(3, 1.2, 120.0, false), a(2, 1.2, 120.0, true));
    assertThat(AllResponse.series(cns, P).get(1).label()).isEqualTo("relapse");
    // 5% is relapse at the 5% threshold, 4.9% is not; a 25% protocol threshold moves it
    assertThat(AllResponse.classify(a(5, 1.2, 120.0, false), true, P).category())
        .isEqualTo(Category.PD);
    assertThat(AllResponse.classify(a(4.9, 1.2, 120.0, false), true, P).category())
        .isEqualTo(Category.CR);
    AllParameters bbmt = new AllParameters(25.0, 1e-4, 1.0, 100.0);
    assertThat(AllResponse.classify(a(7, 1.2, 120.0, false), true, bbmt).category())
        .isEqualTo(Category.NR);
  }

  @Test
  void all10NoRemissionByTheProtocolWindowIsNonResponse() {
    // infusion 2024-01-01; day-28 marrow (2024-01-29) shows 40% blasts → NR; landmark day 28 ± 7
    // with CRi as the least response → not a responder
    List<org.celltrial.clinical.response.ResponseResult> r =
        AllResponse.series(
            List.of(
                new AllAssessment(
                    LocalDate.parse("2024-01-29"),
                    40.0,
                    true,
                    false,
                    false,
                    0.5,
                    20.0,
                    false,
                    null)),
            P);
    var point =
        new org.celltrial.clinical.response.bor.TimePoint(
            LocalDate.parse("2024-01-29"), r.get(0).category());
    var landmark =
        org.celltrial.clinical.response.bor.Landmark.at(
            List.of(point), LocalDate.parse("2024-01-01"), 28, 7, Category.CRI, null, null, null);
    assertThat(r.get(0).category()).isEqualTo(Category.NR);
    assertThat(landmark.responder()).isFalse();
  }
}
