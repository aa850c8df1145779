package org.celltrial.analysis.cdisc;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The data types of a Dataset-JSON v1.1 column ({@code dataType}) and the Java value each holds in
 * a {@link Dataset} row. A missing value is {@code null} for every type.
 *
 * <ul>
 *   <li>{@code string}, {@code URI}: {@link String}; JSON string
 *   <li>{@code integer}: {@link Long}; JSON integer
 *   <li>{@code decimal}: {@link BigDecimal}; written as a JSON string so no digit is lost (the 1.1
 *       convention), read from a string or a number
 *   <li>{@code float}, {@code double}: finite {@link Double}; JSON number
 *   <li>{@code boolean}: {@link Boolean}; JSON true/false
 *   <li>{@code date}, {@code datetime}, {@code time}: ISO 8601 {@link String} (e.g. {@code
 *       2024-03-01}, {@code 2024-03-01T08:30:00}, {@code 08:30}); JSON string
 * </ul>
 */
public enum DataType {
  STRING("string"),
  INTEGER("integer"),
  DECIMAL("decimal"),
  FLOAT("float"),
  DOUBLE("double"),
  BOOLEAN("boolean"),
  DATETIME("datetime"),
  DATE("date"),
  TIME("time"),
  URI("URI");

  private final String label;

  DataType(String label) {
    this.label = label;
  }

  /** The name in Dataset-JSON, e.g. {@code decimal}. */
  public String label() {
    return label;
  }

  /** The type named in a file, or null when the name is not a Dataset-JSON v1.1 type. */
  public static DataType of(String label) {
    for (DataType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    return null;
  }

  /** Whether a non-null value is of this type's Java class and, for dates and times, ISO 8601. */
  boolean accepts(Object value) {
    return switch (this) {
      case STRING, URI -> value instanceof String;
      case INTEGER -> value instanceof Long;
      case DECIMAL -> value instanceof BigDecimal;
      case FLOAT, DOUBLE -> value instanceof Double d && Double.isFinite(d);
      case BOOLEAN -> value instanceof Boolean;
      case DATE, DATETIME, TIME -> value instanceof String s && isIso(s);
    };
  }

  private boolean isIso(String s) {
    try {
      switch (this) {
        case DATE -> Iso.date(s);
        case DATETIME -> Iso.dateTime(s);
        default -> LocalTime.parse(s);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
