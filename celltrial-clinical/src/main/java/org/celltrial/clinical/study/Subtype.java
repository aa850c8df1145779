package org.celltrial.clinical.study;

/** B-NHL subtypes (WHO classification names). */
public enum Subtype {
  /** Large B-cell lymphoma, the umbrella of the aggressive subtypes below. */
  LBCL,
  /** Diffuse large B-cell lymphoma. */
  DLBCL,
  /** Primary mediastinal large B-cell lymphoma. */
  PMBCL,
  /** High-grade B-cell lymphoma. */
  HGBL,
  /** Transformed follicular lymphoma. */
  TFL,
  /** Follicular lymphoma. */
  FL,
  /** Mantle cell lymphoma. */
  MCL,
  /** Marginal zone lymphoma. */
  MZL;

  /** Whether this subtype is a large B-cell lymphoma (SCHOLAR-1's population). */
  public boolean isLargeBCell() {
    return this == LBCL || this == DLBCL || this == PMBCL || this == HGBL || this == TFL;
  }

  /** Whether a subject with this subtype belongs to a study of the given subtype. */
  public boolean within(Subtype studied) {
    return studied == this || (studied == LBCL && isLargeBCell());
  }
}
