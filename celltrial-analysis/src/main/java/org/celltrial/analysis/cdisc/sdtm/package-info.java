/**
 * CDISC SDTM for a celltrial study package (docs/cdisc.md, "SDTM"): {@link
 * org.celltrial.analysis.cdisc.sdtm.SdtmWriter} maps the package to SDTM domains, {@code
 * SdtmReader} validates SDTM tables as a whole and maps them back.
 */
package org.celltrial.analysis.cdisc.sdtm;
