package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;

/**
 * Variable metadata helpers: OIDs {@code IT.<DATASET>.<VARIABLE>} as docs/cdisc.md sets out; date
 * and date-time columns carry {@code targetDataType} {@code integer} (Dataset-JSON v1.1: ADaM dates
 * become SAS numeric dates, displayed with {@code E8601DA.} / {@code E8601DT.}), decimal columns
 * {@code targetDataType} {@code decimal} (exchanged as strings).
 */
final class Vars {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Vars() {}

  /** One subject's rows of a per-record dataset ({@code Adae::rows}, {@code Adlb::rows}). */
  interface SubjectRows {
    List<List<Object>> rows(String studyId, AnalysisSubject s, AdamSource src);
  }

  /**
   * The rows of every subject of the input, in input order, from its records in {@code sources}.
   */
  static List<List<Object>> eachSubject(
      AnalysisInput input, Map<String, AdamSource> sources, SubjectRows fn) {
    List<List<Object>> rows = new ArrayList<>();
    for (AnalysisSubject s : input.subjects()) {
      rows.addAll(fn.rows(input.studyId(), s, Adsl.source(sources, s)));
    }
    return rows;
  }

  /** A text variable; its {@code length} is set by {@link #dataset}. */
  static Variable text(String ds, String name, String label) {
    return new Variable(oid(ds, name), name, label, DataType.STRING, null, null, null);
  }

  /** A text key variable; its {@code length} is set by {@link #dataset}. */
  static Variable key(String ds, String name, String label, int keySequence) {
    return new Variable(oid(ds, name), name, label, DataType.STRING, null, null, keySequence);
  }

  /**
   * The dataset {@code IG.<name>}, each text variable's {@code length} set to its longest value in
   * characters (1 when every value is missing), as the FDA Study Data Technical Conformance Guide
   * asks (the allotted length of a character variable is the maximum length used), so that no
   * value, however long, can exceed a planned length and fail the dataset.
   */
  static Dataset dataset(
      String name, String label, List<Variable> variables, List<List<Object>> rows) {
    List<Variable> fitted = new ArrayList<>();
    for (int c = 0; c < variables.size(); c++) {
      Variable v = variables.get(c);
      if (v.dataType() != DataType.STRING) {
        fitted.add(v);
        continue;
      }
      int max = 1;
      for (List<Object> row : rows) {
        if (row.get(c) instanceof String s) {
          max = Math.max(max, s.codePointCount(0, s.length()));
        }
      }
      fitted.add(
          new Variable(
              v.itemOid(),
              v.name(),
              v.label(),
              v.dataType(),
              max,
              v.displayFormat(),
              v.keySequence(),
              v.targetDataType()));
    }
    return new Dataset(name, label, "IG." + name, fitted, rows);
  }

  static Variable integer(String ds, String name, String label) {
    return Variable.of(oid(ds, name), name, label, DataType.INTEGER);
  }

  static Variable date(String ds, String name, String label) {
    return new Variable(
        oid(ds, name), name, label, DataType.DATE, null, "E8601DA.", null, DataType.INTEGER);
  }

  static Variable dateKey(String ds, String name, String label, int keySequence) {
    return new Variable(
        oid(ds, name), name, label, DataType.DATE, null, "E8601DA.", keySequence, DataType.INTEGER);
  }

  static Variable datetime(String ds, String name, String label) {
    return new Variable(
        oid(ds, name), name, label, DataType.DATETIME, null, "E8601DT.", null, DataType.INTEGER);
  }

  static Variable datetimeKey(String ds, String name, String label, int keySequence) {
    return new Variable(
        oid(ds, name),
        name,
        label,
        DataType.DATETIME,
        null,
        "E8601DT.",
        keySequence,
        DataType.INTEGER);
  }

  static Variable integerKey(String ds, String name, String label, int keySequence) {
    return new Variable(oid(ds, name), name, label, DataType.INTEGER, null, null, keySequence);
  }

  static Variable decimal(String ds, String name, String label) {
    return new Variable(
        oid(ds, name), name, label, DataType.DECIMAL, null, null, null, DataType.DECIMAL);
  }

  /**
   * ADaM's relative day ({@code ADY}, admiral {@code derive_vars_dy}): {@code date − start + 1} on
   * or after the start, {@code date − start} before it (there is no day 0); null when either is.
   */
  static Long studyDay(LocalDate start, LocalDate date) {
    if (start == null || date == null) {
      return null;
    }
    long d = ChronoUnit.DAYS.between(start, date);
    return d >= 0 ? d + 1 : d;
  }

  /** The CAR-T day ({@code date − infusion}, day 0 = infusion) of the report; null when unknown. */
  static Long dayFromInfusion(LocalDate infusion, LocalDate date) {
    return infusion == null || date == null ? null : ChronoUnit.DAYS.between(infusion, date);
  }

  /** An ISO 8601 date, or null. */
  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** An ISO 8601 date-time with seconds ({@code 2024-03-01T08:30:00}), or null. */
  static String isoDateTime(LocalDateTime t) {
    if (t == null) {
      return null;
    }
    // What SECONDS formats (uuuu-MM-dd'T'HH:mm:ss), written directly for the common years: this
    // runs for every ADLB row, millions in a registry-scale study.
    if (t.getYear() < 1000 || t.getYear() > 9999) {
      return SECONDS.format(t);
    }
    StringBuilder b = new StringBuilder(19).append(t.toLocalDate()).append('T');
    two(b, t.getHour()).append(':');
    two(b, t.getMinute()).append(':');
    return two(b, t.getSecond()).toString();
  }

  private static StringBuilder two(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** {@code Y} / {@code N}, ADaM's population-flag convention. */
  static String yn(boolean b) {
    return b ? "Y" : "N";
  }

  private static String oid(String ds, String name) {
    return "IT." + ds + "." + name;
  }
}
