package org.celltrial.clinical.safety.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.DltOutcome;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule.Status;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.LinkTest;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** How the DLT and G-SAF-6 checks read the study and subject files; dates worked out by hand. */
class CohortTest {
  static final LocalDate INFUSION = LocalDate.of(2024, 3, 1);
  static final Study STUDY =
      new Study(
          "S",
          null,
          Indication.B_NHL,
          null,
          null,
          null,
          null,
          null,
          Population.ADULT,
          null,
          null,
          null,
          null,
          null,
          List.of("DL1", "DL2"),
          null,
          DltProtocol.of(null, List.of("G5"), null));

  static Subject subject(
      String id,
      String level,
      List<JourneyEvent> journey,
      List<ToxicityEvent> events,
      List<Malignancy> malignancies,
      List<LocalDate> visits) {
    return new Subject(
        id,
        null,
        null,
        null,
        Indication.B_NHL,
        null,
        null,
        null,
        null,
        null,
        journey,
        level,
        events,
        null,
        malignancies,
        visits);
  }

  static JourneyEvent infusion(LocalDate d) {
    return new JourneyEvent.Infusion(d, null, null, null);
  }

  static ToxicityEvent g3(LocalDateTime onset) {
    return new ToxicityEvent("t", ToxicityKind.NON_HEMATOLOGIC, 3, onset, null, true);
  }

  /**
   * Without a cut-off the last assessment is the latest time in the file: a tumor assessment on day
   * 30 (00:00) beats an event on day 2 at 08:00; an event onset later the same day as the last date
   * wins over that date's 00:00. With a cut-off it is 23:59 of the cut-off day, or of an earlier
   * death.
   */
  @Test
  void lastAssessmentFromTheFileOrTheCutoff() {
    Subject a =
        subject(
            "A",
            "DL2",
            List.of(
                infusion(INFUSION),
                new JourneyEvent.TumorAssessment(LocalDate.of(2024, 3, 31), "")),
            List.of(g3(LocalDateTime.of(2024, 3, 3, 8, 0))),
            null,
            null);
    Subject b =
        subject(
            "B",
            "DL1",
            List.of(infusion(INFUSION), new JourneyEvent.Death(LocalDate.of(2024, 3, 10), "PD")),
            List.of(g3(LocalDateTime.of(2024, 3, 10, 9, 30))),
            null,
            null);
    DltCohort.Assessment d = DltCohort.assess(STUDY, List.of(a, b), null);
    assertThat(d.subjects().get(0).lastAssessment()).isEqualTo(LocalDateTime.of(2024, 3, 31, 0, 0));
    assertThat(d.subjects().get(1).lastAssessment())
        .isEqualTo(LocalDateTime.of(2024, 3, 10, 9, 30));
    // levels in the study's order, not the input order
    assertThat(d.levels().stream().map(l -> l.doseLevel()).toList()).containsExactly("DL1", "DL2");
    assertThat(d.results().get(0).outcome()).isEqualTo(DltOutcome.NO_DLT);
    assertThat(d.results().get(1).outcome()).isEqualTo(DltOutcome.NOT_EVALUABLE);

    DltCohort.Assessment c = DltCohort.assess(STUDY, List.of(a, b), LocalDate.of(2024, 3, 20));
    assertThat(c.subjects().get(0).lastAssessment())
        .isEqualTo(LocalDateTime.of(2024, 3, 20, 23, 59));
    assertThat(c.subjects().get(1).lastAssessment())
        .isEqualTo(LocalDateTime.of(2024, 3, 10, 23, 59));
    // infused after the cut-off: not in the population
    assertThat(DltCohort.assess(STUDY, List.of(a), LocalDate.of(2024, 2, 29)).notInfused())
        .containsExactly("A");
  }

  @Test
  void doseLevelsAndDltAreRequired() {
    Subject x = subject("X", "DL3", List.of(infusion(INFUSION)), null, null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> DltCohort.assess(STUDY, List.of(x), null))
                .render(Lang.EN))
        .isEqualTo(
            "subject X: doseLevel DL3 is not one of the study's doseLevels: DL1, DL2 (G-PH-1)");
    Subject noInfusion =
        subject("Y", "DL1", List.of(), List.of(g3(LocalDateTime.of(2024, 3, 3, 8, 0))), null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> DltCohort.assess(STUDY, List.of(noInfusion), null))
                .render(Lang.EN))
        .startsWith("subject Y has adverseEvents but no infusion");
  }

  /**
   * Infusion 2024-03-01: month 6 due 2024-09-01 (window 08-02 to 10-01), month 12 due 2025-03-01
   * (window 01-30 to 03-31). Visit 2024-09-20: month 6 done. Default cut-off = latest date in the
   * files, the malignancy on 2025-02-10: month 12 due. The malignancy is the subject's first entry:
   * its index in messages is 0, and the subject is filled in.
   */
  @Test
  void registerAndScheduleFromTheFiles() {
    Malignancy ptcl =
        new Malignancy(
            null,
            "PTCL",
            Lineage.T_CELL,
            LocalDate.of(2025, 2, 10),
            LinkTest.NEGATIVE,
            LinkTest.NEGATIVE,
            LinkTest.NEGATIVE);
    Subject s =
        subject(
            "M",
            null,
            List.of(infusion(INFUSION)),
            null,
            List.of(ptcl),
            List.of(LocalDate.of(2024, 9, 20)));
    LongTermFollowUp.Register r = LongTermFollowUp.assess(List.of(s), null);
    assertThat(r.cutoff()).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(r.cutoffFromData()).isTrue();
    assertThat(r.malignancies().get(0).malignancy().subject()).isEqualTo("M");
    assertThat(r.malignancies().get(0).productLinkFlag()).isFalse();
    assertThat(r.malignancies().get(0).daysFromInfusion()).isEqualTo(346);
    List<Status> statuses = r.schedules().get(0).visits().stream().map(v -> v.status()).toList();
    assertThat(statuses.subList(0, 3)).containsExactly(Status.DONE, Status.DUE, Status.UPCOMING);
    Subject early =
        subject(
            "E",
            null,
            List.of(infusion(INFUSION)),
            null,
            List.of(
                new Malignancy(
                    null,
                    "AML",
                    Lineage.OTHER_HEMATOLOGIC,
                    LocalDate.of(2024, 1, 1),
                    null,
                    null,
                    null)),
            null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class, () -> LongTermFollowUp.assess(List.of(early), null))
                .render(Lang.EN))
        .startsWith("subject E: malignancies[0]: diagnosed 2024-01-01, before the infusion");
  }
}
