package org.celltrial.clinical.study;

/** Trial phase (G-PH-1): exploratory (1, 1/2) or confirmatory (2, 3). */
public enum Phase {
  PHASE_1,
  PHASE_1_2,
  PHASE_2,
  PHASE_3
}
