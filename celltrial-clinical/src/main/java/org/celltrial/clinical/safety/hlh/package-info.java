/**
 * Hyperinflammatory syndromes after CAR-T (guideline G-SAF-1 "MAS", G-SAF-3): supporting laboratory
 * flags for IEC-HS that prompt the investigator (never a diagnosis), the carHLH criteria of Neelapu
 * et al. 2018 and the HLH-2004 criteria of Henter et al. 2007.
 */
package org.celltrial.clinical.safety.hlh;
