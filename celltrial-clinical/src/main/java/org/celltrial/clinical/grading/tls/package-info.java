/**
 * Tumor lysis syndrome by Cairo and Bishop (Br J Haematol 2004;127:3-11) and the Howard
 * modification (N Engl J Med 2011;364:1844-1854), guideline G-SAF-1: laboratory TLS, clinical TLS
 * and the Cairo-Bishop clinical grade.
 */
package org.celltrial.clinical.grading.tls;
