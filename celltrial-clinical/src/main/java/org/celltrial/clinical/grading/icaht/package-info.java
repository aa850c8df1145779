/**
 * Hematotoxicity after CAR-T (guideline G-SAF-1): EHA/EBMT ICAHT grades (Rejeski et al., Blood
 * 2023;142:865-877) early (days 0-30) and late (after day 30), prolonged cytopenia at a landmark
 * day and late cytopenia, and the assessment of a subject's blood counts and temperatures.
 */
package org.celltrial.clinical.grading.icaht;
