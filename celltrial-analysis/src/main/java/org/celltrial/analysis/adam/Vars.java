package org.celltrial.analysis.adam;

import java.time.LocalDate;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Variable;

/** Variable metadata helpers: OIDs {@code IT.<DATASET>.<VARIABLE>} as docs/cdisc.md sets out. */
final class Vars {
  private Vars() {}

  static Variable text(String ds, String name, String label, int length) {
    return new Variable(oid(ds, name), name, label, DataType.STRING, length, null, null);
  }

  static Variable key(String ds, String name, String label, int length, int keySequence) {
    return new Variable(oid(ds, name), name, label, DataType.STRING, length, null, keySequence);
  }

  static Variable integer(String ds, String name, String label) {
    return Variable.of(oid(ds, name), name, label, DataType.INTEGER);
  }

  static Variable date(String ds, String name, String label) {
    return new Variable(oid(ds, name), name, label, DataType.DATE, null, "E8601DA.", null);
  }

  /** An ISO 8601 date, or null. */
  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** {@code Y} / {@code N}, ADaM's population-flag convention. */
  static String yn(boolean b) {
    return b ? "Y" : "N";
  }

  private static String oid(String ds, String name) {
    return "IT." + ds + "." + name;
  }
}
