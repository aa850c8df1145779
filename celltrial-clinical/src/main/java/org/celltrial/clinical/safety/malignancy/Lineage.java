package org.celltrial.clinical.safety.malignancy;

/** The kind of a new malignancy, as far as G-SAF-6 distinguishes: T-cell or not. */
public enum Lineage {
  /** A T-cell lymphoma or leukemia: the product itself may be the origin (G-SAF-6). */
  T_CELL,
  /** Another hematologic malignancy (myeloid neoplasm, B-cell, plasma-cell). */
  OTHER_HEMATOLOGIC,
  /** A solid tumor, including skin cancers. */
  SOLID
}
