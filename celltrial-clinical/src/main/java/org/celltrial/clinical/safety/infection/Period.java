package org.celltrial.clinical.safety.infection;

/** When an infection began relative to the CAR-T infusion (day 0). */
public enum Period {
  /** Before the infusion: during leukapheresis, bridging or lymphodepletion (G-SAF-2). */
  BEFORE_INFUSION,
  /** Day 0 to the early cut-off (day 30 by default), inclusive. */
  EARLY,
  /** After the early cut-off. */
  LATE
}
