package org.celltrial.analysis.simulation;

/**
 * The rates of the safety generator ({@link SafetySimulator}) for one indication, per infused
 * subject unless said otherwise. Sources and the numbers recalled from them are listed in
 * docs/simulation.md ("Safety data"); ✱ there marks a number to re-check against the paper.
 *
 * @param infection at least one infection after infusion (ELIANA 43 %, ZUMA-1 38 %, CARTITUDE-1 58
 *     % ✱)
 * @param infectionGrade3 at least one infection of grade ≥ 3 (ELIANA 24 %, ZUMA-1 23 %, CARTITUDE-1
 *     20 % ✱)
 * @param hypogammaglobulinemia hypogammaglobulinemia reported as an adverse event (ELIANA 43 %:
 *     KYMRIAH US prescribing information 2017, 6.1, most common adverse reactions in the 68 ELIANA
 *     patients, was 40 % recalled; ZUMA-1 15 %, 16 of 108 in the FDA review data, Wat &amp;
 *     Barmettler 2022 Table 1; CARTITUDE-1 12 % ✱)
 * @param tls tumor lysis syndrome (ELIANA 4 %, as in the pooled ELIANA/ENSIGN analysis, Levine
 *     2021; 1 % by design in LBCL and MM)
 * @param iecHs IEC-HS (design 1.5 %, of the order reported by Hines et al. 2023 ✱)
 * @param otherMalignancyPer100Py new non-T-cell malignancies per 100 person-years (design 2.5 ✱)
 * @param tCellMalignancyPer100Py new T-cell malignancies per 100 person-years (design 0.1 ✱)
 */
record SafetyRates(
    double infection,
    double infectionGrade3,
    double hypogammaglobulinemia,
    double tls,
    double iecHs,
    double otherMalignancyPer100Py,
    double tCellMalignancyPer100Py) {

  /** A second infection in a subject who had one (design). */
  static final double SECOND_INFECTION = 0.25;

  /** Share of infections with onset on day 0 to 30 (design, Hill et al. Blood 2018 ✱). */
  static final double EARLY_INFECTION = 0.6;

  /** Share of grade ≥ 3 infections that are life-threatening (grade 4; design). */
  static final double LIFE_THREATENING = 0.15;

  /** Share of grade 1–2 infections treated orally (grade 2; design). */
  static final double ORAL = 0.7;

  /** Organism weights of early infections: bacterial, viral, fungal, other (design ✱). */
  static final double[] EARLY_ORGANISMS = {55, 30, 10, 5};

  /** Organism weights of late infections: bacterial, viral, fungal, other (design ✱). */
  static final double[] LATE_ORGANISMS = {35, 55, 5, 5};

  /** Share of long-term follow-up visits done within ± 14 days of the due date (design). */
  static final double VISIT_DONE = 0.9;

  static SafetyRates of(SimIndication indication) {
    return switch (indication) {
      // Hypogammaglobulinemia 0.43: KYMRIAH USPI (2017) 6.1, ELIANA n = 68 (docs/simulation.md
      // [V2]).
      case B_ALL -> new SafetyRates(0.43, 0.24, 0.43, 0.04, 0.015, 2.5, 0.1);
      case LBCL -> new SafetyRates(0.38, 0.23, 0.15, 0.01, 0.015, 2.5, 0.1);
      case MM -> new SafetyRates(0.58, 0.20, 0.12, 0.01, 0.015, 2.5, 0.1);
    };
  }
}
