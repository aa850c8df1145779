package org.celltrial.analysis.cdisc.sdtm;

import java.util.Map;

/**
 * The terms celltrial writes and expects in SDTM category, test-code and decode variables
 * (docs/cdisc.md, "SDTM"). CDISC controlled terminology where it has the term (SEX, AGEU, NY, OUT,
 * TPHASE, LBTESTCD, VSTESTCD, RSTESTCD, EVAL), sponsor terms otherwise.
 */
final class Terms {
  private Terms() {}

  static final String CAT_INFUSION = "CAR-T INFUSION";
  static final String CAT_LYMPHODEPLETION = "LYMPHODEPLETING CHEMOTHERAPY";
  static final String CAT_BRIDGING = "BRIDGING THERAPY";
  static final String CAT_PRIOR = "PRIOR ANTI-CANCER THERAPY";
  static final String CAT_SUBSEQUENT = "SUBSEQUENT ANTI-CANCER THERAPY";
  static final String CAT_PRIOR_HSCT = "PRIOR HSCT";
  static final String CAT_JOURNEY = "CAR-T PROCESS";
  static final String CAT_HSCT_AFTER = "HSCT AFTER CAR-T";
  static final String PR_LEUKAPHERESIS = "LEUKAPHERESIS";
  static final String PR_TUMOR = "TUMOR ASSESSMENT";
  static final String NO_AGENT = "UNSPECIFIED";
  static final String PRODUCT = "CAR-T CELL PRODUCT";

  static final String DS_MILESTONE = "PROTOCOL MILESTONE";
  static final String DS_EVENT = "DISPOSITION EVENT";
  static final String DS_OTHER = "OTHER EVENT";
  static final String DS_SCREENED = "SCREENED";
  static final String DS_ENROLLED = "ENROLLED";
  static final String DS_RELEASED = "PRODUCT RELEASED";
  static final String DS_MANUFACTURING_FAILURE = "MANUFACTURING FAILURE";
  static final String DS_DEATH = "DEATH";
  static final String DS_LOST = "LOST TO FOLLOW-UP";

  static final String AE_CRS = "CRS";
  static final String AE_ICANS = "ICANS";
  static final String AE_OTHER = "ADVERSE EVENT";
  static final String AE_INFECTION = "INFECTION";
  static final String AE_MALIGNANCY = "NEW MALIGNANCY";
  static final String CRS_TERM = "Cytokine release syndrome";
  static final String ICANS_TERM = "Immune effector cell-associated neurotoxicity syndrome";
  static final String RECOVERED = "RECOVERED/RESOLVED";
  static final String NOT_RECOVERED = "NOT RECOVERED/NOT RESOLVED";
  static final String FATAL = "FATAL";
  static final String OCCUR = "OCCUR";
  static final String OCCUR_TEST = "Occurrence Indicator";

  static final String ARM_SCREEN_FAILURE = "SCRNFAIL";
  static final String ARM_SINGLE = "CART";
  static final String ARM_NOT_TREATED = "NOTTRT";

  static final String OVERALL = "OVRLRESP";
  static final String BEST = "BESTRSP";
  static final String INVESTIGATOR = "INVESTIGATOR";
  static final String IRC = "INDEPENDENT ASSESSOR";
  static final String FOLLOW_UP_VISIT = "LONG-TERM FOLLOW-UP";

  /** FA objects of the graded syndromes. */
  static final Map<String, String> FA_OBJECT =
      Map.of(AE_CRS, "CYTOKINE RELEASE SYNDROME", AE_ICANS, "ICANS");

  /** Test codes (CDISC CT) and test names of each findings domain. */
  static final Map<String, Map<String, String>> TESTS =
      Map.of(
          "LB",
          Map.ofEntries(
              Map.entry("NEUT", "Neutrophils"),
              Map.entry("PLAT", "Platelets"),
              Map.entry("HGB", "Hemoglobin"),
              Map.entry("LYM", "Lymphocytes"),
              Map.entry("WBC", "Leukocytes"),
              Map.entry(Terms.MRD, "Minimal Residual Disease"),
              Map.entry("IGG", "Immunoglobulin G"),
              Map.entry("URATE", "Urate"),
              Map.entry("K", "Potassium"),
              Map.entry("PHOS", "Phosphate"),
              Map.entry("CA", "Calcium")),
          "VS",
          Map.of("TEMP", "Temperature"),
          "RS",
          Map.of(OVERALL, "Overall Response", BEST, "Best Overall Response"),
          "FA",
          Map.of(
              OCCUR,
              OCCUR_TEST,
              "TLSSTART",
              "Start of Therapy",
              "CHILD",
              "Paediatric Limits Apply",
              "URATEULN",
              "Uric Acid ULN for Age",
              "CREATULN",
              "Creatinine Times ULN",
              "ARRHYGR",
              "Cairo-Bishop Arrhythmia Grade",
              "SEIZGR",
              "Cairo-Bishop Seizure Grade"),
          "PC",
          Map.of(Terms.CAR_COPIES, "CAR Transgene Copies"));

  /** LBTESTCD of a minimal-residual-disease sample. */
  static final String MRD = "MRD";

  /** PCTESTCD of the CAR transgene level by qPCR. */
  static final String CAR_COPIES = "CARTVCN";

  /** celltrial's count test names ({@code CountObservation.test}) by LBTESTCD. */
  static final Map<String, String> COUNT_TEST =
      Map.of("NEUT", "anc", "PLAT", "plt", "HGB", "hgb", "LYM", "alc", "WBC", "wbc");

  /** The LBTESTCD of a count test. */
  static String lbTestCode(String test) {
    return COUNT_TEST.entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(test))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(test == null ? null : test.toUpperCase(java.util.Locale.ROOT));
  }

  /** Trial phase (CDISC CT TPHASE) by the study model's phase name. */
  static final Map<String, String> PHASE =
      Map.of(
          "PHASE_1", "PHASE I TRIAL",
          "PHASE_1_2", "PHASE I/II TRIAL",
          "PHASE_2", "PHASE II TRIAL",
          "PHASE_3", "PHASE III TRIAL");
}
