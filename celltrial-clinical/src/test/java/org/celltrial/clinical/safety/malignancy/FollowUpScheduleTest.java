package org.celltrial.clinical.safety.malignancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule.Status;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule.Visit;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long-term follow-up schedule (G-SAF-6): visit months, window edges, status at the cut-off. */
class FollowUpScheduleTest {
  static final LocalDate INFUSION = LocalDate.of(2024, 1, 15);
  static final VisitPlan PLAN = VisitPlan.INTEGRATING_VECTOR;

  @Test
  void fifteenYearsIsTenHalfYearlyThenTenYearlyVisits() {
    List<Visit> v = FollowUpSchedule.of(PLAN, INFUSION, List.of(), null, INFUSION);
    assertThat(v).hasSize(20);
    assertThat(v.stream().map(Visit::month))
        .containsExactly(
            6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180);
    assertThat(v.get(19).due()).isEqualTo(LocalDate.of(2039, 1, 15));
    assertThat(v).allMatch(x -> x.status() == Status.UPCOMING);
  }

  // month-6 visit due 2024-07-15, window +-30 days: 2024-06-15 .. 2024-08-14
  @ParameterizedTest(name = "cut-off {0}, visit {1} -> {2}")
  @CsvSource({
    "2024-06-14, , UPCOMING",
    "2024-06-15, , DUE",
    "2024-08-14, , DUE",
    "2024-08-15, , OVERDUE",
    "2024-08-15, 2024-06-14, OVERDUE",
    "2024-08-15, 2024-06-15, DONE",
    "2024-08-15, 2024-08-14, DONE",
    "2024-08-15, 2024-08-15, OVERDUE",
    "2024-07-01, 2024-07-02, DUE",
  })
  void windowEdgesDecideTheStatus(LocalDate cutoff, LocalDate visit, Status expected) {
    List<LocalDate> visits = visit == null ? List.of() : List.of(visit);
    Visit first = FollowUpSchedule.of(PLAN, INFUSION, visits, null, cutoff).get(0);
    assertThat(first.month()).isEqualTo(6);
    assertThat(first.status()).isEqualTo(expected);
  }

  @Test
  void noVisitsArePlannedAfterTheEndOfFollowUp() {
    // death 2025-02-01: month 12 (due 2025-01-15) is planned, month 18 (window opens 2025-06-15)
    // is not
    List<Visit> v =
        FollowUpSchedule.of(
            PLAN, INFUSION, List.of(), LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 1));
    assertThat(v).extracting(Visit::month).containsExactly(6, 12);
    assertThat(v).allMatch(x -> x.status() == Status.OVERDUE);
  }

  @Test
  void badPlansAndDatesAreClearErrors() {
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        new VisitPlan(
                            List.of(new VisitPlan.Phase(6, 60), new VisitPlan.Phase(12, 60)), 30))
                .render(Lang.EN))
        .contains("every 12 months until month 60")
        .contains("(month 60)");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        FollowUpSchedule.of(PLAN, INFUSION, List.of(), null, INFUSION.minusDays(1)))
                .render(Lang.ZH))
        .contains("数据截止日期 2024-01-14 早于回输日期 2024-01-15");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        FollowUpSchedule.of(
                            PLAN, INFUSION, List.of(INFUSION.minusDays(3)), null, INFUSION))
                .render(Lang.EN))
        .contains("visit on 2024-01-12 is before the infusion");
  }
}
