/**
 * Infections after CAR-T (guideline G-SAF-1, G-SAF-3): the grade by the generic CTCAE v5.0 pattern
 * of infection terms, the organism class and the timing relative to infusion (early ≤ day 30, late
 * after), as CAR-T trials report them.
 */
package org.celltrial.clinical.safety.infection;
