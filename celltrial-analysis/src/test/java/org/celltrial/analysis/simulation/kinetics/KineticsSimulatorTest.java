package org.celltrial.analysis.simulation.kinetics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.stats.kinetics.BlqAfterPeak;
import org.celltrial.stats.kinetics.NcaSettings;
import org.celltrial.stats.kinetics.NonCompartmental;
import org.celltrial.stats.kinetics.Persistence;
import org.celltrial.stats.kinetics.SubjectNca;
import org.junit.jupiter.api.Test;

/**
 * The synthetic transgene profiles, analysed with the NCA engine as the report does, reproduce the
 * published values they are calibrated to (docs/simulation.md, "Cellular kinetics") within 15 %.
 */
class KineticsSimulatorTest {
  private static final NcaSettings NCA =
      new NcaSettings(28, 0, BlqAfterPeak.EXCLUDE, new double[] {84});

  @Test
  void ballMatchesTisagenlecleucelInEliana() {
    List<Analysed> a = analyse(SimIndication.B_ALL);
    // Mueller 2018 / Kymriah USPI: responders 34,700 (AUC0-28 318,000), non-responders 20,000.
    assertWithin(geoMean(a, x -> x.responder, SubjectNca::cmax), 34_700);
    assertWithin(geoMean(a, x -> !x.responder, SubjectNca::cmax), 20_000);
    assertWithin(geoMean(a, x -> x.responder, SubjectNca::aucEnd), 318_000);
    assertThat(medianTmax(a)).isBetween(9.0, 11.0);
  }

  @Test
  void lbclMatchesTisagenlecleucelInJuliet() {
    List<Analysed> a = analyse(SimIndication.LBCL);
    assertWithin(geoMean(a, x -> x.responder, SubjectNca::cmax), 5_800);
    assertWithin(geoMean(a, x -> !x.responder, SubjectNca::cmax), 5_800);
    assertThat(medianTmax(a)).isBetween(8.0, 11.0);
  }

  @Test
  void mmMatchesCiltacabtageneInCartitude1() {
    List<Analysed> a = analyse(SimIndication.MM);
    // Cmax mean 48,692, SD 27,174: log-normal geometric mean 42,500; Tmax median 12.7 days.
    assertWithin(geoMean(a, x -> true, SubjectNca::cmax), 42_500);
    assertThat(medianTmax(a)).isBetween(10.0, 14.0);
    // Below the LLOQ at a median of 100 days: about half still detectable at month 3.
    long evaluable =
        a.stream().filter(x -> x.nca.persistence().get(0) != Persistence.NOT_EVALUABLE).count();
    long detectable =
        a.stream().filter(x -> x.nca.persistence().get(0) == Persistence.DETECTABLE).count();
    assertThat((double) detectable / evaluable).isBetween(0.45, 0.75);
  }

  @Test
  void sameSeedSameSamplesOtherSeedOtherSamples() {
    SimulatedStudy a = StudySimulator.simulate(SimIndication.LBCL, 40, 5);
    SimulatedStudy b = StudySimulator.simulate(SimIndication.LBCL, 40, 5);
    SimulatedStudy c = StudySimulator.simulate(SimIndication.LBCL, 40, 6);
    assertThat(KineticsSimulator.simulate(a)).isEqualTo(KineticsSimulator.simulate(b));
    assertThat(KineticsSimulator.simulate(a)).isNotEqualTo(KineticsSimulator.simulate(c));
  }

  @Test
  void everyInfusedSubjectHasAScheduledProfile() {
    SimulatedStudy trial = StudySimulator.simulate(SimIndication.B_ALL, 200, 3);
    List<KineticsRecord> files = KineticsSimulator.simulate(trial);
    assertThat(files).hasSize((int) trial.count(o -> o.infused()));
    int[] nominal = {0, 1, 4, 7, 10, 14, 21, 28, 61, 91, 183, 274, 365};
    for (KineticsRecord r : files) {
      assertThat(r.samples().get(0)).isEqualTo(new KineticsRecord.Sample(0, null));
      int last = -1;
      for (KineticsRecord.Sample s : r.samples()) {
        assertThat(s.day()).isGreaterThan(last).isLessThanOrEqualTo(365);
        last = s.day();
        int day = s.day();
        assertThat(
                java.util.Arrays.stream(nominal)
                    .anyMatch(d -> Math.abs(d - day) <= (d > 28 ? 7 : 0)))
            .as("day %d on the schedule", day)
            .isTrue();
        assertThat(s.copies())
            .satisfiesAnyOf(
                c -> assertThat(c).isNull(), c -> assertThat(c).isGreaterThanOrEqualTo(50L));
      }
      assertThat(r.csv()).startsWith("subject,day,copies\n" + r.id() + ",0,BLQ\n");
    }
  }

