/**
 * Time-to-event derivation, one record per subject and endpoint (OS, PFS, EFS, DOR, DFS/RFS, NRM
 * and relapse as competing events) with FDA-2018-style censoring as configurable policies (FDA
 * guidance "Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics", 2018;
 * pharmaverse admiral {@code derive_param_tte}; G-EP-1, G-EP-2, G-EP-8, G-EP-9, G-EP-11).
 */
package org.celltrial.clinical.endpoints;
