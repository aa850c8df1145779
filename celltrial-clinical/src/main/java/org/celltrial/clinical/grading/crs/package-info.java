/**
 * Cytokine release syndrome graded by the ASTCT consensus (Lee et al., Biol Blood Marrow Transplant
 * 2019;25:625-638), guideline G-SAF-1: per observation from fever, hypotension and oxygen support,
 * then episodes.
 */
package org.celltrial.clinical.grading.crs;
