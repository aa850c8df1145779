/**
 * Single-arm target-value designs (G-DES-1 to G-DES-5): the exact binomial sample size and critical
 * number of responders, the equivalent confidence-interval rule of G-DES-2, power curves, and the
 * landmark-response variant of G-EP-6.
 */
package org.celltrial.design.singlearm;
