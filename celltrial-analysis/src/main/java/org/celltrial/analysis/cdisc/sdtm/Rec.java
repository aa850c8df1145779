package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One record of an SDTM table: its file, its row (1-based, the header not counted) and its values
 * by variable name.
 *
 * @param file the file
 * @param row the row number
 * @param values the values by variable; blank values are absent
 */
record Rec(String file, int row, Map<String, String> values) {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  /** The value, or {@code null} when missing or blank. */
  String text(String variable) {
    return values.get(variable);
  }

  /** Whether the value is an ISO 8601 complete date or date-time that exists. */
  static boolean isDtc(String v) {
    try {
      if (DATE.matcher(v).matches()) {
        LocalDate.parse(v);
        return true;
      }
      if (DATE_TIME.matcher(v).matches()) {
        LocalDateTime.parse(v);
        return true;
      }
    } catch (DateTimeParseException e) {
      return false;
    }
    return false;
  }

  /** The date of an ISO 8601 value (the date part of a date-time); checked before. */
  LocalDate date(String variable) {
    String v = text(variable);
    return v == null ? null : LocalDate.parse(v.substring(0, 10));
  }

  /** The date-time of a value, or {@code null} when missing or a date only. */
  LocalDateTime dateTime(String variable) {
    String v = text(variable);
    return v == null || v.length() == 10 ? null : LocalDateTime.parse(v);
  }

  /** A checked number. */
  Double number(String variable) {
    String v = text(variable);
    return v == null ? null : Double.valueOf(v);
  }

  /** A checked whole number. */
  Long integer(String variable) {
    String v = text(variable);
    return v == null ? null : Long.valueOf(v);
  }
}
