package org.celltrial.clinical.grading.icans;

/** The ICANS domains whose findings can be attributed to another cause. */
public enum IcansDomain {
  /** ICE or CAPD. */
  ENCEPHALOPATHY,
  CONSCIOUSNESS,
  SEIZURE,
  MOTOR,
  INTRACRANIAL_PRESSURE
}
