package org.celltrial.clinical.subject;

/** Sex recorded at screening. */
public enum Sex {
  MALE,
  FEMALE
}
