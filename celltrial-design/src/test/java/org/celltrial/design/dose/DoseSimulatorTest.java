package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Invariants of the simulator and of the decision rules, for every method. */
class DoseSimulatorTest {
  private static final double[] DOSES = {0.5, 1, 2, 5};
  private static final double[] TRUE_TOX = {0.05, 0.12, 0.3, 0.5};
  private static final double[] SKELETON = {0.08, 0.16, 0.3, 0.45};

  static DoseFindingDesign design(DoseMethod m, int cohort, int maxN) {
    return new DoseFindingDesign(m, 0.3, DOSES, "x10^6 cells/kg", cohort, maxN, SKELETON);
  }

  @Property(tries = 12)
  void sameSeedSameResultWhateverTheThreadCount(
      @ForAll DoseMethod method,
      @ForAll @LongRange(min = -1000, max = 1000) long seed,
      @ForAll @IntRange(min = 2, max = 5) int threads) {
    int cohort = method == DoseMethod.THREE_PLUS_THREE ? 3 : 2;
    DoseFindingDesign d = design(method, cohort, 18);
    int trials = method == DoseMethod.CRM ? 300 : 1500;
    OperatingCharacteristics one = DoseSimulator.simulate(d, TRUE_TOX, trials, seed, 1, x -> {});
    OperatingCharacteristics many =
        DoseSimulator.simulate(d, TRUE_TOX, trials, seed, threads, x -> {});
    assertThat(many).usingRecursiveComparison().isEqualTo(one);
  }

  @Property(tries = 20)
  void selectionPercentagesSumTo100(
      @ForAll DoseMethod method,
      @ForAll @DoubleRange(min = 0, max = 1) double p1,
      @ForAll @DoubleRange(min = 0, max = 1) double p2,
      @ForAll @DoubleRange(min = 0, max = 1) double p3,
      @ForAll @DoubleRange(min = 0, max = 1) double p4) {
    double[] p = {p1, p2, p3, p4};
    java.util.Arrays.sort(p);
    OperatingCharacteristics oc =
        DoseSimulator.simulate(design(method, 3, 24), p, 200, 7, 2, x -> {});
    double sum = oc.percentNone();
    for (double s : oc.percentSelected()) {
      sum += s;
    }
    assertThat(sum).isCloseTo(100, within(1e-9));
    double patients = 0;
    for (double n : oc.meanPatients()) {
      patients += n;
    }
    assertThat(patients).isCloseTo(oc.meanSampleSize(), within(1e-9));
    assertThat(oc.meanSampleSize()).isLessThanOrEqualTo(24);
  }

  @Test
  void allDosesVeryToxicStopsNearlyEveryTrialEarly() {
    double[] toxic = {0.8, 0.85, 0.9, 0.95};
    for (DoseMethod m : DoseMethod.values()) {
      OperatingCharacteristics oc =
          DoseSimulator.simulate(design(m, 3, 30), toxic, 2000, 3, 2, x -> {});
      assertThat(oc.percentEarlyStop()).as(m.label()).isGreaterThan(95);
      assertThat(oc.trueMtd()).isEqualTo(-1);
      assertThat(oc.percentPatientsAboveMtd()).isEqualTo(100);
    }
  }

  @Test
  void safeDosesAreNeverStoppedEarlyAndTheTopDoseIsMostOftenChosen() {
    double[] safe = {0.01, 0.02, 0.03, 0.05};
    for (DoseMethod m : DoseMethod.values()) {
      OperatingCharacteristics oc =
          DoseSimulator.simulate(design(m, 3, 30), safe, 2000, 5, 2, x -> {});
      assertThat(oc.percentEarlyStop()).as(m.label()).isLessThan(1);
      assertThat(oc.percentSelected()[3]).as(m.label()).isGreaterThan(80);
      assertThat(oc.percentSelectedAboveMtd()).isZero();
    }
  }

  @Test
  void durationCountsTwoWindowsForTheFirstCohortAtEachNewDose() {
    double[] none = {0, 0, 0, 0};
    // BOIN, cohorts of 3, 30 patients, no DLT: doses 1-4 are new (2 windows each), then 6 more
    // cohorts stay at dose 4 (1 window each): 14 windows in every trial.
    OperatingCharacteristics boin =
        DoseSimulator.simulate(design(DoseMethod.BOIN, 3, 30), none, 50, 1, 2, x -> {});
    assertThat(boin.meanDurationWindows()).isEqualTo(14);
    assertThat(boin.meanPatients()).containsExactly(3, 3, 3, 21);
    // 3+3, no DLT: 3 at each dose (2 windows each), the top dose expanded to 6 (1 window): 9.
    OperatingCharacteristics threeThree =
        DoseSimulator.simulate(design(DoseMethod.THREE_PLUS_THREE, 3, 30), none, 50, 1, 2, x -> {});
    assertThat(threeThree.meanDurationWindows()).isEqualTo(9);
    assertThat(threeThree.meanPatients()).containsExactly(3, 3, 3, 6);
    assertThat(threeThree.percentSelected()[3]).isEqualTo(100);
    // Cohorts of 1: the sentinel rule adds nothing; every patient is one window.
    OperatingCharacteristics single =
        DoseSimulator.simulate(design(DoseMethod.I3PLUS3, 1, 10), none, 50, 1, 2, x -> {});
    assertThat(single.meanDurationWindows()).isEqualTo(10);
    // Every patient has a DLT: BOIN eliminates dose 1 after its first cohort (3/3), 2 windows.
    OperatingCharacteristics toxic =
        DoseSimulator.simulate(
            design(DoseMethod.BOIN, 3, 30), new double[] {1, 1, 1, 1}, 50, 1, 2, x -> {});
    assertThat(toxic.meanDurationWindows()).isEqualTo(2);
    assertThat(toxic.percentEarlyStop()).isEqualTo(100);
  }

  @Property
  void intervalDecisionsAreMonotoneInTheDltCount(
      @ForAll @DoubleRange(min = 0.05, max = 0.6) double target,
      @ForAll @IntRange(min = 1, max = 60) int n) {
    for (DecisionTable.Rule rule : new DecisionTable.Rule[] {Boin.of(target), I3Plus3.of(target)}) {
      for (int y = 1; y <= n; y++) {
        assertThat(rule.decide(n, y)).isGreaterThanOrEqualTo(rule.decide(n, y - 1));
      }
    }
  }

  @Property(tries = 40)
  void crmDecisionsAreMonotoneInTheDltCountAtTheCurrentDose(
      @ForAll @IntRange(min = 0, max = 3) int current,
      @ForAll @IntRange(min = 1, max = 9) int nCurrent,
      @ForAll @IntRange(min = 0, max = 3) int belowDlt) {
    Crm crm = Crm.of(0.3, SKELETON);
    int[] n = new int[4];
    int[] y = new int[4];
    for (int j = 0; j < current; j++) {
      n[j] = 3;
      y[j] = Math.min(belowDlt, 1);
    }
    n[current] = nCurrent;
    Crm.CrmDecision previous = null;
    for (int dlt = 0; dlt <= nCurrent; dlt++) {
      y[current] = dlt;
      Crm.CrmDecision d = crm.decide(current, n, y);
      if (previous != null) {
        assertThat(d.decision()).isGreaterThanOrEqualTo(previous.decision());
      }
      previous = d;
    }
  }
}
