/**
 * Analysis of one trial from its records: disposition, the primary endpoint against the target
 * value (G-DES-2), best overall response, time-to-event summaries (G-EP-1, G-EP-9), CRS, ICANS and
 * ICAHT safety, all efficacy tables also by bridging stratum (G-BR-3).
 */
package org.celltrial.analysis.study;
