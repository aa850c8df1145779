/**
 * Safety checks over the subjects of a study as recorded in the study and subject files: the
 * dose-limiting toxicities of a dose-escalation cohort ({@link
 * org.celltrial.clinical.safety.cohort.DltCohort}, G-PH-1) and the secondary-malignancy register
 * with each subject's long-term follow-up schedule ({@link
 * org.celltrial.clinical.safety.cohort.LongTermFollowUp}, G-SAF-6). They read the infusion and the
 * end of follow-up from the journey and hand the rules of {@code safety.dlt} and {@code
 * safety.malignancy} their records.
 */
package org.celltrial.clinical.safety.cohort;
