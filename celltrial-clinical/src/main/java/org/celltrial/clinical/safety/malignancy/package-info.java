/**
 * Secondary malignancy after CAR-T (guideline G-SAF-6): a register of new malignancies with the
 * product-link tests of each (CAR transgene, clonality, vector integration site), a flag for a
 * T-cell malignancy whose link to the product is not excluded, the long-term follow-up schedule (15
 * years for integrating vectors) with due and overdue visits at a data cut-off, and the population
 * view: incidence per 100 person-years with the exact Poisson (Garwood 1936) interval and the
 * standardized incidence ratio against a background-rate table.
 */
package org.celltrial.clinical.safety.malignancy;
