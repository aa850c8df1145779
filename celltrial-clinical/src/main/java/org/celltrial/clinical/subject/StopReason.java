package org.celltrial.clinical.subject;

/** Why a prior therapy stopped. */
public enum StopReason {
  COMPLETED,
  PROGRESSION,
  TOXICITY,
  PLANNED_NEXT_STEP,
  PATIENT_CHOICE,
  OTHER
}
