package org.celltrial.analysis.cdisc.sdtm;

import java.util.Map;

/**
 * The terms celltrial writes and expects in SDTM category, test-code and decode variables
 * (docs/cdisc.md, "SDTM"; what each term is in CDISC controlled terminology: docs/cdisc-ct.md and
 * the test excerpt {@code sdtm-ct-excerpt.csv}). CDISC CT submission values where the codelist has
 * the concept (SEX, AGEU, NY, OUT, DSCAT, NCOMPLT, PROTMLST, TPHASE, TSPARMCD, LBTESTCD, VSTESTCD,
 * VSRESU, RSTESTCD, EVAL), sponsor terms only in extensible codelists or where there is no
 * codelist. Terms celltrial wrote before it followed CT ({@code *_BEFORE_CT}) are still read.
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

  /** PROTMLST C161417 "ENTERED INTO TRIAL" (CT 2025); celltrial wrote "ENROLLED" before. */
  static final String DS_ENROLLED = "ENTERED INTO TRIAL";

  static final String DS_ENROLLED_BEFORE_CT = "ENROLLED";
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

  /** RSTESTCD of the best overall response, as the SDTMIG RS examples spell it. */
  static final String BEST = "BESTRESP";

  static final String BEST_BEFORE_CT = "BESTRSP";
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

  /** Test codes celltrial wrote before it followed CT, still read (with their test names). */
  static final Map<String, Map<String, String>> TESTS_BEFORE_CT =
      Map.of("RS", Map.of(BEST_BEFORE_CT, "Best Overall Response"));

  /** LBTESTCD of a minimal-residual-disease sample. */
  static final String MRD = "MRD";

  /** EXDOSU: UNIT C187669 "Therapeutic Cells"; celltrial wrote "CELLS" before. */
  static final String CELLS = "Therapeutic Cells";

  static final String CELLS_BEFORE_CT = "CELLS";

  /** EXDOSU per kilogram: sponsor unit (UNIT is extensible); celltrial wrote "CELLS/kg" before. */
  static final String CELLS_PER_KG = "Therapeutic Cells/kg";

  static final String CELLS_PER_KG_BEFORE_CT = "CELLS/kg";

  /** PCORRESU of the CAR transgene level: UNIT C126079; celltrial wrote "copies/ug gDNA" before. */
  static final String COPIES_PER_UG = "copies/ug";

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
