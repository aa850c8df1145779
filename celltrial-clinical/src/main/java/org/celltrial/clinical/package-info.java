/**
 * The clinical domain: study and subject model, eligibility (G-POP-*), bridging (G-BR-*), toxicity
 * grading (G-SAF-*), response criteria and endpoint derivation (G-EP-*). Pure rules over immutable
 * records; one package per rule family ({@code clinical.grading.crs}, {@code
 * clinical.response.imwg}, …).
 */
package org.celltrial.clinical;
