package org.celltrial.clinical.safety.infection;

/** The organism class of an infection, as CAR-T trials report infection density. */
public enum Organism {
  BACTERIAL,
  VIRAL,
  FUNGAL,
  /** Parasitic, or no organism identified. */
  OTHER
}
