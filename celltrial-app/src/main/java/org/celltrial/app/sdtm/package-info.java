/** The SDTM export of a study package (docs/cdisc.md, "SDTM"). */
package org.celltrial.app.sdtm;
