package org.celltrial.analysis.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Realized rates of a large synthetic trial lie within binomial tolerance of the calibration
 * targets (docs/simulation.md); grades are those of the CRS and ICANS graders, not the generator's.
 * Tolerance: |x/n − p| ≤ 4 sqrt(p(1 − p)/n), a two-sided miss probability below 1e-4 per rate.
 */
class CalibrationTest {
  private static final int N = 2000;

  @ParameterizedTest
  @EnumSource(SimIndication.class)
  void realizedRatesMatchTheTargets(SimIndication indication) {
    Calibration cal = Calibration.of(indication);
    SimulatedStudy trial = StudySimulator.simulate(indication, N, 2024);
    List<SimulatedSubject> infused =
        trial.subjects().stream().filter(s -> s.outcome().infused()).toList();
    long enrolled = trial.count(Outcome::eligible);
    within(trial.count(o -> !o.eligible()), N, cal.screenFailure());
    within(trial.count(Outcome::manufacturingFailure), enrolled, cal.manufacturingFailure());
    int[] crs = new int[infused.size()];
    int[] icans = new int[infused.size()];
    for (int i = 0; i < crs.length; i++) {
      crs[i] = CrsGrading.grade(infused.get(i).crs(), EpisodeRule.DEFAULT).maxGrade();
      icans[i] =
          IcansGrading.grade(
                  infused.get(i).icans(), EpisodeRule.DEFAULT, IcansGrading.DEFAULT_CAPD_BELOW_AGE)
              .maxGrade();
    }
    within(atLeast(crs, 1), crs.length, cal.crsAtLeast(1));
    within(atLeast(crs, 3), crs.length, cal.crsAtLeast(3));
    within(atLeast(icans, 1), icans.length, cal.icansAtLeast(1));
    within(atLeast(icans, 3), icans.length, cal.icansAtLeast(3));
    long toci =
        infused.stream()
            .filter(
                s -> s.crs().treatments().stream().anyMatch(t -> t.agent().equals("tocilizumab")))
            .count();
    within(toci, infused.size(), cal.tocilizumab());
    within(
        infused.stream().filter(s -> s.outcome().responder()).count(),
        infused.size() - infused.stream().filter(s -> toxicDeath(s)).count(),
        cal.response());
  }

  @Test
  void pediatricShareOfBall() {
    SimulatedStudy trial = StudySimulator.simulate(SimIndication.B_ALL, N, 5);
    long children =
        trial.subjects().stream()
            .filter(
                s ->
                    s.subject()
                        .birthDate()
                        .plusYears(18)
                        .isAfter(s.subject().screeningDate().orElseThrow()))
            .count();
    within(children, N, Calibration.of(SimIndication.B_ALL).pediatricShare());
  }

  @Test
  void sameSeedSameTrialOtherSeedOtherTrial() {
    SimulatedStudy a = StudySimulator.simulate(SimIndication.MM, 200, 7);
    SimulatedStudy b = StudySimulator.simulate(SimIndication.MM, 200, 7);
    SimulatedStudy c = StudySimulator.simulate(SimIndication.MM, 200, 8);
    assertThat(a).isEqualTo(b);
    assertThat(a.subjects()).isNotEqualTo(c.subjects());
  }

  @Test
  void aLargerTrialWithTheSameSeedExtendsTheSmallerOne() {
    List<SimulatedSubject> small = StudySimulator.simulate(SimIndication.B_ALL, 30, 9).subjects();
    List<SimulatedSubject> large = StudySimulator.simulate(SimIndication.B_ALL, 90, 9).subjects();
    assertThat(large.subList(0, 30)).isEqualTo(small);
  }

  @Test
  void badSizeAndIndicationAreBilingualErrors() {
    assertThatThrownBy(() -> StudySimulator.simulate(SimIndication.LBCL, 0, 1))
        .isInstanceOfSatisfying(
            CelltrialException.class,
            e -> {
              assertThat(e.detail().render(Lang.EN))
                  .contains("--n: 0 subjects")
                  .contains("1 and 100000");
              assertThat(e.detail().render(Lang.ZH)).contains("受试者数 0");
            });
    assertThatThrownBy(() -> StudySimulator.simulate(SimIndication.LBCL, 100_001, 1))
        .isInstanceOf(CelltrialException.class);
    assertThat(SimIndication.parse("B-ALL")).isEqualTo(SimIndication.B_ALL);
    assertThatThrownBy(() -> SimIndication.parse("cll"))
        .isInstanceOfSatisfying(
            CelltrialException.class,
            e ->
                assertThat(e.detail().render(Lang.EN))
                    .contains("\"cll\"")
                    .contains("b-all, lbcl, mm"));
  }

  private static boolean toxicDeath(SimulatedSubject s) {
    return s.subject().journey().stream()
        .anyMatch(
            e ->
                e instanceof JourneyEvent.Death d
                    && (d.cause().equals("CRS") || d.cause().equals("ICANS")));
  }

  private static long atLeast(int[] grades, int g) {
    long k = 0;
    for (int x : grades) {
      k += x >= g ? 1 : 0;
    }
    return k;
  }

  private static void within(long x, long n, double p) {
    double tolerance = 4 * Math.sqrt(p * (1 - p) / n) + 1e-12;
    assertThat((double) x / n)
        .as("%d of %d against %s", x, n, p)
        .isCloseTo(p, Offset.offset(tolerance));
  }
}
