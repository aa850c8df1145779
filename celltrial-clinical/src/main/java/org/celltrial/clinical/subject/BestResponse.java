package org.celltrial.clinical.subject;

/**
 * Best response to a therapy, in one scale covering IMWG (sCR…PD, with MR), Lugano (CR, PR, SD, PD)
 * and ALL (CR, CRi).
 */
public enum BestResponse {
  /** Stringent complete response (IMWG). */
  SCR,
  /** Complete response / remission. */
  CR,
  /** Complete remission with incomplete hematologic recovery (ALL). */
  CRI,
  /** Very good partial response (IMWG). */
  VGPR,
  /** Partial response. */
  PR,
  /** Minimal response (IMWG). */
  MR,
  /** Stable disease. */
  SD,
  /** Progressive disease. */
  PD,
  /** No response (ALL: neither CR nor CRi), the ALL counterpart of SD/PD. */
  NR;

  /** Complete remission: sCR, CR or CRi. */
  public boolean isComplete() {
    return this == SCR || this == CR || this == CRI;
  }

  /** Minimal response or better (IMWG's threshold for "responding"; Rajkumar et al. 2011). */
  public boolean isMinimalOrBetter() {
    return ordinal() <= MR.ordinal();
  }
}
