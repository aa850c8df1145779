package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each bad input is a bad-input error naming the option, the value and the rule, in both languages.
 */
class DoseInputTest {
  private static final double[] DOSES = {0.5, 1, 2, 5};
  private static final double[] TOX = {0.05, 0.12, 0.3, 0.5};

  private static DoseFindingDesign boin(double target, double[] doses, int cohort, int maxN) {
    return new DoseFindingDesign(DoseMethod.BOIN, target, doses, "", cohort, maxN, null);
  }

  @Test
  void targetMustBeStrictlyBetweenZeroAndOne() {
    expect(() -> boin(-0.5, DOSES, 3, 30), "dose.target", "--target", "-0.5");
    expect(() -> boin(1.5, DOSES, 3, 30), "dose.target", "--target", "1.5");
    expect(() -> boin(0, DOSES, 3, 30), "dose.target", "--target", "0");
    expect(() -> Boin.of(Double.NaN), "dose.target", "--target", "NaN");
    assertThat(boin(0.999, DOSES, 3, 30).target()).isEqualTo(0.999);
  }

  @Test
  void dosesMustBePositiveAndStrictlyIncreasing() {
    expect(
        () -> boin(0.3, new double[] {0.5, 2, 1.5}, 3, 30),
        "dose.doses.increasing",
        "--doses",
        "1.5");
    expect(
        () -> boin(0.3, new double[] {1.25, 1.25}, 3, 30),
        "dose.doses.increasing",
        "--doses",
        "1.25");
    expect(
        () -> boin(0.3, new double[] {-0.5, 1}, 3, 30), "dose.doses.positive", "--doses", "-0.5");
    expect(() -> boin(0.3, new double[0], 3, 30), "dose.doses.count", "--doses", "0");
  }

  @Test
  void cohortFromOneToSixAndThreeForThreePlusThree() {
    expect(() -> boin(0.3, DOSES, 0, 30), "dose.cohort", "--cohort", "0");
    expect(() -> boin(0.3, DOSES, 7, 30), "dose.cohort", "--cohort", "7");
    assertThat(boin(0.3, DOSES, 6, 30).cohort()).isEqualTo(6);
    expect(
        () -> new DoseFindingDesign(DoseMethod.THREE_PLUS_THREE, 0.3, DOSES, "", 2, 30, null),
        "dose.threePlusThree.cohort",
        "--cohort",
        "2");
    expect(() -> boin(0.3, DOSES, 3, 2), "dose.maxN", "--max-n", "2");
  }

  @Test
  void trueToxMustBeProbabilitiesOnePerDose() {
    DoseFindingDesign d = boin(0.3, DOSES, 3, 30);
    expect(
        () -> DoseSimulator.simulate(d, new double[] {0.1, 1.2, 0.3, 0.5}, 10, 1, 1, x -> {}),
        "dose.trueTox.range",
        "--true-tox",
        "1.2");
    expect(
        () -> DoseSimulator.simulate(d, new double[] {0.1, -0.01, 0.3, 0.5}, 10, 1, 1, x -> {}),
        "dose.trueTox.range",
        "--true-tox",
        "-0.01");
    expect(
        () -> DoseSimulator.simulate(d, new double[] {0.1, 0.2}, 10, 1, 1, x -> {}),
        "dose.trueTox.count",
        "--true-tox",
        "2");
    expect(() -> DoseSimulator.simulate(d, TOX, 0, 1, 1, x -> {}), "dose.trials", "--trials", "0");
    expect(
        () -> DoseSimulator.simulate(d, TOX, 10, 1, 0, x -> {}), "dose.threads", "--threads", "0");
  }

  @Test
  void crmNeedsAnIncreasingSkeletonOnePerDose() {
    expect(
        () -> new DoseFindingDesign(DoseMethod.CRM, 0.3, DOSES, "", 3, 30, null),
        "dose.skeleton.missing",
        "--skeleton",
        "");
    expect(
        () ->
            new DoseFindingDesign(
                DoseMethod.CRM, 0.3, DOSES, "", 3, 30, new double[] {0.1, 0.2, 0.15, 0.4}),
        "dose.skeleton.increasing",
        "--skeleton",
        "0.15");
    expect(
        () -> new DoseFindingDesign(DoseMethod.CRM, 0.3, DOSES, "", 3, 30, new double[] {0.1, 1}),
        "dose.skeleton.count",
        "--skeleton",
        "2");
  }

  @Test
  void unknownMethodAndImpossibleCounts() {
    expect(() -> DoseMethod.parse("mtpi"), "dose.method", "--method", "mtpi");
    assertThat(DoseMethod.parse("BOIN")).isEqualTo(DoseMethod.BOIN);
    DecisionTable t = Boin.of(0.3).table(30);
    expect(() -> t.decide(3, 4), "dose.dlt", "--dlt", "4");
    expect(() -> t.decide(0, 0), "dose.n", "--n", "0");
    expect(() -> t.decide(31, 0), "dose.n.undefined", "--n", "31");
  }

  private static void expect(Executable call, String key, String option, String value) {
    CelltrialException e = null;
    try {
      call.execute();
    } catch (CelltrialException thrown) {
      e = thrown;
    } catch (Throwable other) {
      throw new AssertionError("expected " + key, other);
    }
    assertThat(e).as("expected an error " + key).isNotNull();
    assertThat(e.detail().key()).isEqualTo(key);
    String en = e.render(Lang.EN);
    String zh = e.render(Lang.ZH);
    assertThat(en).contains(option).contains(value);
    assertThat(zh).contains(option).contains(value).isNotEqualTo(en);
  }
}
