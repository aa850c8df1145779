package org.celltrial.clinical.safety.summary;

/** The toxicities a CAR-T safety summary reports (G-SAF-1). */
public enum Toxicity {
  CRS,
  ICANS,
  ICAHT,
  INFECTION,
  TLS,
  IEC_HS,
  HYPOGAMMAGLOBULINEMIA
}
