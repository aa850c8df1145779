package org.celltrial.clinical.study;

/** Line setting: relapsed/refractory (G-POP-2) or an earlier line (G-POP-6). */
public enum LineSetting {
  RELAPSED_REFRACTORY,
  EARLIER_LINE
}
