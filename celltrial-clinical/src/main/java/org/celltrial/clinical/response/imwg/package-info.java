/**
 * IMWG 2016 response of multiple myeloma (Kumar et al., Lancet Oncol 2016;17:e328): per-visit
 * category from M-protein, free light chains, marrow and plasmacytomas, progression from the
 * confirmed nadir, confirmation over consecutive visits, and MRD (G-EP-4, G-EP-7).
 */
package org.celltrial.clinical.response.imwg;
