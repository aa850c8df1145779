package org.celltrial.analysis.cdisc;

/**
 * A column of a dataset, as Dataset-JSON v1.1 describes it ({@code columns[]}).
 *
 * @param itemOid {@code itemOID}: the variable's OID, matching its ItemDef in Define-XML (e.g.
 *     {@code IT.ADSL.USUBJID})
 * @param name {@code name}: the variable name (e.g. {@code USUBJID})
 * @param label {@code label}: the variable label
 * @param dataType {@code dataType}
 * @param length {@code length} (≥ 1), or null
 * @param displayFormat {@code displayFormat} (e.g. {@code 8.2}, {@code DATE9.}), or null
 * @param keySequence {@code keySequence}: position among the dataset's keys (≥ 1), or null when the
 *     variable is not a key
 */
public record Variable(
    String itemOid,
    String name,
    String label,
    DataType dataType,
    Integer length,
    String displayFormat,
    Integer keySequence) {

  /** A variable with only the required attributes. */
  public static Variable of(String itemOid, String name, String label, DataType dataType) {
    return new Variable(itemOid, name, label, dataType, null, null, null);
  }
}
