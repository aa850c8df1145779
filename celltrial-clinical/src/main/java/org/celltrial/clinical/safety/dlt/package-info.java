/**
 * Dose-limiting toxicities of a dose-finding CAR-T trial: DLT definitions per protocol as data
 * ({@link org.celltrial.clinical.safety.dlt.DltRule}), evaluated per subject within the DLT window
 * from infusion, and counted per dose level (n evaluable, number with a DLT) for the
 * dose-escalation decision made by the design module (guideline G-SAF-3, G-SAF-5).
 */
package org.celltrial.clinical.safety.dlt;
