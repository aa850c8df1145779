package org.celltrial.clinical.study;

/** Trial design: single-arm with a target value (G-DES-1, G-DES-2) or randomized (G-DES-6). */
public enum Design {
  SINGLE_ARM,
  RANDOMIZED
}
