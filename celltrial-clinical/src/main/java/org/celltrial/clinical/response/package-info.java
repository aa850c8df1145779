/**
 * Response criteria at one time point (Lugano 2014, IMWG 2016, B-ALL) and their common category
 * scale; best overall response lives in {@code response.bor} (G-EP-1, G-EP-2).
 */
package org.celltrial.clinical.response;
