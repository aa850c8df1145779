package org.celltrial.analysis.cdisc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Dataset-JSON v1.1 file ({@link DatasetJson} describes the attributes) and checks it
 * whole: it fails with every problem found, each located by row, variable or attribute, value and
 * rule, or returns a valid {@link DatasetFile}. Strict: an unknown attribute, a {@code
 * datasetJSONVersion} other than 1.1.x, {@code records} not equal to the number of rows, a value
 * not of its column's type, and a {@code targetDataType} other than v1.1's combinations ({@link
 * Variable#allowsTarget}) are problems. A {@code decimal} value may be a JSON string (the 1.1
 * convention) or a number.
 */
public final class DatasetJsonReader {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Pattern VERSION = Pattern.compile("1\\.1(\\.(0|[1-9]\\d*))?");

  private static final Set<String> TOP =
      Set.of(
          "datasetJSONCreationDateTime",
          "datasetJSONVersion",
          "fileOID",
          "dbQueryDateTime",
          "dbLastModifiedDateTime",
          "originator",
          "sourceSystem",
          "studyOID",
          "metaDataVersionOID",
          "metaDataRef",
          "itemGroupOID",
          "isReferenceData",
          "records",
          "name",
          "label",
          "columns",
          "rows");

  private static final Set<String> COLUMN =
      Set.of(
          "itemOID",
          "name",
          "label",
          "dataType",
          "targetDataType",
          "length",
          "displayFormat",
          "keySequence");

  private DatasetJsonReader() {}

  /**
   * Reads and checks a file's text.
   *
   * @param source names the file in messages
   * @throws org.celltrial.common.i18n.CelltrialException listing every problem
   */
  public static DatasetFile read(String source, String json) {
    Problems p = new Problems();
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      p.add(
          null,
          null,
          e.getLocation() == null ? null : "line " + e.getLocation().getLineNr(),
          "cdisc.rule.notJson",
          e.getOriginalMessage());
      throw p.failure(source);
    }
    if (root == null || !root.isObject()) {
      p.add(null, null, null, "cdisc.rule.notObject");
      throw p.failure(source);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!TOP.contains(f)) {
        p.add(null, f, null, "cdisc.rule.unknown");
      }
    }
    String created = text(root, "datasetJSONCreationDateTime", true, p);
    DatasetJson.checkDateTime("datasetJSONCreationDateTime", created, created != null, p);
    String version = text(root, "datasetJSONVersion", true, p);
    if (version != null && !VERSION.matcher(version).matches()) {
      p.add(null, "datasetJSONVersion", version, "cdisc.rule.version");
    }
    String modified = text(root, "dbLastModifiedDateTime", false, p);
    DatasetJson.checkDateTime("dbLastModifiedDateTime", modified, false, p);
    String systemName = null;
    String systemVersion = null;
    JsonNode system = root.get("sourceSystem");
    if (system != null) {
      systemName = text(system, "name", true, p);
      systemVersion = text(system, "version", true, p);
    }
    FileInfo info =
        new FileInfo(
            text(root, "fileOID", false, p),
            text(root, "originator", false, p),
            systemName,
            systemVersion,
            modified,
            text(root, "studyOID", false, p),
            text(root, "metaDataVersionOID", false, p));
    String name = text(root, "name", true, p);
    String label = text(root, "label", true, p);
    String group = text(root, "itemGroupOID", true, p);
    List<Variable> variables = columns(root.get("columns"), p);
    List<List<Object>> rows = rows(root.get("rows"), variables, p);
    JsonNode records = root.get("records");
    if (records == null || !records.isIntegralNumber() || records.asLong() != rows.size()) {
      p.add(
          null,
          "records",
          records == null ? null : records.toString(),
          "cdisc.rule.records",
          rows.size());
    }
    Dataset.check(name, label, group, variables, rows, p, true);
    p.throwIfAny(source);
    return new DatasetFile(created, info, new Dataset(name, label, group, variables, rows));
  }

  private static List<Variable> columns(JsonNode node, Problems p) {
    List<Variable> out = new ArrayList<>();
    if (node == null || !node.isArray() || node.isEmpty()) {
      p.add(null, "columns", null, "cdisc.rule.noColumns");
      return out;
    }
    for (JsonNode c : node) {
      if (!c.isObject()) {
        p.add(null, "columns", c.toString(), "cdisc.rule.notObject");
        continue;
      }
      for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!COLUMN.contains(f)) {
          p.add(null, "columns." + f, c.get(f).toString(), "cdisc.rule.unknown");
        }
      }
      String type = text(c, "dataType", true, p);
      DataType dataType = DataType.of(type);
      if (type != null && dataType == null) {
        String where = c.path("name").asText("columns") + ".dataType";
        p.add(null, where, type, "cdisc.rule.dataType", Dataset.types());
      }
      String target = text(c, "targetDataType", false, p);
      DataType targetType = DataType.of(target);
      if (target != null && targetType == null) {
        String where = c.path("name").asText("columns") + ".targetDataType";
        p.add(null, where, target, "cdisc.rule.targetDataType");
      }
      out.add(
          new Variable(
              text(c, "itemOID", true, p),
              text(c, "name", true, p),
              text(c, "label", true, p),
              dataType,
              integer(c, "length", p),
              text(c, "displayFormat", false, p),
              integer(c, "keySequence", p),
              targetType));
    }
    return out;
  }

  private static List<List<Object>> rows(JsonNode node, List<Variable> variables, Problems p) {
    List<List<Object>> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      p.add(null, "rows", node.toString(), "cdisc.rule.rows");
      return out;
    }
    for (int r = 0; r < node.size(); r++) {
      JsonNode row = node.get(r);
      if (!row.isArray() || row.size() != variables.size()) {
        p.add(r + 1, null, row.toString(), "cdisc.rule.rowSize", variables.size());
        out.add(null);
        continue;
      }
      List<Object> values = new ArrayList<>();
      boolean ok = true;
      for (int c = 0; c < row.size(); c++) {
        Variable v = variables.get(c);
        Object value = v.dataType() == null ? null : value(row.get(c), v.dataType());
        if (value == BAD) {
          p.add(r + 1, v.name(), row.get(c).toString(), "cdisc.rule.type", v.dataType().label());
          ok = false;
        }
        values.add(value);
      }
      if (ok) {
        out.add(values);
      } else {
        out.add(null);
      }
    }
    return out;
  }

  private static final Object BAD = new Object();

  private static Object value(JsonNode n, DataType type) {
    if (n.isNull()) {
      return null;
    }
    return switch (type) {
      case STRING, URI, DATE, DATETIME, TIME -> n.isTextual() ? n.asText() : BAD;
      case INTEGER -> n.isIntegralNumber() && n.canConvertToLong() ? n.asLong() : BAD;
      case DECIMAL -> decimal(n);
      case FLOAT, DOUBLE -> n.isNumber() ? n.doubleValue() : BAD;
      case BOOLEAN -> n.isBoolean() ? n.asBoolean() : BAD;
    };
  }

  private static Object decimal(JsonNode n) {
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual()) {
      try {
        return new BigDecimal(n.asText());
      } catch (NumberFormatException e) {
        return BAD;
      }
    }
    return BAD;
  }

  private static String text(JsonNode node, String field, boolean required, Problems p) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        p.add(null, field, null, "cdisc.rule.required");
      }
      return null;
    }
    if (!v.isTextual()) {
      p.add(null, field, v.toString(), "cdisc.rule.string");
      return null;
    }
    return v.asText();
  }

  private static Integer integer(JsonNode node, String field, Problems p) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      p.add(null, field, v.toString(), "cdisc.rule.integer");
      return null;
    }
    return v.asInt();
  }
}
