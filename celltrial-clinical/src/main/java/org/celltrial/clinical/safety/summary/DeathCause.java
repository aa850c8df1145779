package org.celltrial.clinical.safety.summary;

/** The cause of a death, as the safety review committee splits it. */
public enum DeathCause {
  DISEASE_PROGRESSION,
  CRS,
  ICANS,
  INFECTION,
  IEC_HS,
  OTHER;

  /** Whether this is a non-relapse death (every cause but disease progression). */
  public boolean nonRelapse() {
    return this != DISEASE_PROGRESSION;
  }
}
