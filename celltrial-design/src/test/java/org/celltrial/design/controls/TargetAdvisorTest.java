package org.celltrial.design.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target proposals from the bundled library (G-DES-2 to G-DES-4). */
class TargetAdvisorTest {
  private static final ControlLibrary LIBRARY = ControlLibrary.bundled();

  /**
   * Expected sources worked out by hand from the library file: the lowest approved-CAR-T headline
   * rate (auto, car-t) or the highest best-available-therapy headline rate (bat).
   */
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "lbcl,  3L+, auto,  juliet-long-term, 0.530, G-DES-3",
    "lbcl,  3l+, car-t, juliet-long-term, 0.530, G-DES-3",
    "lbcl,  3L+, bat,   scholar-1,        0.26,  'G-DES-2, G-DES-4'",
    "b-all, 2L+, auto,  cnct19,           0.708, G-DES-3",
    "b-all, 2L+, bat,   tower-chemo,      0.25,  'G-DES-2, G-DES-4'",
    "mm,    4L+, auto,  karmma,           0.73,  G-DES-3",
    "MM,    4L+, bat,   mammoth,          0.31,  'G-DES-2, G-DES-4'",
  })
  void proposesTheRuleOfTheGuideline(
      String indication, String line, String basis, String source, double p0, String rule) {
    TargetProposal p =
        TargetAdvisor.propose(LIBRARY, Indication.of(indication), line, TargetBasis.of(basis));
    assertThat(p.source().id()).isEqualTo(source);
    assertThat(p.p0()).isEqualTo(p0);
    assertThat(p.rule()).isEqualTo(rule);
    assertThat(p.libraryVersion()).isEqualTo(LIBRARY.version());
    assertThat(p.controls()).allMatch(c -> c.indication() == Indication.of(indication));
    String en = p.justification().render(Lang.EN);
    String zh = p.justification().render(Lang.ZH);
    assertThat(en)
        .contains(rule.split(",")[0])
        .contains(p.source().study())
        .contains(LIBRARY.version());
    assertThat(zh).contains("目标值").contains(p.source().study()).doesNotContain("{");
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "lymphoma, 3L+,  auto, targets.indication, 'lbcl, b-all, mm'",
    "lbcl,     2L,   auto, targets.line,       3L+",
    "mm,       4L+,  best, targets.basis,      'auto, bat, car-t'",
  })
  void badInputNamesTheValueAndTheChoices(
      String indication, String line, String basis, String key, String choices) {
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () ->
                TargetAdvisor.propose(
                    LIBRARY, Indication.of(indication), line, TargetBasis.of(basis)));
    assertThat(e.detail().key()).isEqualTo(key);
    assertThat(e.render(Lang.EN)).contains(choices).contains("--");
    assertThat(e.render(Lang.ZH)).contains(choices).contains("--").doesNotContain("{");
  }

  @Test
  void aBasisWithoutControlsIsNamed() {
    HistoricalControl carTOnly =
        LIBRARY.entries().stream().filter(c -> c.id().equals("zuma-1")).findFirst().orElseThrow();
    ControlLibrary library =
        new ControlLibrary("test-1", LIBRARY.notice(), java.util.List.of(carTOnly));
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () -> TargetAdvisor.propose(library, Indication.LBCL, "3L+", TargetBasis.BAT));
    assertThat(e.detail().key()).isEqualTo("targets.noControl");
    assertThat(e.render(Lang.EN))
        .isEqualTo(
            "--basis bat: the historical-control library (version test-1) holds no such control for lbcl 3L+.");
    assertThat(e.render(Lang.ZH)).contains("--basis bat").contains("test-1").contains("lbcl 3L+");
    // with auto, the approved CAR-T still gives a target
    assertThat(TargetAdvisor.propose(library, Indication.LBCL, "3L+", TargetBasis.AUTO).p0())
        .isEqualTo(0.82);
  }
}
