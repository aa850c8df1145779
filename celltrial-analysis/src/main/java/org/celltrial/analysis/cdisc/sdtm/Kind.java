package org.celltrial.analysis.cdisc.sdtm;

import org.celltrial.analysis.cdisc.DataType;

/** How an SDTM variable's value is written and checked. */
enum Kind {
  /** Character. */
  TEXT(DataType.STRING),
  /** ISO 8601 date or date-time, stored as character as SDTM does. */
  DTC(DataType.STRING),
  /** Whole number. */
  INT(DataType.INTEGER),
  /** Number. */
  NUM(DataType.DOUBLE);

  final DataType type;

  Kind(DataType type) {
    this.type = type;
  }
}
