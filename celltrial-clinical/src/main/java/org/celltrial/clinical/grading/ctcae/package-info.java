/**
 * CTCAE v5.0 grades of the hematologic laboratory terms (neutrophils, platelets, hemoglobin,
 * lymphocytes, white cells) and of febrile neutropenia, guideline G-SAF-1. Thresholds and the order
 * of tests follow the pharmaverse admiral grading metadata ({@code ncictcaev5.json}).
 */
package org.celltrial.clinical.grading.ctcae;
