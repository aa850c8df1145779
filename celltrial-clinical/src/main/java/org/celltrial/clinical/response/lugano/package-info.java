/**
 * Lugano 2014 response of B-NHL at one time point (Cheson et al., J Clin Oncol 2014;32:3059):
 * PET-CT metabolic response on the Deauville scale and CT-based response from target lesions,
 * spleen, non-target and new lesions and marrow (G-EP-4).
 */
package org.celltrial.clinical.response.lugano;
