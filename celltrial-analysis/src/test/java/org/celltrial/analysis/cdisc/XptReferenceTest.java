package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * The writer against R's {@code foreign::read.xport} ({@code xpt/foreign-reference.R} read the
 * committed {@code celltrial-adxp.xpt}), and the reader against a file written by R's {@code
 * haven::write_xpt} ({@code xpt/haven-written.R}). Numbers to 1e-15 relative (IBM's 56-bit fraction
 * holds every double exactly, so any difference would be an error).
 */
class XptReferenceTest {
  private static final double RELATIVE = 1e-15;

  @Test
  void theCommittedFileIsWhatTheWriterWrites() throws IOException {
    assertThat(XptWriter.bytes(XptFixture.dataset(), XptFixture.CREATED))
        .isEqualTo(resource("xpt/celltrial-adxp.xpt"));
  }

  @Test
  void rForeignReadsEveryValueAndAttributeWeWrote() {
    JsonNode r = Reference.json(XptReferenceTest.class, "xpt/foreign-reference.json");
    Dataset d = XptFixture.dataset();
    assertThat(r.get("dataset").asText()).isEqualTo("ADXP");
    assertThat(r.get("rows").asInt()).isEqualTo(d.rows().size());
    int position = 0;
    for (int c = 0; c < d.variables().size(); c++) {
      Variable v = d.variables().get(c);
      JsonNode col = r.get("columns").get(c);
      assertThat(col.get("name").asText()).isEqualTo(v.name());
      assertThat(col.get("label").asText()).isEqualTo(v.label());
      boolean text = v.dataType() == DataType.STRING;
      assertThat(col.get("type").asText()).isEqualTo(text ? "character" : "numeric");
      assertThat(col.get("position").asInt()).isEqualTo(position);
      position += col.get("width").asInt();
      String format = v.displayFormat() == null ? "" : v.displayFormat().replaceAll("[\\d.]+$", "");
      assertThat(col.get("format").asText()).isEqualTo(format);
      for (int row = 0; row < d.rows().size(); row++) {
        Object ours = d.rows().get(row).get(c);
        JsonNode theirs = col.get("values").get(row);
        String what = v.name() + " row " + (row + 1);
        if (text) {
          assertThat(theirs.asText()).as(what).isEqualTo(ours == null ? "" : ours);
        } else if (ours == null) {
          assertThat(theirs.isNull()).as(what).isTrue();
        } else {
          double expected = sas(v.dataType(), ours);
          double actual = Double.parseDouble(theirs.asText());
          assertThat(Math.abs(actual - expected))
              .as(what)
              .isLessThanOrEqualTo(RELATIVE * Math.abs(expected));
        }
      }
    }
    // Hand-checked SAS values: 2024-03-01 is 64 years after 1960-01-01 with 16 leap days (1960 …
    // 2020), 64·365 + 16 + 31 + 29 = 23436 days; that day at 08:30 is 23436·86400 + 30600 s.
    assertThat(col(r, "ADT").get(0).asText()).isEqualTo("23436");
    assertThat(col(r, "ADTM").get(0).asText()).isEqualTo(String.valueOf(23436L * 86400 + 30600));
    assertThat(col(r, "ASTDT").get(1).asText()).isEqualTo("-1");
  }

  @Test
  void ourReaderReadsOurFileAsRDoes() throws IOException {
    Dataset back = XptReader.read("celltrial-adxp.xpt", resource("xpt/celltrial-adxp.xpt"));
    Dataset d = XptFixture.dataset();
    assertThat(back.name()).isEqualTo("ADXP");
    assertThat(back.label()).isEqualTo(d.label());
    for (int c = 0; c < d.variables().size(); c++) {
      Variable v = d.variables().get(c);
      Variable w = back.variables().get(c);
      assertThat(w.name()).isEqualTo(v.name());
      assertThat(w.label()).isEqualTo(v.label());
      DataType t = v.dataType();
      boolean dateLike = t == DataType.DATE || t == DataType.DATETIME;
      assertThat(w.dataType()).isEqualTo(t == DataType.STRING || dateLike ? t : DataType.DOUBLE);
      for (int row = 0; row < d.rows().size(); row++) {
        Object ours = d.rows().get(row).get(c);
        Object read = back.rows().get(row).get(c);
        if (ours == null || t == DataType.STRING) {
          assertThat(read).isEqualTo(ours);
        } else if (t == DataType.DATETIME) {
          assertThat(LocalDateTime.parse((String) read))
              .isEqualTo(LocalDateTime.parse((String) ours));
        } else if (t == DataType.DATE) {
          assertThat(read).isEqualTo(ours);
        } else {
          assertThat((Double) read).isEqualTo(sas(t, ours));
        }
      }
    }
  }

  @Test
  void ourReaderReadsTheFileHavenWrote() throws IOException {
    JsonNode r = Reference.json(XptReferenceTest.class, "xpt/haven-written.json");
    Dataset d = XptReader.read("haven-written.xpt", resource("xpt/haven-written.xpt"));
    assertThat(d.name()).isEqualTo(r.get("dataset").asText());
    assertThat(d.label()).isEqualTo(r.get("label").asText());
    assertThat(d.rows()).hasSize(r.get("rows").asInt());
    for (int c = 0; c < d.variables().size(); c++) {
      Variable v = d.variables().get(c);
      JsonNode col = r.get("columns").get(c);
      assertThat(v.name()).isEqualTo(col.get("name").asText());
      assertThat(v.label()).isEqualTo(col.get("label").asText());
      for (int row = 0; row < d.rows().size(); row++) {
        Object read = d.rows().get(row).get(c);
        JsonNode expected = col.get("values").get(row);
        String what = v.name() + " row " + (row + 1);
        if (expected.isNull()) {
          assertThat(read).as(what).isNull();
        } else if (read instanceof Double x) {
          double e = Double.parseDouble(expected.asText());
          assertThat(Math.abs(x - e)).as(what).isLessThanOrEqualTo(RELATIVE * Math.abs(e));
        } else {
          assertThat(read).as(what).isEqualTo(expected.asText());
        }
      }
    }
    assertThat(List.of(type(d, "ADT"), type(d, "ADTM"), type(d, "AVAL"), type(d, "TERM")))
        .containsExactly(DataType.DATE, DataType.DATETIME, DataType.DOUBLE, DataType.STRING);
  }

  private static DataType type(Dataset d, String name) {
    return d.variables().stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow()
        .dataType();
  }

  private static JsonNode col(JsonNode r, String name) {
    for (JsonNode c : r.get("columns")) {
      if (c.get("name").asText().equals(name)) {
        return c.get("values");
      }
    }
    throw new AssertionError(name);
  }

  /** The SAS number of a value, worked out here independently of the writer. */
  private static double sas(DataType t, Object value) {
    LocalDate epoch = LocalDate.of(1960, 1, 1);
    return switch (t) {
      case DATE -> ChronoUnit.DAYS.between(epoch, LocalDate.parse((String) value));
      case DATETIME -> {
        LocalDateTime dt = LocalDateTime.parse((String) value);
        yield ChronoUnit.SECONDS.between(epoch.atStartOfDay(), dt.withNano(0)) + dt.getNano() / 1e9;
      }
      case BOOLEAN -> (Boolean) value ? 1 : 0;
      case DECIMAL -> ((BigDecimal) value).doubleValue();
      case INTEGER -> (Long) value;
      default -> (Double) value;
    };
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = XptReferenceTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
