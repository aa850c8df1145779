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
 * @param targetDataType {@code targetDataType}: the type a receiving system converts the values to,
 *     or null. Dataset-JSON v1.1 ("Supported Column Data Type Combinations") allows {@code decimal}
 *     for a {@code decimal} column (exchanged as a string) and {@code integer} for a {@code date},
 *     {@code datetime} or {@code time} column (ADaM: SAS numeric dates); {@link #allowsTarget}
 *     checks
 */
public record Variable(
    String itemOid,
    String name,
    String label,
    DataType dataType,
    Integer length,
    String displayFormat,
    Integer keySequence,
    DataType targetDataType) {

  /** A variable without {@code targetDataType}. */
  public Variable(
      String itemOid,
      String name,
      String label,
      DataType dataType,
      Integer length,
      String displayFormat,
      Integer keySequence) {
    this(itemOid, name, label, dataType, length, displayFormat, keySequence, null);
  }

  /** Whether {@code targetDataType} is absent or one of the combinations v1.1 supports. */
  public boolean allowsTarget() {
    if (targetDataType == null) {
      return true;
    }
    return switch (targetDataType) {
      case DECIMAL -> dataType == DataType.DECIMAL;
      case INTEGER ->
          dataType == DataType.DATE || dataType == DataType.DATETIME || dataType == DataType.TIME;
      default -> false;
    };
  }

  /** A variable with only the required attributes. */
  public static Variable of(String itemOid, String name, String label, DataType dataType) {
    return new Variable(itemOid, name, label, dataType, null, null, null);
  }
}
