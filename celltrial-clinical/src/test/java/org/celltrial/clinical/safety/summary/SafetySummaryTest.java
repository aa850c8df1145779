package org.celltrial.clinical.safety.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.TreatmentAgent;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The G-SAF-5 summary on a hand-counted cohort of five subjects in two dose levels. */
class SafetySummaryTest {
  static SubjectToxicity crs(int grade, Long onset, Long duration) {
    return new SubjectToxicity(Toxicity.CRS, grade, onset, duration);
  }

  static final List<SafetySubject> COHORT =
      List.of(
          new SafetySubject(
              "1", "DL1", List.of(crs(1, 2L, 3L)), Set.of(TreatmentAgent.TOCILIZUMAB), null),
          new SafetySubject(
              "2",
              "DL1",
              List.of(crs(3, 1L, 7L), new SubjectToxicity(Toxicity.ICANS, 2, 5L, null)),
              Set.of(TreatmentAgent.TOCILIZUMAB, TreatmentAgent.CORTICOSTEROID),
              DeathCause.INFECTION),
          new SafetySubject("3", "DL1", List.of(), Set.of(), DeathCause.DISEASE_PROGRESSION),
          new SafetySubject("4", "DL2", List.of(crs(4, 6L, null)), null, DeathCause.CRS),
          new SafetySubject("5", "DL2", List.of(crs(2, 4L, 2L)), null, null));

  @Test
  void perDoseLevelThenOverall() {
    List<GroupSummary> g = SafetySummary.of(COHORT, List.of(Toxicity.CRS, Toxicity.ICANS));
    assertThat(g).extracting(GroupSummary::group).containsExactly("DL1", "DL2", null);
    GroupSummary all = g.get(2);
    assertThat(all.subjects()).isEqualTo(5);
    ToxicitySummary crs = all.toxicities().get(0);
    // max grades 1, 3, 0, 4, 2
    assertThat(crs.byMaxGrade()).containsExactly(1, 1, 1, 1, 1, 0);
    assertThat(crs.anyGrade()).isEqualTo(4);
    assertThat(crs.grade3OrMore()).isEqualTo(2);
    // onsets 2, 1, 6, 4 -> sorted 1 2 4 6, median (2 + 4) / 2 = 3
    assertThat(crs.onsetDay()).isEqualTo(new Range(4, 3.0, 1L, 6L));
    // durations 3, 7, 2 (subject 4 ongoing) -> median 3
    assertThat(crs.durationDays()).isEqualTo(new Range(3, 3.0, 2L, 7L));
    ToxicitySummary icans = all.toxicities().get(1);
    assertThat(icans.anyGrade()).isEqualTo(1);
    assertThat(icans.durationDays().n()).isZero();
    assertThat(icans.durationDays().median()).isNull();
    assertThat(all.treatments().get(TreatmentAgent.TOCILIZUMAB)).isEqualTo(2);
    assertThat(all.treatments().get(TreatmentAgent.CORTICOSTEROID)).isEqualTo(1);
    assertThat(all.deaths().get(DeathCause.DISEASE_PROGRESSION)).isEqualTo(1);
    assertThat(all.nonRelapseDeaths()).isEqualTo(2);
    GroupSummary dl2 = g.get(1);
    assertThat(dl2.toxicities().get(0).byMaxGrade()).containsExactly(0, 0, 1, 0, 1, 0);
    assertThat(dl2.deaths().get(DeathCause.CRS)).isEqualTo(1);
    assertThat(g.get(0).nonRelapseDeaths()).isEqualTo(1);
  }

  @Test
  void fromEpisodesTakesTheMaximumGradeAndSumsResolvedDurations() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 2, 8, 0);
    Episode first = new Episode(1, t, 1, t, t.plusDays(2), 2, 2, 1, 0, 0);
    Episode second = new Episode(2, t.plusDays(7), 8, t.plusDays(8), t.plusDays(9), 3, 2, 0, 1, 0);
    assertThat(SubjectToxicity.fromEpisodes(Toxicity.CRS, List.of(first, second)))
        .isEqualTo(new SubjectToxicity(Toxicity.CRS, 3, 1L, 4L));
    Episode ongoing = new Episode(2, t.plusDays(7), 8, t.plusDays(8), null, 1, 2, 0, 0, 0);
    assertThat(SubjectToxicity.fromEpisodes(Toxicity.CRS, List.of(first, ongoing)).durationDays())
        .isNull();
    assertThat(SubjectToxicity.fromEpisodes(Toxicity.ICANS, List.of()).maxGrade()).isZero();
  }

  @Test
  void medianOfOddAndEmpty() {
    assertThat(Range.of(new long[] {5, 1, 3})).isEqualTo(new Range(3, 3.0, 1L, 5L));
    assertThat(Range.of(new long[0])).isEqualTo(new Range(0, null, null, null));
  }

  @Test
  void badRecordsAreClearErrors() {
    assertThat(catchThrowableOfType(CelltrialException.class, () -> crs(6, 1L, 1L)).render(Lang.EN))
        .contains("CRS maximum grade 6");
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> crs(2, null, 1L)).render(Lang.ZH))
        .contains("CRS 最高 2 级");
    SafetySubject twice =
        new SafetySubject("9", "DL1", List.of(crs(1, 1L, 1L), crs(2, 2L, 1L)), null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> SafetySummary.of(List.of(twice), List.of(Toxicity.CRS)))
                .render(Lang.EN))
        .contains("subject 9 has two records of CRS");
    SafetySubject noLevel = new SafetySubject("8", null, List.of(), null, null);
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> SafetySummary.of(List.of(noLevel), List.of(Toxicity.CRS)))
                .render(Lang.ZH))
        .contains("受试者 8 缺少剂量组");
  }
}
