package org.celltrial.clinical.drugs;

/**
 * Target antigens of cell products and of antibodies, ADCs and bispecifics; G-BR-4 compares the
 * product's targets with those of each bridging agent.
 */
public enum Antigen {
  CD19,
  CD20,
  CD22,
  CD30,
  CD38,
  CD79B,
  BCMA,
  GPRC5D,
  FCRH5,
  SLAMF7
}
