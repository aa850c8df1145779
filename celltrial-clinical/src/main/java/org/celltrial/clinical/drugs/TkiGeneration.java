package org.celltrial.clinical.drugs;

/** Generation of a BCR-ABL1 tyrosine kinase inhibitor (G-POP-3). */
public enum TkiGeneration {
  /** Imatinib. */
  FIRST,
  /** Dasatinib, nilotinib, bosutinib, flumatinib. */
  SECOND,
  /** Ponatinib, olverembatinib: active against T315I. */
  THIRD,
  /** Asciminib: allosteric (STAMP) inhibitor binding the myristoyl pocket. */
  ALLOSTERIC
}
