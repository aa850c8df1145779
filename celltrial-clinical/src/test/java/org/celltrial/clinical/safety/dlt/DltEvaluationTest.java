package org.celltrial.clinical.safety.dlt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DLT rules at their thresholds, evaluability, and the counts per dose level. */
class DltEvaluationTest {
  static final LocalDateTime INFUSION = LocalDateTime.of(2024, 5, 1, 10, 0);
  static final DltProtocol PROTOCOL =
      new DltProtocol(28, DltRules.resolve(DltRules.ids(), List.of()));

  static LocalDateTime at(int day, int hour) {
    return INFUSION.toLocalDate().plusDays(day).atTime(hour, 0);
  }

  static DltSubject subject(int lastDay, boolean full, ToxicityEvent... events) {
    return new DltSubject("S1", "DL1", INFUSION, at(lastDay, 12), full, List.of(events));
  }

  static ToxicityEvent event(ToxicityKind kind, int grade, LocalDateTime onset, LocalDateTime end) {
    return new ToxicityEvent(kind.name(), kind, grade, onset, end, true);
  }

  /** Onset day 3 at 08:00; end = onset plus the given minutes (or ongoing when empty). */
  @ParameterizedTest(name = "{0} grade {1} for {2} min -> {3}")
  @CsvSource({
    "CRS, 3, 60, NO_DLT",
    "CRS, 4, 60, DLT",
    "ICANS, 3, 4320, NO_DLT", // exactly 72 h: not more than 72 h
    "ICANS, 3, 4321, DLT",
    "ICANS, 2, 10000, NO_DLT",
    "NON_HEMATOLOGIC, 3, 4320, NO_DLT",
    "NON_HEMATOLOGIC, 3, 4321, DLT",
    "NON_HEMATOLOGIC, 5, 0, DLT", // G5
    "NEUTROPENIA, 3, 50000, NO_DLT",
    "OTHER_HEMATOLOGIC, 4, 50000, NO_DLT",
  })
  void gradeAndDurationThresholds(ToxicityKind kind, int grade, int minutes, DltOutcome expected) {
    LocalDateTime onset = at(3, 8);
    DltResult r =
        DltEvaluation.evaluate(
            PROTOCOL, subject(40, true, event(kind, grade, onset, onset.plusMinutes(minutes))));
    assertThat(r.outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "neutropenia G4 ending day {0} -> {1}")
  @CsvSource({"28, NO_DLT", "29, DLT"})
  void grade4NeutropeniaMustPersistBeyondDay28(int endDay, DltOutcome expected) {
    DltResult r =
        DltEvaluation.evaluate(
            PROTOCOL,
            subject(40, true, event(ToxicityKind.NEUTROPENIA, 4, at(2, 8), at(endDay, 8))));
    assertThat(r.outcome()).isEqualTo(expected);
    if (expected == DltOutcome.DLT) {
      assertThat(r.fired()).containsExactly(new DltResult.Fired("NEUTROPENIA-G4-D28", 0, 2));
    }
  }

  @Test
  void ongoingEventsCountToTheLastAssessmentOrLeaveTheSubjectUndecided() {
    // grade 4 thrombocytopenia from day 2, still ongoing at the day-35 assessment: DLT
    assertThat(
            DltEvaluation.evaluate(
                    PROTOCOL,
                    subject(35, true, event(ToxicityKind.THROMBOCYTOPENIA, 4, at(2, 8), null)))
                .outcome())
        .isEqualTo(DltOutcome.DLT);
    // grade 3 ICANS from day 28 08:00, ongoing at the day-28 12:00 assessment (4 h): undecided
    DltResult r =
        DltEvaluation.evaluate(
            PROTOCOL, subject(28, true, event(ToxicityKind.ICANS, 3, at(28, 8), null)));
    assertThat(r.outcome()).isEqualTo(DltOutcome.NOT_EVALUABLE);
    assertThat(r.reasons().get(0).render(Lang.EN)).contains("ICANS-G3-72H cannot be decided yet");
  }

  @ParameterizedTest(name = "onset day {0} -> {1}")
  @CsvSource({"0, DLT", "28, DLT", "29, NO_DLT"})
  void onlyOnsetFromDay0ToTheWindowEndCounts(int day, DltOutcome expected) {
    DltResult r =
        DltEvaluation.evaluate(
            PROTOCOL, subject(40, true, event(ToxicityKind.CRS, 4, at(day, 8), at(day, 20))));
    assertThat(r.outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "last assessment day {0}, full dose {1} -> {2}")
  @CsvSource({"27, true, NOT_EVALUABLE", "28, true, NO_DLT", "28, false, NOT_EVALUABLE"})
  void evaluabilityWithoutDlt(int lastDay, boolean full, DltOutcome expected) {
    assertThat(DltEvaluation.evaluate(PROTOCOL, subject(lastDay, full)).outcome())
        .isEqualTo(expected);
  }

  @Test
  void aDltCountsEvenWithoutFullFollowUpButNotWhenAttributedElsewhere() {
    // grade 4 CRS on day 2, death on day 6: DLT although followed only 6 days
    assertThat(
            DltEvaluation.evaluate(
                    PROTOCOL, subject(6, false, event(ToxicityKind.CRS, 4, at(2, 8), at(3, 8))))
                .outcome())
        .isEqualTo(DltOutcome.DLT);
    ToxicityEvent progression =
        new ToxicityEvent("Death NOS", ToxicityKind.NON_HEMATOLOGIC, 5, at(10, 8), null, false);
    DltResult r = DltEvaluation.evaluate(PROTOCOL, subject(10, true, progression));
    assertThat(r.outcome()).isEqualTo(DltOutcome.NOT_EVALUABLE);
    assertThat(r.reasons().get(0).render(Lang.ZH)).contains("归因于其他原因");
  }

  @Test
  void dltsAreCountedPerDoseLevelInOrderOfAppearance() {
    List<DltResult> results =
        List.of(
            new DltResult("a", "DL1", DltOutcome.NO_DLT, List.of(), List.of()),
            new DltResult("b", "DL2", DltOutcome.DLT, List.of(), List.of()),
            new DltResult("c", "DL1", DltOutcome.DLT, List.of(), List.of()),
            new DltResult("d", "DL1", DltOutcome.NOT_EVALUABLE, List.of(), List.of()),
            new DltResult("e", "DL2", DltOutcome.NO_DLT, List.of(), List.of()));
    assertThat(DltEvaluation.byDoseLevel(results))
        .containsExactly(
            new DoseLevelCount("DL1", 3, 2, 1, 1), new DoseLevelCount("DL2", 2, 2, 1, 0));
  }

  @Test
  void customRulesAreDataAndBadRulesAreClearErrors() {
    DltRule tls = new DltRule("TLS-G4", Set.of(ToxicityKind.NON_HEMATOLOGIC), 4, null, null);
    DltProtocol p = new DltProtocol(21, DltRules.resolve(List.of("CRS-G4"), List.of(tls)));
    assertThat(
            DltEvaluation.evaluate(
                    p,
                    subject(30, true, event(ToxicityKind.NON_HEMATOLOGIC, 4, at(21, 8), at(21, 9))))
                .fired())
        .extracting(DltResult.Fired::rule)
        .containsExactly("TLS-G4");
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> DltRules.resolve(List.of("CRS-G5"), List.of()));
    assertThat(e.render(Lang.EN)).contains("unknown DLT rule CRS-G5").contains("CRS-G4, ICANS");
    assertThat(e.render(Lang.ZH)).contains("未知的 DLT 规则 CRS-G5");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        DltRules.resolve(
                            List.of("CRS-G4"),
                            List.of(
                                new DltRule("CRS-G4", Set.of(ToxicityKind.CRS), 3, null, null))))
                .render(Lang.EN))
        .contains("CRS-G4 is given twice");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> new DltRule("X", Set.of(ToxicityKind.CRS), 6, null, null))
                .render(Lang.EN))
        .contains("minGrade 6 must be 1 to 5");
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> new DltProtocol(0, p.rules()))
                .render(Lang.ZH))
        .contains("DLT 观察期为 0 天");
  }

  @Test
  void badEventsNameTheSubjectAndTheField() {
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        DltEvaluation.evaluate(
                            PROTOCOL,
                            subject(30, true, event(ToxicityKind.CRS, 0, at(2, 8), null))))
                .render(Lang.EN))
        .contains("subject S1: adverseEvents[0].grade is 0");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        DltEvaluation.evaluate(
                            PROTOCOL,
                            subject(30, true, event(ToxicityKind.CRS, 2, at(2, 8), at(1, 8)))))
                .render(Lang.ZH))
        .contains("adverseEvents[0].end 2024-05-02T08:00 早于其发生时间");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () ->
                        DltEvaluation.evaluate(
                            PROTOCOL,
                            subject(30, true, event(ToxicityKind.CRS, 2, at(31, 8), null))))
                .render(Lang.EN))
        .contains("is after the last assessment");
  }

  /** Day -1 (the day before infusion) is not a DLT candidate but an error naming the event. */
  @Test
  void anEventBeforeTheInfusionDayIsAnError() {
    ToxicityEvent dayMinus1 = event(ToxicityKind.CRS, 4, at(-1, 23), at(0, 8));
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> DltEvaluation.evaluate(PROTOCOL, subject(30, true, dayMinus1)))
                .render(Lang.EN))
        .contains(
            "subject S1: adverseEvents[0].onset 2024-04-30T23:00 is before the infusion on 2024-05-01");
    ToxicityEvent day0 = event(ToxicityKind.CRS, 4, at(0, 0), at(0, 8));
    assertThat(DltEvaluation.evaluate(PROTOCOL, subject(30, true, day0)).outcome())
        .isEqualTo(DltOutcome.DLT);
  }

  @Test
  void aSubjectWithoutDoseLevelIsAnError() {
    DltSubject s = new DltSubject("S9", null, INFUSION, at(30, 8), true, List.of());
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> DltEvaluation.evaluate(PROTOCOL, s))
                .render(Lang.EN))
        .contains("id S9, doseLevel null");
  }
}
