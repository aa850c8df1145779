package org.celltrial.clinical.safety.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generic CTCAE 5.0 infection pattern and the early/late split at day 30. */
class InfectionGraderTest {
  static final LocalDate INFUSION = LocalDate.of(2024, 2, 1);

  @ParameterizedTest(name = "{0}, life-threatening {1}, fatal {2} -> grade {3}")
  @CsvSource({
    "LOCAL, false, false, 1",
    "ORAL, false, false, 2",
    "INTRAVENOUS, false, false, 3",
    "INVASIVE, false, false, 3",
    "ORAL, true, false, 4",
    "INTRAVENOUS, true, true, 5",
  })
  void gradeFollowsTheManagement(Management m, boolean threat, boolean fatal, int grade) {
    GradedInfection g =
        InfectionGrader.grade(
                List.of(
                    new Infection(
                        "Lung infection", Organism.BACTERIAL, INFUSION, m, threat, fatal)),
                INFUSION,
                InfectionGrader.EARLY_LAST_DAY)
            .get(0);
    assertThat(g.grade()).isEqualTo(grade);
    assertThat(g.system()).isEqualTo(GradingSystem.CTCAE_5_0);
  }

  @ParameterizedTest(name = "day {0} -> {1}")
  @CsvSource({"-1, BEFORE_INFUSION", "0, EARLY", "30, EARLY", "31, LATE"})
  void earlyIsDay0ToDay30(int day, Period period) {
    GradedInfection g =
        InfectionGrader.grade(
                List.of(
                    new Infection(
                        "CMV viremia",
                        Organism.VIRAL,
                        INFUSION.plusDays(day),
                        Management.ORAL,
                        false,
                        false)),
                INFUSION,
                30)
            .get(0);
    assertThat(g.period()).isEqualTo(period);
    assertThat(g.day()).isEqualTo(day);
  }

  @Test
  void missingFieldsAreNamed() {
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () ->
                InfectionGrader.grade(
                    List.of(new Infection("x", null, INFUSION, Management.ORAL, false, false)),
                    INFUSION,
                    30));
    assertThat(e.render(Lang.EN)).contains("infections[0] needs onset, organism and management");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> InfectionGrader.grade(List.of(), INFUSION, -1))
                .render(Lang.ZH))
        .contains("早期截止日为第 -1 天");
  }
}
