package org.celltrial.clinical.response.imwg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.junit.jupiter.api.Test;

/** Confirmation over visits (IMW-11, IMW-15) and the confirmed nadir. */
class ImwgSeriesTest {
  private static final ImwgParameters P = ImwgParameters.IMWG_2016;
  private static final MmAssessment BASE = serum("2024-01-01", 3.0);

  private static MmAssessment serum(String date, double s) {
    return new MmAssessment(
        LocalDate.parse(date), s, null, null, null, true, null, null, null, null, false);
  }

  private static List<Category> confirmed(LocalDate newTherapy, MmAssessment... visits) {
    return ImwgSeries.assess(BASE, LightChain.KAPPA, List.of(visits), newTherapy, P).stream()
        .map(MmVisit::confirmed)
        .toList();
  }

  @Test
  void responseIsConfirmedAtTheWorseOfTwoVisits() {
    // PR (1.4), VGPR (0.3), VGPR (0.3): PR confirmed by a deeper visit stays PR
    assertThat(
            confirmed(
                null, serum("2024-02-01", 1.4), serum("2024-03-01", 0.3), serum("2024-04-01", 0.3)))
        .containsExactly(Category.PR, Category.VGPR, Category.SD);
  }

  @Test
  void imw15ProgressionFollowedByResponseIsNotConfirmed() {
    // nadir confirmed at 0.4 (two visits); 0.9 is PD; next visit 0.4 is not PD
    List<Category> c =
        confirmed(
            null,
            serum("2024-02-01", 0.4),
            serum("2024-03-01", 0.4),
            serum("2024-04-01", 0.9),
            serum("2024-05-01", 0.4));
    assertThat(c.get(2)).isEqualTo(Category.NE);
  }

  @Test
  void imw11ProgressionConfirmedByNextEvenAfterNewTherapy() {
    List<Category> c =
        confirmed(
            LocalDate.parse("2024-04-15"),
            serum("2024-02-01", 0.4),
            serum("2024-03-01", 0.4),
            serum("2024-04-01", 0.9),
            serum("2024-05-01", 1.0));
    assertThat(c.get(2)).isEqualTo(Category.PD);
    // pending: PD at the last visit
    List<Category> pending =
        confirmed(
            null, serum("2024-02-01", 0.4), serum("2024-03-01", 0.4), serum("2024-04-01", 0.9));
    assertThat(pending.get(2)).isEqualTo(Category.NE);
  }

  @Test
  void visitAfterNewTherapyCannotConfirmResponse() {
    List<Category> c =
        confirmed(
            LocalDate.parse("2024-02-15"), serum("2024-02-01", 1.4), serum("2024-03-01", 1.4));
    assertThat(c.get(0)).isEqualTo(Category.SD);
  }

  @Test
  void nadirIsTheLowestValueSeenTwiceInARow() {
    // 0.2 seen once (then 0.5): confirmed nadir is max(0.2, 0.5) = 0.5, and 0.5 twice gives 0.5
    Nadir n =
        ImwgSeries.nadir(
            BASE, LightChain.KAPPA, List.of(serum("2024-02-01", 0.2), serum("2024-03-01", 0.5)));
    assertThat(n.serumM()).isEqualTo(0.5);
  }
}
