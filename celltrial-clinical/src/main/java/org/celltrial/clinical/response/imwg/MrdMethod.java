package org.celltrial.clinical.response.imwg;

/** Assay used for minimal residual disease. */
public enum MrdMethod {
  /** Next-generation flow (NGF, EuroFlow) or multiparameter flow cytometry. */
  FLOW,
  /** Next-generation sequencing (clonoSEQ or similar). */
  NGS,
  /** Allele-specific PCR. */
  PCR
}
