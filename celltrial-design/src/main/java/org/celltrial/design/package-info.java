/**
 * Trial design: target-value single-arm designs (G-DES-1…G-DES-5), Simon two-stage designs,
 * time-to-event sample sizes, group-sequential boundaries and dose finding (G-PH-1), built on
 * {@code org.celltrial.stats}. One package per design family.
 */
package org.celltrial.design;
