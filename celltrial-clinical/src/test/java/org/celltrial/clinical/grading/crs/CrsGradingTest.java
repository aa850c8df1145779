package org.celltrial.clinical.grading.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.Graded;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.Treatment;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Episodes of CRS: onset, maximum grade, duration, masking, resolution and recurrence. */
class CrsGradingTest {
  static final LocalDateTime INFUSION = LocalDateTime.of(2024, 3, 1, 10, 0);

  static LocalDateTime at(int day, int hour) {
    return INFUSION.toLocalDate().plusDays(day).atTime(hour, 0);
  }

  static CrsObservation fever(int day, int hour, double temp) {
    return new CrsObservation(at(day, hour), temp, false, null, null, null, false, null);
  }

  static CrsObservation pressor(int day, int hour, double temp) {
    return new CrsObservation(
        at(day, hour), temp, true, List.of("norepinephrine"), null, null, false, null);
  }

  static TimelineResult grade(List<CrsObservation> obs, List<Treatment> tx) {
    return CrsGrading.grade(new CrsInput(INFUSION, obs, tx), EpisodeRule.DEFAULT);
  }

  @Test
  void episodeHasOnsetDayMaxGradeAndDurationAcrossGradeChanges() {
    TimelineResult r =
        grade(
            List.of(
                fever(1, 8, 37.2),
                fever(2, 8, 38.3),
                pressor(3, 8, 39.1),
                fever(4, 8, 38.4),
                fever(5, 8, 37.0),
                fever(6, 8, 36.9)),
            List.of());
    assertThat(r.graded()).extracting(Graded::grade).containsExactly(0, 1, 3, 1, 0, 0);
    assertThat(r.graded()).allMatch(g -> g.system() == GradingSystem.ASTCT_2019);
    assertThat(r.maxGrade()).isEqualTo(3);
    assertThat(r.episodes()).hasSize(1);
    Episode e = r.episodes().get(0);
    assertThat(e.onsetDay()).isEqualTo(2);
    assertThat(e.maxGrade()).isEqualTo(3);
    // days 2, 3, 4 graded: 4 - 2 + 1 = 3 calendar days
    assertThat(e.durationDays()).isEqualTo(3);
    assertThat(e.resolved()).isEqualTo(at(5, 8));
    assertThat(e.ongoing()).isFalse();
  }

  @Test
  void feverMaskedByTocilizumabKeepsTheEpisodeGoingOnHypotensionAlone() {
    TimelineResult r =
        grade(
            List.of(fever(1, 8, 38.6), pressor(1, 20, 36.8), fever(2, 8, 36.7)),
            List.of(new Treatment(at(1, 12), "tocilizumab")));
    assertThat(r.graded()).extracting(Graded::grade).containsExactly(1, 3, 0);
    assertThat(r.graded().get(1).reasons().get(1).render(Lang.EN))
        .contains("fever not required")
        .contains("tocilizumab");
    Episode e = r.episodes().get(0);
    assertThat(e.maxGrade()).isEqualTo(3);
    assertThat(e.tocilizumabDoses()).isEqualTo(1);
    assertThat(e.resolved()).isEqualTo(at(2, 8));
  }

  @Test
  void tocilizumabBeforeOnsetDoesNotMaskFever() {
    TimelineResult r =
        grade(List.of(pressor(1, 20, 36.8)), List.of(new Treatment(at(1, 12), "tocilizumab")));
    assertThat(r.graded().get(0).grade()).isZero();
    assertThat(r.episodes()).isEmpty();
  }

  @Test
  void feverAfterTheGapStartsASecondEpisode() {
    TimelineResult r =
        grade(
            List.of(
                fever(1, 8, 38.6),
                fever(2, 8, 37.0),
                fever(3, 20, 38.5),
                fever(4, 8, 37.0),
                fever(9, 8, 38.8),
                fever(10, 8, 37.1)),
            List.of());
    // day 3 20:00 is 36 h after the resolution on day 2 08:00 (< 48 h): same episode
    assertThat(r.episodes()).hasSize(2);
    assertThat(r.episodes().get(0).durationDays()).isEqualTo(3);
    assertThat(r.episodes().get(0).resolved()).isEqualTo(at(4, 8));
    assertThat(r.episodes().get(1).number()).isEqualTo(2);
    assertThat(r.episodes().get(1).onsetDay()).isEqualTo(9);
  }

  @Test
  void theGapIsAParameterAndIsInclusiveAtItsEnd() {
    List<CrsObservation> obs = List.of(fever(1, 8, 38.6), fever(2, 8, 37.0), fever(3, 8, 38.5));
    // onset 24 h after the resolution
    assertThat(
            CrsGrading.grade(
                    new CrsInput(INFUSION, obs, List.of()), new EpisodeRule(Duration.ofHours(24)))
                .episodes())
        .hasSize(2);
    assertThat(
            CrsGrading.grade(
                    new CrsInput(INFUSION, obs, List.of()), new EpisodeRule(Duration.ofHours(25)))
                .episodes())
        .hasSize(1);
  }

  @Test
  void ongoingEpisodeHasNoResolution() {
    TimelineResult r = grade(List.of(fever(0, 22, 38.1), fever(1, 8, 38.9)), List.of());
    assertThat(r.episodes().get(0).ongoing()).isTrue();
    assertThat(r.episodes().get(0).onsetDay()).isZero();
  }

  @Test
  void badObservationsAreListedWithIndexAndTimeAndTheRestIsGraded() {
    List<CrsObservation> obs = new ArrayList<>();
    obs.add(fever(1, 8, 38.6));
    obs.add(fever(1, 12, 50.0));
    obs.add(new CrsObservation(at(-1, 8), 38.5, false, null, null, null, false, null));
    obs.add(new CrsObservation(at(1, 16), 38.5, false, null, "helmet", null, false, null));
    obs.add(fever(2, 8, 38.2));
    TimelineResult r = grade(obs, List.of(new Treatment(at(1, 9), "aspirin")));
    assertThat(r.graded()).extracting(Graded::index).containsExactly(0, 4);
    assertThat(r.rejected()).hasSize(4);
    List<String> en = r.rejected().stream().map(x -> x.reason().render(Lang.EN)).toList();
    assertThat(en)
        .anyMatch(
            s -> s.startsWith("observations[1] (2024-03-02T12:00) not graded") && s.contains("50"))
        .anyMatch(s -> s.startsWith("observations[2]") && s.contains("before the infusion"))
        .anyMatch(s -> s.startsWith("observations[3]") && s.contains("\"helmet\""))
        .anyMatch(s -> s.startsWith("treatments[0]") && s.contains("\"aspirin\""));
    assertThat(r.rejected().get(0).reason().render(Lang.ZH)).contains("未分级");
  }

  @Test
  void missingInfusionTimeIsAnError() {
    assertThatThrownBy(
            () -> CrsGrading.grade(new CrsInput(null, List.of(), null), EpisodeRule.DEFAULT))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("infusion");
  }
}
