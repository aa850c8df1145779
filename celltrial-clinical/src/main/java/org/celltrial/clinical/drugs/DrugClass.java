package org.celltrial.clinical.drugs;

/**
 * Drug classes used by the prior-therapy and bridging rules. An agent may belong to several (e.g.
 * cyclophosphamide is {@link #CHEMOTHERAPY} and {@link #ALKYLATOR}). Membership is data: the
 * versioned drug dictionary ({@code drug-dictionary.json}), never code.
 */
public enum DrugClass {
  /** Proteasome inhibitor (bortezomib, carfilzomib, ixazomib); G-POP-5. */
  PI,
  /** Immunomodulatory drug (thalidomide, lenalidomide, pomalidomide); G-POP-5, G-BR-3. */
  IMID,
  /** Anti-CD38 monoclonal antibody (daratumumab, isatuximab); G-POP-5. */
  ANTI_CD38,
  /** Anti-SLAMF7 monoclonal antibody (elotuzumab). */
  ANTI_SLAMF7,
  /** Anti-CD20 monoclonal antibody (rituximab, obinutuzumab); immunochemotherapy, G-POP-4. */
  ANTI_CD20,
  /** Naked anti-CD19 monoclonal antibody (tafasitamab). */
  ANTI_CD19,
  /** BCR-ABL1 tyrosine kinase inhibitor, with a generation; G-POP-3. */
  TKI,
  /** Bruton tyrosine kinase inhibitor. */
  BTK_INHIBITOR,
  /** BCL2 inhibitor (venetoclax). */
  BCL2_INHIBITOR,
  /** Phosphoinositide 3-kinase inhibitor. */
  PI3K_INHIBITOR,
  /** EZH2 inhibitor (tazemetostat). */
  EZH2_INHIBITOR,
  /** Histone deacetylase inhibitor (chidamide). */
  HDAC_INHIBITOR,
  /** Exportin-1 inhibitor (selinexor). */
  XPO1_INHIBITOR,
  /** Any cytotoxic chemotherapy; the sub-classes below are also listed when they apply. */
  CHEMOTHERAPY,
  /** Alkylating agent; lowers blood counts and can harm apheresis and expansion (G-BR-3). */
  ALKYLATOR,
  /** Anthracycline; required exposure in the SCHOLAR-1 population. */
  ANTHRACYCLINE,
  /** Antimetabolite (cytarabine, methotrexate, fludarabine, gemcitabine). */
  ANTIMETABOLITE,
  /** Platinum compound. */
  PLATINUM,
  /** Vinca alkaloid. */
  VINCA_ALKALOID,
  /** Topoisomerase inhibitor (etoposide). */
  TOPOISOMERASE_INHIBITOR,
  /** Asparaginase preparation. */
  ASPARAGINASE,
  /** Corticosteroid. */
  CORTICOSTEROID,
  /** Any therapeutic monoclonal antibody (naked, conjugated or bispecific). */
  MONOCLONAL_ANTIBODY,
  /** Antibody-drug conjugate. */
  ADC,
  /** Bispecific T-cell engager. */
  BISPECIFIC,
  /** Cell therapy (CAR-T, CAR-NK, TCR-T). */
  CELL_THERAPY,
  /** Radiotherapy (not systemic: not a line of systemic therapy). */
  RADIOTHERAPY
}
