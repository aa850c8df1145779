package org.celltrial.analysis.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.subject.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The safety generator's realized rates lie within binomial tolerance of its targets (SafetyRates,
 * docs/simulation.md "Safety data"), |x/n − p| ≤ 4 sqrt(p(1 − p)/n). Counted among the infused
 * subjects followed for the whole year (no death, no loss to follow-up), for whom nothing drawn is
 * cut off by the end of follow-up, so the expected share is the target itself; the expected share
 * with a new non-T-cell malignancy within 365 days is 1 − exp(−λ · 365/365.25) for λ per year.
 */
class SafetyCalibrationTest {
  private static final int N = 2000;

  @ParameterizedTest
  @EnumSource(SimIndication.class)
  void realizedRatesMatchTheTargets(SimIndication indication) {
    SafetyRates rates = SafetyRates.of(indication);
    List<Subject> followed =
        StudySimulator.simulate(indication, N, 99).subjects().stream()
            .filter(s -> s.outcome().infused())
            .map(SimulatedSubject::subject)
            .filter(
                s ->
                    s.journey().stream()
                        .noneMatch(
                            e ->
                                e instanceof JourneyEvent.Death
                                    || e instanceof JourneyEvent.LostToFollowUp))
            .toList();
    int n = followed.size();
    assertThat(n).isGreaterThan(800);
    within(followed.stream().filter(s -> !s.infections().isEmpty()).count(), n, rates.infection());
    within(
        followed.stream()
            .filter(
                s ->
                    s.infections().stream()
                        .anyMatch(
                            f -> f.fatal() || f.lifeThreatening() || f.management().ordinal() >= 2))
            .count(),
        n,
        rates.infectionGrade3());
    within(
        count(followed, SafetySimulator.HYPOGAMMAGLOBULINEMIA), n, rates.hypogammaglobulinemia());
    within(count(followed, SafetySimulator.TLS), n, rates.tls());
    within(count(followed, SafetySimulator.IEC_HS), n, rates.iecHs());
    within(
        followed.stream()
            .filter(s -> s.malignancies().stream().anyMatch(m -> m.lineage() != Lineage.T_CELL))
            .count(),
        n,
        1 - Math.exp(-rates.otherMalignancyPer100Py() / 100 * 365 / 365.25));
  }

  private static long count(List<Subject> subjects, String term) {
    return subjects.stream()
        .filter(s -> s.adverseEvents().stream().anyMatch(e -> term.equals(e.term())))
        .count();
  }

  private static void within(long x, long n, double p) {
    double tolerance = 4 * Math.sqrt(p * (1 - p) / n);
    assertThat(Math.abs((double) x / n - p))
        .as("%d / %d vs %s", x, n, p)
        .isLessThanOrEqualTo(tolerance);
  }
}
