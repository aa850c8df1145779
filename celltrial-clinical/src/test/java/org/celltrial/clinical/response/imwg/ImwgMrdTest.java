package org.celltrial.clinical.response.imwg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.imwg.ImwgMrd.YearRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MRD vectors IMW-17…21 of clinical-rules.md 5.2.5. */
class ImwgMrdTest {
  private static MrdTest neg(String date, double lod) {
    return new MrdTest(LocalDate.parse(date), MrdMethod.FLOW, false, null, lod, true);
  }

  private static MrdTest pos(String date) {
    return new MrdTest(LocalDate.parse(date), MrdMethod.FLOW, true, 1e-3, 1e-5, false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-17, CR, 2e-6, 1e-5, NEGATIVE, false",
    "IMW-18, CR, 1e-4, 1e-5, NOT_EVALUABLE, false",
    "sensitivity exactly 1e-5, CR, 1e-5, 1e-5, NEGATIVE, false",
    "10^-6 reached, SCR, 1e-6, 1e-5, NEGATIVE, true",
    "10^-6 threshold not reached, CR, 2e-6, 1e-6, NOT_EVALUABLE, false",
    "not in CR, VGPR, 1e-6, 1e-5, NOT_APPLICABLE, false",
  })
  void status(
      String id, Category c, double lod, double threshold, MrdStatus expected, boolean at1e6) {
    ImwgMrd.Result r = ImwgMrd.status(c, neg("2024-01-01", lod), threshold);
    assertThat(r.status()).as(id).isEqualTo(expected);
    assertThat(r.negativeAt1e6()).as(id).isEqualTo(at1e6);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-19 365 days, 2025-01-09, ANNIVERSARY, false",
    "IMW-19 365 days, 2025-01-09, DAYS_365, true",
    "IMW-20 366 days, 2025-01-10, ANNIVERSARY, true",
    "IMW-20 366 days, 2025-01-10, DAYS_365, true",
    "364 days, 2025-01-08, DAYS_365, false",
  })
  void sustained(String id, String second, YearRule rule, boolean sustained) {
    List<MrdTest> t = List.of(neg("2024-01-10", 1e-5), neg(second, 1e-5));
    assertThat(ImwgMrd.sustainedFrom(t, 1e-5, rule) != null).as(id).isEqualTo(sustained);
  }

  @ParameterizedTest
  @CsvSource({"ANNIVERSARY", "DAYS_365"})
  void imw21InterveningPositiveBreaksIt(YearRule rule) {
    List<MrdTest> t = List.of(neg("2024-01-10", 1e-5), pos("2024-06-01"), neg("2025-02-01", 1e-5));
    assertThat(ImwgMrd.sustainedFrom(t, 1e-5, rule)).isNull();
  }

  /**
   * The caller's rule for a qualifying negative (here marrow only, imaging not collected): the same
   * year and intervening-positive rules; a non-qualifying undetected test (10^-4) is skipped, not a
   * break. Tests without imaging never qualify under the imaging rule.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IMW-19 marrow only, 2025-01-09, ANNIVERSARY, false",
    "IMW-19 marrow only, 2025-01-09, DAYS_365, true",
    "IMW-20 marrow only, 2025-01-10, ANNIVERSARY, true",
  })
  void marrowOnlyRule(String id, String second, YearRule rule, boolean sustained) {
    List<MrdTest> t =
        List.of(marrow("2024-01-10", 1e-5), marrow("2024-06-01", 1e-4), marrow(second, 1e-5));
    assertThat(ImwgMrd.sustainedFrom(t, m -> m.sensitivity() <= 1e-5, rule) != null)
        .as(id)
        .isEqualTo(sustained);
    assertThat(ImwgMrd.sustainedFrom(t, 1e-5, rule)).as(id).isNull();
  }

  private static MrdTest marrow(String date, double lod) {
    return new MrdTest(LocalDate.parse(date), MrdMethod.NGS, false, null, lod, null);
  }
}
