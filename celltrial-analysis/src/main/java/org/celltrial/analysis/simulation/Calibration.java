package org.celltrial.analysis.simulation;

/**
 * The rates a synthetic trial is calibrated to; each value and its source are listed in
 * docs/simulation.md.
 *
 * @param screenFailure share of screened subjects whose history fails eligibility (a design choice)
 * @param pediatricShare share of subjects younger than 18
 * @param maleShare share of male subjects
 * @param manufacturingFailure share of enrolled subjects with a manufacturing failure
 * @param reapheresis share of manufacturing failures followed by a second leukapheresis
 * @param deathBeforeInfusion share of enrolled subjects who die before infusion
 * @param progressionBeforeInfusion share of enrolled subjects withdrawn for progression
 * @param crsGrade probability of maximum CRS grade 0 to 5 (ASTCT)
 * @param crsOnsetDays relative weight of CRS onset on day 1, 2, …
 * @param icansGrade probability of maximum ICANS grade 0 to 5 (ASTCT)
 * @param tocilizumab share of infused subjects given tocilizumab
 * @param prolongedNeutropenia share of infused subjects whose neutrophils recover after day 28
 * @param response share of infused subjects who respond (kept internal, not written)
 * @param hsctAfterResponse share of responders who proceed to allogeneic HSCT (B-ALL)
 * @param nonRelapseDeath share of infused subjects dying of causes other than disease in a year
 * @param relapseAfterResponse share of responders relapsing within the first year
 * @param lostToFollowUp share of infused subjects lost to follow-up within the year
 * @param missedVisit probability that one scheduled observation is missed
 */
public record Calibration(
    double screenFailure,
    double pediatricShare,
    double maleShare,
    double manufacturingFailure,
    double reapheresis,
    double deathBeforeInfusion,
    double progressionBeforeInfusion,
    double[] crsGrade,
    double[] crsOnsetDays,
    double[] icansGrade,
    double tocilizumab,
    double prolongedNeutropenia,
    double response,
    double hsctAfterResponse,
    double nonRelapseDeath,
    double relapseAfterResponse,
    double lostToFollowUp,
    double missedVisit) {

  /** Copies the arrays. */
  public Calibration {
    crsGrade = crsGrade.clone();
    crsOnsetDays = crsOnsetDays.clone();
    icansGrade = icansGrade.clone();
  }

  /** The calibration of an indication (docs/simulation.md). */
  public static Calibration of(SimIndication indication) {
    return switch (indication) {
      // ELIANA (Maude 2018): 92 enrolled, 7 manufacturing failures, 7 deaths before infusion;
      // CRS 77% (grade 3 21%, grade 4 25%); neurologic events 40% (grade 3 13%); tocilizumab
      // 37%; remission 81%; 8 of 61 responders to HSCT in remission.
      case B_ALL ->
          new Calibration(
              0.05,
              0.5,
              0.57,
              0.076,
              0.5,
              0.076,
              0.03,
              new double[] {0.23, 0.15, 0.16, 0.21, 0.24, 0.01},
              new double[] {0.2, 0.25, 0.2, 0.15, 0.1, 0.06, 0.04},
              new double[] {0.60, 0.15, 0.12, 0.10, 0.03, 0.0},
              0.37,
              0.25,
              0.81,
              0.13,
              0.05,
              0.45,
              0.02,
              0.03);
      // ZUMA-1 (Neelapu 2017): 111 enrolled, 110 manufactured, 101 infused; CRS 93% (>= 3: 13%);
      // neurologic events 64% (>= 3: 28%); tocilizumab 43%; ORR 82%.
      case LBCL ->
          new Calibration(
              0.05,
              0.0,
              0.67,
              0.009,
              0.5,
              0.03,
              0.05,
              new double[] {0.07, 0.40, 0.40, 0.09, 0.03, 0.01},
              new double[] {0.3, 0.3, 0.2, 0.1, 0.06, 0.04},
              new double[] {0.36, 0.18, 0.18, 0.22, 0.06, 0.0},
              0.43,
              0.30,
              0.82,
              0.0,
              0.04,
              0.40,
              0.02,
              0.03);
      // CARTITUDE-1 (Berdeja 2021): 113 enrolled, 97 infused; CRS 95% (grade 3-4 4%, one grade
      // 5), median onset day 7; ICANS 17% (>= 3: 2%); tocilizumab 69%; ORR 97%.
      case MM ->
          new Calibration(
              0.05,
              0.0,
              0.59,
              0.01,
              0.5,
              0.045,
              0.05,
              new double[] {0.05, 0.50, 0.40, 0.03, 0.01, 0.01},
              new double[] {0.02, 0.03, 0.05, 0.08, 0.12, 0.18, 0.22, 0.15, 0.09, 0.06},
              new double[] {0.83, 0.10, 0.05, 0.02, 0.0, 0.0},
              0.69,
              0.30,
              0.97,
              0.0,
              0.06,
              0.30,
              0.02,
              0.03);
    };
  }

  /** Probability of CRS of at least the given grade. */
  public double crsAtLeast(int grade) {
    return tail(crsGrade, grade);
  }

  /** Probability of ICANS of at least the given grade. */
  public double icansAtLeast(int grade) {
    return tail(icansGrade, grade);
  }

  /**
   * Probability of tocilizumab for a grade 1-3 CRS episode, chosen so that the overall share equals
   * {@link #tocilizumab()} when every grade ≥ 4 episode is treated: {@code (t − P(G ≥ 4)) / (P(G ≥
   * 1) − P(G ≥ 4))}.
   */
  public double tocilizumabBelowGrade4() {
    return (tocilizumab - crsAtLeast(4)) / (crsAtLeast(1) - crsAtLeast(4));
  }

  private static double tail(double[] p, int from) {
    double s = 0;
    for (int g = from; g < p.length; g++) {
      s += p[g];
    }
    return s;
  }
}
