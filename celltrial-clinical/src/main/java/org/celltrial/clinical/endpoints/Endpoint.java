package org.celltrial.clinical.endpoints;

/** The time-to-event endpoints derived per subject. */
public enum Endpoint {
  /** Overall survival: death from any cause (G-EP-1). */
  OS,
  /** Progression-free survival: progression or death (G-EP-8). */
  PFS,
  /** Event-free survival: progression, death, no response, new anticancer therapy (G-EP-8). */
  EFS,
  /** Duration of response, from first response to progression or death, responders only. */
  DOR,
  /** Disease-free (relapse-free) survival, from first complete response. */
  DFS,
  /** Non-relapse mortality: death without prior progression (1), progression competing (2). */
  NRM,
  /** Relapse/progression incidence: progression (1), death without progression competing (2). */
  RELAPSE
}
