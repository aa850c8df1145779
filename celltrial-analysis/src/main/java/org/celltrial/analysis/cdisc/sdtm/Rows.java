package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;

/** Collects the records of one domain in variable order, numbering {@code --SEQ} per subject. */
final class Rows {
  private final Domain domain;
  private final String studyId;
  private final List<Object[]> rows = new ArrayList<>();
  private final Map<String, Long> seq = new HashMap<>();

  Rows(Domain domain, String studyId) {
    this.domain = domain;
    this.studyId = studyId;
  }

  /** A new record of the subject; {@code STUDYID}, {@code DOMAIN} and {@code --SEQ} are set. */
  Row add(String usubjid) {
    Object[] values = new Object[domain.vars().size()];
    rows.add(values);
    Row r = new Row(values);
    r.set("STUDYID", studyId);
    if (domain.var("DOMAIN") != null) {
      r.set("DOMAIN", domain.name());
    }
    if (domain.var("RDOMAIN") != null) {
      r.set("RDOMAIN", domain.name().substring(4));
    }
    if (usubjid != null) {
      r.set("USUBJID", usubjid);
      String seqVar = domain.name() + "SEQ";
      if (domain.var(seqVar) != null) {
        r.set(seqVar, seq.merge(usubjid, 1L, Long::sum));
      }
    }
    return r;
  }

  /** The next sequence number of a key (TSSEQ within a TSPARMCD). */
  long next(String key) {
    return seq.merge("#" + key, 1L, Long::sum);
  }

  /** A supplemental qualifier of a parent record, left out when the value is {@code null}. */
  void qualifier(
      String usubjid, String idvar, Object idvarval, String qnam, String qlabel, Object qval) {
    if (qval == null) {
      return;
    }
    add(usubjid)
        .set("IDVAR", idvar)
        .set("IDVARVAL", idvarval == null ? null : String.valueOf(idvarval))
        .set("QNAM", qnam)
        .set("QLABEL", qlabel)
        .set("QVAL", String.valueOf(qval))
        .set("QORIG", "CRF");
  }

  Dataset dataset() {
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(Arrays.asList(r));
    }
    return new Dataset(
        domain.name(), domain.label(), "IG." + domain.name(), domain.variables(), out);
  }

  /** One record being filled. */
  final class Row {
    private final Object[] values;

    private Row(Object[] values) {
      this.values = values;
    }

    /** Sets a variable: dates and date-times as ISO 8601, numbers as the variable's kind. */
    Row set(String name, Object value) {
      Domain.Var v = domain.var(name);
      if (v == null) {
        throw new IllegalArgumentException(domain.name() + "." + name);
      }
      values[domain.vars().indexOf(v)] = convert(v.kind(), value);
      return this;
    }

    /** The subject's sequence number of this record. */
    Long seq() {
      return (Long) values[domain.vars().indexOf(domain.var(domain.name() + "SEQ"))];
    }
  }

  private static Object convert(Kind kind, Object value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case INT -> ((Number) value).longValue();
      case NUM -> ((Number) value).doubleValue();
      case DTC -> dtc(value);
      case TEXT -> String.valueOf(value);
    };
  }

  /** ISO 8601: {@code 2024-03-01} or {@code 2024-03-01T08:30:00} (seconds always written). */
  static String dtc(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return String.valueOf(value);
  }
}
