package org.celltrial.clinical.grading.crs;

/** The CRS findings an investigator can attribute to another cause (Lee et al. 2019). */
public enum CrsFinding {
  FEVER,
  HYPOTENSION,
  HYPOXIA
}
