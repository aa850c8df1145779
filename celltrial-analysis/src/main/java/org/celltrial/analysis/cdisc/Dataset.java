package org.celltrial.analysis.cdisc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tabular dataset (an ADaM or SDTM domain, say) with its variable metadata: what a Dataset-JSON
 * v1.1 file or a CSV file carries. Immutable; checked on construction.
 *
 * <p>Rules: name and item-group OID not blank, label present; at least one variable; variable names
 * and OIDs unique and not blank, labels present, {@code length} and {@code keySequence} ≥ 1, key
 * sequences unique, {@code targetDataType} one of v1.1's combinations ({@link
 * Variable#allowsTarget}); every row has one value per variable, each null (missing) or of the
 * variable's {@link DataType}, and a text no longer than the variable's {@code length} (in
 * characters).
 *
 * @param name dataset name ({@code name}, e.g. {@code ADSL})
 * @param label dataset label ({@code label})
 * @param itemGroupOid {@code itemGroupOID}, matching the ItemGroupDef in Define-XML (e.g. {@code
 *     IG.ADSL})
 * @param variables the columns, in order
 * @param rows the records, each a list of values in variable order
 */
public record Dataset(
    String name,
    String label,
    String itemGroupOid,
    List<Variable> variables,
    List<List<Object>> rows) {

  /**
   * Checks and copies.
   *
   * @throws org.celltrial.common.i18n.CelltrialException listing every problem, located
   */
  public Dataset {
    List<List<Object>> copy = new ArrayList<>();
    if (rows != null) {
      for (List<Object> row : rows) {
        if (row == null) {
          throw new NullPointerException("row");
        }
        copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
      }
    }
    Problems problems = new Problems();
    check(name, label, itemGroupOid, variables, copy, problems, false);
    problems.throwIfAny(name == null ? "?" : name);
    variables = List.copyOf(variables);
    rows = Collections.unmodifiableList(copy);
  }

  /**
   * Adds every problem of the parts to {@code p}; a null row was reported already and is skipped.
   */
  static void check(
      String name,
      String label,
      String itemGroupOid,
      List<Variable> variables,
      List<List<Object>> rows,
      Problems p,
      boolean typesReported) {
    if (blank(name)) {
      p.add(null, "name", name, "cdisc.rule.required");
    }
    if (label == null) {
      p.add(null, "label", null, "cdisc.rule.required");
    }
    if (blank(itemGroupOid)) {
      p.add(null, "itemGroupOID", itemGroupOid, "cdisc.rule.required");
    }
    if (variables == null || variables.isEmpty()) {
      p.add(null, "columns", null, "cdisc.rule.noColumns");
      return;
    }
    Set<String> names = new HashSet<>();
    Set<String> oids = new HashSet<>();
    Set<Integer> keys = new HashSet<>();
    for (Variable v : variables) {
      String where = v.name() == null ? "columns" : v.name();
      if (blank(v.name())) {
        p.add(null, "columns", v.name(), "cdisc.rule.columnName");
      } else if (!names.add(v.name())) {
        p.add(null, where, v.name(), "cdisc.rule.duplicateName");
      }
      if (blank(v.itemOid())) {
        p.add(null, where, v.itemOid(), "cdisc.rule.itemOid");
      } else if (!oids.add(v.itemOid())) {
        p.add(null, where, v.itemOid(), "cdisc.rule.duplicateOid");
      }
      if (v.label() == null) {
        p.add(null, where, null, "cdisc.rule.columnLabel");
      }
      if (v.dataType() == null && !typesReported) {
        p.add(null, where, null, "cdisc.rule.dataType", types());
      }
      if (!v.allowsTarget()) {
        p.add(null, where, v.targetDataType().label(), "cdisc.rule.targetDataType");
      }
      if (v.length() != null && v.length() < 1) {
        p.add(null, where, v.length(), "cdisc.rule.length");
      }
      if (v.keySequence() != null && (v.keySequence() < 1 || !keys.add(v.keySequence()))) {
        p.add(null, where, v.keySequence(), "cdisc.rule.keySequence");
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (row == null) {
        continue;
      }
      if (row.size() != variables.size()) {
        p.add(r + 1, null, row.size(), "cdisc.rule.rowSize", variables.size());
        continue;
      }
      for (int c = 0; c < row.size(); c++) {
        checkValue(r + 1, variables.get(c), row.get(c), p);
      }
    }
  }

  private static void checkValue(int row, Variable v, Object value, Problems p) {
    if (value == null || v.dataType() == null) {
      return;
    }
    if (!v.dataType().accepts(value)) {
      p.add(row, v.name(), value, "cdisc.rule.type", v.dataType().label());
    } else if (value instanceof String s
        && v.length() != null
        && s.codePointCount(0, s.length()) > v.length()) {
      p.add(row, v.name(), value, "cdisc.rule.tooLong", v.length());
    }
  }

  static String types() {
    List<String> out = new ArrayList<>();
    for (DataType t : DataType.values()) {
      out.add(t.label());
    }
    return String.join(", ", out);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