  /**
   * The same subject and random draws at the lowest and the highest of three dose levels: every
   * level lower by 1.5² = 2.25 (two steps), up to the rounding to whole copies.
   */
  @Test
  void eachDoseLevelBelowTheHighestLowersTheLevelsByTheDoseStep() {
    SimulatedStudy trial = StudySimulator.simulate(SimIndication.B_ALL, 20, 9);
    SimulatedSubject s =
        trial.subjects().stream().filter(x -> x.outcome().infused()).findFirst().orElseThrow();
    List<String> levels = List.of("DL1", "DL2", "DL3");
    KineticsRecord low =
        KineticsSimulator.subject(
            KineticsModel.of(trial.indication()),
            levels,
            dosed(s, "DL1"),
            new java.util.SplittableRandom(1));
    KineticsRecord high =
        KineticsSimulator.subject(
            KineticsModel.of(trial.indication()),
            levels,
            dosed(s, "DL3"),
            new java.util.SplittableRandom(1));
    KineticsRecord none =
        KineticsSimulator.subject(
            KineticsModel.of(trial.indication()), levels, s, new java.util.SplittableRandom(1));
    assertThat(none).isEqualTo(high);
    assertThat(low.samples()).hasSameSizeAs(high.samples());
    int compared = 0;
    for (int i = 0; i < low.samples().size(); i++) {
      Long a = low.samples().get(i).copies();
      Long b = high.samples().get(i).copies();
      if (a != null && a > 1000) {
        assertThat((double) b / a).isCloseTo(2.25, org.assertj.core.data.Offset.offset(0.01));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3);
  }

  private static SimulatedSubject dosed(SimulatedSubject s, String level) {
    org.celltrial.clinical.subject.Subject x = s.subject();
    return new SimulatedSubject(
        new org.celltrial.clinical.subject.Subject(
            x.id(),
            x.birthDate(),
            x.ageYears(),
            x.sex(),
            x.diagnosis(),
            x.subtype(),
            x.diagnosisDate(),
            x.cytogenetics(),
            x.transplantEligible(),
            x.history(),
            x.journey(),
            level,
            x.adverseEvents(),
            x.infections(),
            x.malignancies(),
            x.followUpVisits()),
        s.crs(),
        s.icans(),
        s.counts(),
        s.outcome());
  }

  private record Analysed(boolean responder, SubjectNca nca) {}

  private static List<Analysed> analyse(SimIndication indication) {
    SimulatedStudy trial = StudySimulator.simulate(indication, 2000, 11);
    List<KineticsRecord> files = KineticsSimulator.simulate(trial);
    List<Analysed> out = new ArrayList<>();
    int k = 0;
    for (SimulatedSubject s : trial.subjects()) {
      if (s.outcome().infused()) {
        KineticsRecord r = files.get(k++);
        assertThat(r.id()).isEqualTo(s.subject().id());
        double[] t = r.samples().stream().mapToDouble(KineticsRecord.Sample::day).toArray();
        double[] c =
            r.samples().stream().mapToDouble(x -> x.copies() == null ? 0 : x.copies()).toArray();
        out.add(new Analysed(s.outcome().responder(), NonCompartmental.analyse(t, c, NCA)));
      }
    }
    return out;
  }

  private static double geoMean(
      List<Analysed> a,
      Predicate<Analysed> in,
      java.util.function.Function<SubjectNca, Double> value) {
    return Math.exp(
        a.stream()
            .filter(in)
            .map(x -> value.apply(x.nca))
            .filter(v -> v != null && v > 0)
            .mapToDouble(Math::log)
            .average()
            .orElseThrow());
  }

  private static double medianTmax(List<Analysed> a) {
    double[] t =
        a.stream()
            .filter(x -> x.nca.tmax() != null)
            .mapToDouble(x -> x.nca.tmax())
            .sorted()
            .toArray();
    return t[t.length / 2];
  }

  private static void assertWithin(double observed, double target) {
    assertThat(observed).isBetween(target * 0.85, target * 1.15);
  }
}
