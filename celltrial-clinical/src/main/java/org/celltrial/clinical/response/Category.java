package org.celltrial.clinical.response;

/**
 * A response category on one scale for Lugano 2014, IMWG 2016 and B-ALL, best first. The order is
 * the ranking used for best overall response (G-EP-2): sCR, CR, CRi, VGPR, PR, MR, MLFS, SD, NR,
 * PD, NE.
 */
public enum Category {
  /** Stringent complete response (IMWG). */
  SCR("sCR"),
  /** Complete response / remission (Lugano CR or CMR, IMWG CR, B-ALL CR). */
  CR("CR"),
  /** Complete remission with incomplete count recovery (B-ALL). */
  CRI("CRi"),
  /** Very good partial response (IMWG). */
  VGPR("VGPR"),
  /** Partial response (Lugano PR or PMR, IMWG PR). */
  PR("PR"),
  /** Minimal response (IMWG). */
  MR("MR"),
  /** Morphologic leukaemia-free state (B-ALL). */
  MLFS("MLFS"),
  /** Stable disease (Lugano SD or NMR, IMWG SD). */
  SD("SD"),
  /** No response (B-ALL: neither CR, CRi nor MLFS). */
  NR("NR"),
  /** Progressive disease (Lugano PD or PMD, IMWG PD) or relapse (B-ALL). */
  PD("PD"),
  /** Not evaluable. */
  NE("NE");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The usual abbreviation (sCR, CRi …). */
  public String label() {
    return label;
  }

  /** Whether this category ranks better than the other (smaller ordinal). */
  public boolean betterThan(Category other) {
    return ordinal() < other.ordinal();
  }

  /** The worse of two categories. */
  public static Category worse(Category a, Category b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Complete response or remission: sCR, CR or CRi. */
  public boolean isComplete() {
    return this == SCR || this == CR || this == CRI;
  }

  /** Objective response: partial response or better, or CRi (ORR numerator, G-EP-2). */
  public boolean isObjectiveResponse() {
    return ordinal() <= PR.ordinal();
  }

  /** Disease control: stable disease or better (DCR numerator). */
  public boolean isDiseaseControl() {
    return ordinal() <= SD.ordinal();
  }
}
