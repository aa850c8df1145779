package org.celltrial.analysis.cdisc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

  private static final JsonFactory FACTORY = new JsonFactory();

  private DatasetJson() {}

  /**
   * The file's text: compact JSON, UTF-8 when encoded, ending with a newline.
   *
   * @param creationDateTime {@code datasetJSONCreationDateTime}, ISO 8601 with seconds
   * @throws org.celltrial.common.i18n.CelltrialException when a date-time is malformed or a source
   *     system has a name without a version (or the reverse)
   */
  public static String write(Dataset dataset, FileInfo info, String creationDateTime) {
    Problems problems = new Problems();
    checkDateTime("datasetJSONCreationDateTime", creationDateTime, true, problems);
    checkDateTime("dbLastModifiedDateTime", info.dbLastModifiedDateTime(), false, problems);
    if ((info.sourceSystemName() == null) != (info.sourceSystemVersion() == null)) {
      problems.add(null, "sourceSystem", null, "cdisc.rule.sourceSystem");
    }
    problems.throwIfAny(dataset.name());
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
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
      g.writeStringField("itemGroupOID", dataset.itemGroupOid());
      g.writeNumberField("records", dataset.rows().size());
      g.writeStringField("name", dataset.name());
      g.writeStringField("label", dataset.label());
      g.writeArrayFieldStart("columns");
      for (Variable v : dataset.variables()) {
        column(g, v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (List<Object> row : dataset.rows()) {
        g.writeStartArray();
        for (Object value : row) {
          value(g, value);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
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
