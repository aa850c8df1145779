/**
 * CAR transgene levels after infusion for a synthetic trial, written as {@code kinetics/<id>.csv}
 * (docs/data-format.md), calibrated to published cellular kinetics (docs/simulation.md).
 */
package org.celltrial.analysis.simulation.kinetics;
