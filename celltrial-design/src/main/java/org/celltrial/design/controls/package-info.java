/**
 * The versioned library of historical controls (best available therapy and approved CAR-T results
 * per indication and line) and the proposal of a target value from it (G-DES-2 to G-DES-4).
 */
package org.celltrial.design.controls;
