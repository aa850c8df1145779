package org.celltrial.clinical.grading.icans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.Graded;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.Treatment;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** ICANS episodes and rejected assessments. */
class IcansGradingTest {
  static final LocalDateTime INFUSION = LocalDateTime.of(2024, 3, 1, 10, 0);

  static IcansObservation ice(int day, int score, String loc) {
    return new IcansObservation(
        INFUSION.toLocalDate().plusDays(day).atTime(9, 0),
        IcansGraderTest.ice(score),
        null,
        loc,
        null,
        null,
        null,
        false,
        null);
  }

  @Test
  void episodeOnsetMaxGradeDurationAndSteroids() {
    IcansInput in =
        new IcansInput(
            INFUSION,
            40,
            List.of(
                ice(4, 10, null),
                ice(5, 8, null),
                ice(6, 5, null),
                ice(7, 2, "awakens-to-touch"),
                ice(8, 9, null),
                ice(9, 10, null)),
            List.of(new Treatment(INFUSION.plusDays(6), "corticosteroid")));
    TimelineResult r = IcansGrading.grade(in, EpisodeRule.DEFAULT, 12);
    assertThat(r.graded()).extracting(Graded::grade).containsExactly(0, 1, 2, 3, 1, 0);
    Episode e = r.episodes().get(0);
    assertThat(e.onsetDay()).isEqualTo(5);
    assertThat(e.maxGrade()).isEqualTo(3);
    assertThat(e.durationDays()).isEqualTo(4);
    assertThat(e.corticosteroidDoses()).isEqualTo(1);
    assertThat(r.maxGrade()).isEqualTo(3);
  }

  @Test
  void anOutOfRangeIceItemRejectsOnlyThatAssessment() {
    IcansObservation bad =
        new IcansObservation(
            INFUSION.plusDays(2),
            new IceItems(4, 3, 1, 1, 1, 11),
            null,
            null,
            null,
            null,
            null,
            false,
            null);
    TimelineResult r =
        IcansGrading.grade(
            new IcansInput(INFUSION, 40, List.of(ice(1, 9, null), bad), null),
            EpisodeRule.DEFAULT,
            12);
    assertThat(r.graded()).hasSize(1);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.index()).isEqualTo(1);
              assertThat(x.reason().render(Lang.EN)).contains("observations[1]").contains("11");
              assertThat(x.reason().render(Lang.ZH)).contains("ice.total 11");
            });
  }
}
