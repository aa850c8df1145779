/**
 * Immune effector cell-associated neurotoxicity syndrome graded by the ASTCT consensus (Lee et al.,
 * Biol Blood Marrow Transplant 2019;25:625-638), guideline G-SAF-1: ICE score (CAPD for young
 * children), consciousness, seizures, motor findings and raised intracranial pressure; then
 * episodes.
 */
package org.celltrial.clinical.grading.icans;
