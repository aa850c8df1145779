/**
 * Study analysis: derived datasets (ADaM conventions), tables, figures and reports, and CDISC input
 * and output. Ties the statistics, design and clinical engines together.
 */
package org.celltrial.analysis;
