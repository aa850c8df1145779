/**
 * Hypogammaglobulinemia after CAR-T (guideline G-SAF-1): severe when serum IgG is at or below 400
 * mg/dL (Hill et al., Blood Rev 2019), samples after IVIG excluded.
 */
package org.celltrial.clinical.grading.igg;
