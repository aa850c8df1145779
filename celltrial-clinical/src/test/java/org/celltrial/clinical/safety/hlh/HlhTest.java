package org.celltrial.clinical.safety.hlh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * carHLH and HLH-2004 with the vectors HLH-01 to HLH-04 of shared/reference/clinical-rules.md §4.2
 * and the thresholds of Henter et al. 2007 (just below, at, just above).
 */
class HlhTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "HLH-01 ferritin 12000 AST G3 creatinine G3, 12000, 3, 3, 0, false, true",
    "HLH-02 ferritin 12000 AST G3 only, 12000, 3, 0, 0, false, false",
    "HLH-03 ferritin exactly 10000 and 2 criteria, 10000, 3, 3, 0, false, false",
    "ferritin 10000.01 and 2 criteria, 10000.01, 3, 0, 0, true, true",
    "grade 2 organ does not count, 15000, 2, 3, 2, false, false",
    "pulmonary edema and hemophagocytosis, 15000, 0, 0, 3, true, true",
  })
  void carHlh(
      String name, double ferritin, int liver, int renal, int lung, boolean hemo, boolean met) {
    HlhResult r = CarHlh.assess(new CarHlh.Input(ferritin, liver, renal, lung, hemo));
    assertThat(r.met()).as(name).isEqualTo(met);
  }

  static Hlh2004.Input hlh04(
      Double hgb, Double plt, Double tg, Double fibrinogen, Double ferritin) {
    return new Hlh2004.Input(
        false, true, true, hgb, plt, 1.5, tg, fibrinogen, false, false, ferritin, null);
  }

  @Test
  void hlh04FeverSplenomegalyTwoLineagesFerritinTriglyceridesIsFiveOfEight() {
    HlhResult r = Hlh2004.assess(hlh04(8.5, 60.0, 300.0, null, 3000.0));
    assertThat(r.met()).isTrue();
    assertThat(r.count()).isEqualTo(5);
    assertThat(r.reasons().get(r.reasons().size() - 1).render(Lang.ZH)).contains("8 项中 5 项");
  }

  @ParameterizedTest(name = "Hgb {0}, PLT {1}, TG {2}, fibrinogen {3}, ferritin {4} -> {5}")
  @CsvSource({
    "9.0, 60, 300, , 3000, 4", // hemoglobin 9.0 is not < 9: one lineage only
    "8.99, 60, 300, , 3000, 5",
    "8.5, 100, 300, , 3000, 4", // platelets 100 is not < 100
    "8.5, 60, 265, , 3000, 5", // triglycerides >= 265
    "8.5, 60, 264.9, , 3000, 4",
    "8.5, 60, , 150, 3000, 5", // fibrinogen <= 150
    "8.5, 60, , 150.1, 3000, 4",
    "8.5, 60, 300, , 500, 5", // ferritin >= 500
    "8.5, 60, 300, , 499.9, 4",
  })
  void hlh2004Thresholds(
      Double hgb, Double plt, Double tg, Double fibrinogen, Double ferritin, int count) {
    assertThat(Hlh2004.assess(hlh04(hgb, plt, tg, fibrinogen, ferritin)).count()).isEqualTo(count);
  }

  @Test
  void molecularDiagnosisAloneMeetsHlh2004() {
    HlhResult r =
        Hlh2004.assess(
            new Hlh2004.Input(
                true, false, false, null, null, null, null, null, false, false, null, 2400.0));
    assertThat(r.met()).isTrue();
    assertThat(r.count()).isEqualTo(1); // sCD25 2400 counts (>= 2400)
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // ferritin, uln, baseline, alt, altUln, altBaseline, fib, lln, before, now, flags
    "ferritin exactly 2 x ULN, 800, 400, , , , , , , , , 0",
    "ferritin above 2 x ULN, 800.1, 400, , , , , , , , , 1",
    "ferritin above 2 x baseline, 3000, 5000, 1400, , , , , , , , 1",
    "ALT exactly 5 x ULN, , , , 200, 40, 30, , , , , 0",
    "ALT above 5 x ULN, , , , 201, 40, 30, , , , , 1",
    "abnormal baseline: 5 x baseline, , , , 201, 40, 60, , , , , 0",
    "abnormal baseline above 5 x baseline, , , , 301, 40, 60, , , , , 1",
    "fibrinogen 150, , , , , , , 150, , , , 0",
    "fibrinogen 149, , , , , , , 149, , , , 1",
    "fibrinogen below LLN 200, , , , , , , 190, 200, , , 1",
    "cytopenia same grade, , , , , , , , , 3, 3, 0",
    "cytopenia worse, , , , , , , , , 2, 4, 1",
  })
  void iecHsFlagsAtTheirThresholds(
      String name,
      Double ferritin,
      Double uln,
      Double baseline,
      Double alt,
      Double altUln,
      Double altBaseline,
      Double fib,
      Double lln,
      Integer before,
      Integer now,
      int flags) {
    IecHsFlags.Result r =
        IecHsFlags.assess(
            new IecHsFlags.Labs(
                ferritin, uln, baseline, alt, altUln, altBaseline, fib, lln, before, now));
    int n =
        (r.ferritin() ? 1 : 0)
            + (r.transaminase() ? 1 : 0)
            + (r.fibrinogen() ? 1 : 0)
            + (r.cytopenia() ? 1 : 0);
    assertThat(n).as(name).isEqualTo(flags);
    assertThat(r.prompt()).isEqualTo(flags > 0);
    assertThat(r.reasons().get(r.reasons().size() - 1).render(Lang.EN))
        .contains(flags > 0 ? "not a diagnosis" : "no supporting");
  }

  @Test
  void badValuesAreClearErrors() {
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> CarHlh.assess(new CarHlh.Input(12000, 6, 0, 0, false)))
                .render(Lang.EN))
        .contains("liverGrade is 6");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> Hlh2004.assess(hlh04(8.5, -1.0, null, null, null)))
                .render(Lang.ZH))
        .contains("platelets 为 -1");
  }
}
