/**
 * Response assessments for a synthetic trial, written in the format of {@code derive response}
 * (docs/data-format.md), calibrated to the pivotal CAR-T trials (docs/simulation.md).
 */
package org.celltrial.analysis.simulation.response;
