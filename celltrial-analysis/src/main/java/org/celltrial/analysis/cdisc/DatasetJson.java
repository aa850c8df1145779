package org.celltrial.analysis.cdisc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Dataset} as CDISC Dataset-JSON v1.1 (CDISC Dataset-JSON Specification v1.1, 2024;
 * schema {@code dataset.schema.json} of the CDISC DataExchange-DatasetJson repository).
 *
 * <p>Attributes are written in the specification's order: {@code datasetJSONCreationDateTime},
 * {@code datasetJSONVersion} ("1.1.0"), {@code fileOID}, {@code dbLastModifiedDateTime}, {@code
 * originator}, {@code sourceSystem} {name, version}, {@code studyOID}, {@code metaDataVersionOID},
 * {@code itemGroupOID}, {@code records}, {@code name}, {@code label}, {@code columns}, {@code
 * rows}; absent optional attributes are left out. The creation time is a parameter, never the
 * clock, so the same dataset and attributes give the same bytes.
 */
public final class DatasetJson {
  /** The version written. */
  public static final String VERSION = "1.1.0";

  /** ISO 8601 date-time with seconds, optional fraction and zone, as the 1.1 schema requires. */
  static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d"
              + "(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");

  /** What follows the last row: the end of {@code rows} and of the file, and a newline. */
  public static final String FOOTER = "]}\n";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final SerializedString COMMA = new SerializedString(",");

  private DatasetJson() {}

  /**
   * The file's text: compact JSON, UTF-8 when encoded, ending with a newline.
   *
   * @param creationDateTime {@code datasetJSONCreationDateTime}, ISO 8601 with seconds
   * @throws org.celltrial.common.i18n.CelltrialException when a date-time is malformed or a source
   *     system has a name without a version (or the reverse)
   */
  public static String write(Dataset dataset, FileInfo info, String creationDateTime) {
    return header(dataset, dataset.rows().size(), info, creationDateTime)
        + rows(dataset.rows())
        + FOOTER;
  }

  /**
   * The file's text up to and including the opening bracket of {@code rows}: with {@link
   * #rows(List)} of every row (joined by commas) and {@link #FOOTER}, the same text as {@link
   * #write}, so that a dataset too large to hold can be written a part at a time.
   *
   * @param shape the dataset's name, label, item group and variables (its rows are not written)
   * @param records the number of rows that will follow ({@code records})
   */
  public static String header(Dataset shape, long records, FileInfo info, String creationDateTime) {
    Problems problems = new Problems();
    checkDateTime("datasetJSONCreationDateTime", creationDateTime, true, problems);
    checkDateTime("dbLastModifiedDateTime", info.dbLastModifiedDateTime(), false, problems);
    if ((info.sourceSystemName() == null) != (info.sourceSystemVersion() == null)) {
      problems.add(null, "sourceSystem", null, "cdisc.rule.sourceSystem");
    }
    problems.throwIfAny(shape.name());
    StringWriter out = new StringWriter();
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.writeStartObject();
      g.writeStringField("datasetJSONCreationDateTime", creationDateTime);
      g.writeStringField("datasetJSONVersion", VERSION);
      optional(g, "fileOID", info.fileOid());
      optional(g, "dbLastModifiedDateTime", info.dbLastModifiedDateTime());
      optional(g, "originator", info.originator());
      if (info.sourceSystemName() != null) {
        g.writeObjectFieldStart("sourceSystem");
        g.writeStringField("name", info.sourceSystemName());
        g.writeStringField("version", info.sourceSystemVersion());
        g.writeEndObject();
      }
      optional(g, "studyOID", info.studyOid());
      optional(g, "metaDataVersionOID", info.metaDataVersionOid());
      g.writeStringField("itemGroupOID", shape.itemGroupOid());
      g.writeNumberField("records", records);
      g.writeStringField("name", shape.name());
      g.writeStringField("label", shape.label());
      g.writeArrayFieldStart("columns");
      for (Variable v : shape.variables()) {
        column(g, v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      // Flushed, not closed: closing would end the open array and object.
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Rows as they stand in {@code rows}: each a JSON array, separated by commas, without a leading
   * or trailing comma (empty for no rows).
   */
  public static String rows(List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setRootValueSeparator(COMMA);
      for (List<Object> row : rows) {
        g.writeStartArray();
        for (Object value : row) {
          value(g, value);
        }
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void column(JsonGenerator g, Variable v) throws IOException {
    g.writeStartObject();
    g.writeStringField("itemOID", v.itemOid());
    g.writeStringField("name", v.name());
    g.writeStringField("label", v.label());
    g.writeStringField("dataType", v.dataType().label());
    if (v.targetDataType() != null) {
      g.writeStringField("targetDataType", v.targetDataType().label());
    }
    if (v.length() != null) {
      g.writeNumberField("length", v.length());
    }
    optional(g, "displayFormat", v.displayFormat());
    if (v.keySequence() != null) {
      g.writeNumberField("keySequence", v.keySequence());
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      g.writeString(d.toPlainString());
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else {
      g.writeBoolean((Boolean) value);
    }
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  static void checkDateTime(String field, String value, boolean required, Problems problems) {
    if (value == null) {
      if (required) {
        problems.add(null, field, null, "cdisc.rule.required");
      }
    } else if (!DATE_TIME.matcher(value).matches()) {
      problems.add(null, field, value, "cdisc.rule.dateTime");
    }
  }
}
