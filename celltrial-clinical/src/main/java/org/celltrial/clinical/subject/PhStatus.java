package org.celltrial.clinical.subject;

/** Philadelphia chromosome (BCR-ABL1) status of B-ALL (G-POP-3). */
public enum PhStatus {
  POSITIVE,
  NEGATIVE
}
