package org.celltrial.analysis.cdisc;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The dataset written to {@code xpt/celltrial-adxp.xpt} (test resources), which {@code
 * xpt/foreign-reference.R} reads with R's {@code foreign::read.xport}: edge numbers of the IBM
 * range, missing values, dates before and after 1960, date-times, Chinese text and labels.
 */
final class XptFixture {
  static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 25, 14, 40, 5);

  private XptFixture() {}

  static Dataset dataset() {
    List<Variable> vars =
        List.of(
            new Variable("IT.ADXP.USUBJID", "USUBJID", "受试者唯一标识", DataType.STRING, 12, null, 1),
            Variable.of("IT.ADXP.AETERM", "AETERM", "Reported Term", DataType.STRING),
            Variable.of("IT.ADXP.AESEQ", "AESEQ", "Sequence Number", DataType.INTEGER),
            Variable.of("IT.ADXP.AVAL", "AVAL", "Analysis Value", DataType.DOUBLE),
            new Variable(
                "IT.ADXP.ANRLO",
                "ANRLO",
                "Normal Range Lower",
                DataType.DECIMAL,
                null,
                "8.2",
                null,
                DataType.DECIMAL),
            new Variable(
                "IT.ADXP.ADT",
                "ADT",
                "Analysis Date",
                DataType.DATE,
                null,
                "E8601DA.",
                null,
                DataType.INTEGER),
            new Variable(
                "IT.ADXP.ASTDT",
                "ASTDT",
                "Start Date",
                DataType.DATE,
                null,
                "DATE9.",
                null,
                DataType.INTEGER),
            new Variable(
                "IT.ADXP.ADTM",
                "ADTM",
                "Analysis Datetime",
                DataType.DATETIME,
                null,
                "E8601DT.",
                null,
                DataType.INTEGER),
            Variable.of("IT.ADXP.SAFFL", "SAFFL", "Safety Flag", DataType.BOOLEAN));
    List<List<Object>> rows =
        List.of(
            row(
                "S-001",
                "细胞因子释放综合征",
                1L,
                0.1,
                "12.34",
                "2024-03-01",
                "2024-02-28",
                "2024-03-01T08:30:00",
                true),
            row(
                "S-002",
                "ICANS",
                2L,
                1.0 / 3,
                "0",
                "1960-01-01",
                "1959-12-31",
                "1960-01-01T00:00:00",
                false),
            row(
                "S-003",
                null,
                3L,
                -118.625,
                "-0.5",
                "1959-12-31",
                null,
                "1959-12-31T23:59:59",
                null),
            row(
                "S-004",
                "Neutropenia, grade 4",
                9_007_199_254_740_992L,
                7.2e75,
                null,
                null,
                "2100-12-31",
                "2024-03-01T08:30:00.25",
                true),
            row("S-005", "x", -1L, 5.4e-79, "1E+10", "1900-02-28", "1960-02-29", null, false),
            row(
                "S-006",
                "  leading blanks kept",
                0L,
                Math.PI,
                "123456.789",
                "2000-02-29",
                "1582-10-15",
                "2038-01-19T03:14:08",
                true),
            row("S-007", "π ≈ 3.14159", null, null, null, null, null, null, null),
            row(
                "S-008",
                "last",
                123_456_789L,
                -1e-10,
                "0.001",
                "2024-12-31",
                "2024-12-31",
                "2024-12-31T23:59:59",
                false),
            row(
                "S-009",
                "Ω",
                42L,
                123456789.123456789,
                "99.99",
                "1970-01-01",
                "1970-01-01",
                "1970-01-01T00:00:00",
                true),
            row(
                "S-010",
                "end",
                10L,
                -7.2e75,
                "-1",
                "2024-03-01",
                "2024-03-01",
                "2024-03-01T00:00:01",
                false));
    return new Dataset("ADXP", "XPT 参考数据集 reference", "IG.ADXP", vars, rows);
  }

  private static List<Object> row(
      String id,
      String term,
      Long seq,
      Double aval,
      String anrlo,
      String adt,
      String astdt,
      String adtm,
      Boolean flag) {
    return Arrays.asList(
        id, term, seq, aval, anrlo == null ? null : new BigDecimal(anrlo), adt, astdt, adtm, flag);
  }
}
