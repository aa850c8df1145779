/**
 * B-ALL response at one assessment (CIBMTR ALL response criteria; NCCN-style relapse; ELIANA and
 * ZUMA-3 conventions): CR, CRi, MLFS, no response, relapse, and MRD at 10^-4 by flow or NGS
 * (G-EP-4, G-EP-7).
 */
package org.celltrial.clinical.response.all;
