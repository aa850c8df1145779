package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The v5 rules (just within / just beyond each limit), streaming, padding and round trips. */
class XptWriterTest {
  private static Variable text(String name, int length) {
    return new Variable("IT." + name, name, name, DataType.STRING, length, null, null);
  }

  private static Variable number(String name) {
    return Variable.of("IT." + name, name, name, DataType.DOUBLE);
  }

  private static CelltrialException openFails(String name, String label, List<Variable> vars) {
    return catchThrowableOfType(
        CelltrialException.class,
        () -> XptWriter.open(new ByteArrayOutputStream(), name, label, vars, XptFixture.CREATED));
  }

  @ParameterizedTest
  @CsvSource({
    "A, true",
    "_X1, true",
    "ABCDEFGH, true",
    "ABCDEFGHI, false",
    "1A, false",
    "adsl, false",
    "AB-C, false",
    "'', false",
  })
  void datasetAndVariableNames(String name, boolean ok) {
    CelltrialException ds = openFails(name, "", List.of(number("X")));
    CelltrialException var = openFails("D", "", List.of(number(name)));
    assertThat(ds == null).isEqualTo(ok);
    assertThat(var == null).isEqualTo(ok);
    if (!ok) {
      assertThat(var.render(Lang.EN)).contains("SAS XPORT v5 names are 1 to 8 characters");
      assertThat(var.render(Lang.ZH)).contains("SAS XPORT v5 名称为 1 至 8 个字符");
    }
  }

  /** 40 bytes: 40 ASCII letters, or 13 Chinese characters (39 bytes); 14 of them are 42 bytes. */
  @ParameterizedTest
  @CsvSource({
    "40, 0, true",
    "41, 0, false",
    "0, 13, true",
    "1, 13, true",
    "2, 13, false",
    "0, 14, false"
  })
  void labelsAreAtMost40Bytes(int ascii, int chinese, boolean ok) {
    String label = "L".repeat(ascii) + "细".repeat(chinese);
    CelltrialException ds = openFails("D", label, List.of(number("X")));
    CelltrialException var =
        openFails(
            "D", "", List.of(new Variable("I", "X", label, DataType.DOUBLE, null, null, null)));
    assertThat(ds == null).isEqualTo(ok);
    assertThat(var == null).isEqualTo(ok);
    if (chinese == 14) {
      assertThat(ds.render(Lang.EN)).contains("this one is 42 bytes in UTF-8");
      assertThat(var.render(Lang.ZH)).contains("X.label").contains("编码为 42 个字节");
    }
  }

  @ParameterizedTest
  @CsvSource({"1, true", "200, true", "201, false", "0, false"})
  void characterLengthsAre1To200Bytes(int length, boolean ok) {
    assertThat(openFails("D", "", List.of(text("T", length))) == null).isEqualTo(ok);
  }

  @Test
  void aStreamedTextNeedsItsLength() {
    CelltrialException e = openFails("D", "", List.of(Variable.of("I", "T", "t", DataType.STRING)));
    assertThat(e.render(Lang.EN)).contains("T.length").contains("1 to 200 bytes");
  }

  /**
   * Rows encoded before the lengths are known ({@link XptWriter#encode}) write the same bytes as
   * the same rows written one by one once they are; bad values are located as {@code row} locates
   * them.
   */
  @Test
  void encodedRowsWriteAsRowsDo() throws IOException {
    List<List<Object>> rows =
        List.of(
            Arrays.asList("细胞", 7.25, 3L, "2024-03-01"),
            Arrays.asList(null, null, null, null),
            Arrays.asList("ab ", -0.1, -4L, "1959-12-31"));
    List<Variable> vars =
        List.of(
            text("T", 200),
            number("X"),
            Variable.of("I", "N", "n", DataType.INTEGER),
            Variable.of("J", "DT", "d", DataType.DATE));
    XptWriter.Encoded e = XptWriter.encode(vars, rows);
    assertThat(e.longest()).containsExactly(6, 0, 0, 0);
    List<Variable> fitted = List.of(text("T", 6), vars.get(1), vars.get(2), vars.get(3));
    ByteArrayOutputStream byRow = new ByteArrayOutputStream();
    try (XptWriter w = XptWriter.open(byRow, "D", "", fitted, XptFixture.CREATED)) {
      for (List<Object> r : rows) {
        w.row(r);
      }
    }
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try (XptWriter w = XptWriter.open(encoded, "D", "", fitted, XptFixture.CREATED)) {
      w.encoded(new ByteArrayInputStream(e.bytes()), rows.size());
    }
    assertThat(encoded.toByteArray()).isEqualTo(byRow.toByteArray());
    CelltrialException bad =
        catchThrowableOfType(
            CelltrialException.class,
            () ->
                XptWriter.encode(
                    vars,
                    List.of(
                        rows.get(0), Arrays.asList("x".repeat(201), 7.3e75, "3", "01MAR2024"))));
    assertThat(bad.render(Lang.EN))
        .contains("row 2, variable T")
        .contains("row 2, variable X, value 7.3E75: outside the range of IBM floating point")
        .contains("row 2, variable N, value 3")
        .contains("row 2, variable DT, value 01MAR2024: not a valid date value");
  }

  /** Each bad value is located by row, variable, value and rule; the whole row is refused. */
  @Test
  void badValuesAreLocated() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Variable> vars =
        List.of(
            text("T", 6),
            number("X"),
            Variable.of("I", "N", "n", DataType.INTEGER),
            Variable.of("J", "DT", "d", DataType.DATE));
    try (XptWriter w = XptWriter.open(out, "D", "", vars, XptFixture.CREATED)) {
      w.row(Arrays.asList("细胞", 7.2e75, 9_007_199_254_740_992L, "2024-03-01"));
      CelltrialException e =
          catchThrowableOfType(
              CelltrialException.class,
              () -> w.row(Arrays.asList("细胞因", 7.3e75, 9_007_199_254_740_993L, "01MAR2024")));
      assertThat(e.render(Lang.EN))
          .contains("Dataset D: 4 problem(s)")
          .contains(
              "row 2, variable T, value 细胞因: takes 9 bytes in UTF-8, more than the variable length of 6 bytes")
          .contains("row 2, variable X, value 7.3E75: outside the range of IBM floating point")
          .contains("row 2, variable N, value 9007199254740993: a whole number beyond 2^53")
          .contains("row 2, variable DT, value 01MAR2024: not a valid date value");
      assertThat(e.render(Lang.ZH)).contains("第 2 行，变量 X").contains("超出 SAS XPORT 所用 IBM 浮点数的范围");
      w.row(Arrays.asList(null, 1e-79 * 0, null, null));
    }
    Dataset back = XptReader.read("d", out.toByteArray());
    assertThat(back.rows())
        .containsExactly(
            Arrays.asList("细胞", 7.2e75, 0x1p53, "2024-03-01"),
            Arrays.asList(null, 0.0, null, null));
  }

  @Test
  void streamingGivesTheBytesOfTheWholeDatasetAndPadsTo80() throws IOException {
    Dataset d = XptFixture.dataset();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Variable> fitted = XptReader.read("x", XptWriter.bytes(d, XptFixture.CREATED)).variables();
    List<Variable> vars = new ArrayList<>();
    for (int c = 0; c < fitted.size(); c++) {
      Variable v = d.variables().get(c);
      vars.add(
          new Variable(
              v.itemOid(),
              v.name(),
              v.label(),
              v.dataType(),
              fitted.get(c).length(),
              v.displayFormat(),
              null,
              v.targetDataType()));
    }
    try (XptWriter w = XptWriter.open(out, d.name(), d.label(), vars, XptFixture.CREATED)) {
      for (List<Object> row : d.rows()) {
        w.row(row);
      }
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes).isEqualTo(XptWriter.bytes(d, XptFixture.CREATED));
    // 10 header records, 9 namestrs of 140 bytes in 16 records (1260 → 1280), 10 rows of 88
    // bytes (880 → 880, already 11 records).
    assertThat(bytes).hasSize(8 * 80 + 1280 + 80 + 880);
  }

  @Test
  void noRowsIsAValidFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XptWriter.open(out, "SUPPEX", "Supplemental", List.of(text("RDOMAIN", 2)), XptFixture.CREATED)
        .close();
    assertThat(out.size()).isEqualTo(8 * 80 + 160 + 80);
    assertThat(XptReader.read("s", out.toByteArray()).rows()).isEmpty();
  }

  /**
   * A row of 8 bytes: 10 fit in a record. Blank rows at the end of the last record cannot be told
   * from padding and are dropped (as SAS does); a blank row before a non-blank one is kept.
   */
  @Test
  void trailingBlankRowsInTheLastRecordAreTakenAsPadding() throws IOException {
    assertThat(rowsBack(Arrays.asList("TEXT", null, null))).containsExactly(List.of("TEXT"));
    List<List<Object>> kept = rowsBack(Arrays.asList("TEXT", null, "X"));
    assertThat(kept).hasSize(3);
    assertThat(kept.get(1)).containsOnlyNulls();
  }

  private static List<List<Object>> rowsBack(List<String> values) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XptWriter w = XptWriter.open(out, "D", "", List.of(text("T", 8)), XptFixture.CREATED)) {
      for (String v : values) {
        w.row(Arrays.asList((Object) v));
      }
    }
    return XptReader.read("d", out.toByteArray()).rows();
  }

  /** SAS's special missing values .A–.Z and ._ (that byte, then seven zeros) read as missing. */
  @ParameterizedTest
  @CsvSource({"46", "65", "90", "95"})
  void specialMissingValuesReadAsMissing(int firstByte) throws IOException {
    byte[] b =
        XptWriter.bytes(
            new Dataset("D", "", "IG.D", List.of(number("X")), List.of(List.of(1.0))),
            XptFixture.CREATED);
    int at = b.length - 80;
    ByteBuffer.wrap(b).putLong(at, (long) firstByte << 56);
    assertThat(XptReader.read("d", b).rows()).containsExactly(Arrays.asList((Object) null));
  }

  @Test
  void notAnXptFileIsNamed() {
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () -> XptReader.read("dm.xpt", "{\"name\":\"DM\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.render(Lang.EN)).contains("dm.xpt is not a SAS XPORT v5 file");
    assertThat(e.render(Lang.ZH)).contains("dm.xpt 不是 celltrial 可读取的 SAS XPORT v5 文件");
  }

  /** write → read: any double of the IBM range exactly, any text without trailing blanks. */
  @Property(tries = 300)
  void roundTrip(
      @ForAll @Size(max = 12) List<@DoubleRange(min = -7.2e75, max = 7.2e75) Double> numbers,
      @ForAll @Size(max = 12) List<@StringLength(max = 20) String> texts) {
    int n = Math.max(numbers.size(), texts.size());
    List<List<Object>> rows = new ArrayList<>();
    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Double x = i < numbers.size() ? numbers.get(i) : null;
      if (x != null && Math.abs(x) < IbmFloat.MIN) {
        x = 0.0;
      }
      String s = i < texts.size() ? texts.get(i).replace('\uFFFF', 'x') : null;
      rows.add(Arrays.asList(x, s));
      String stripped = s == null ? null : s.replaceAll("[ \u0000]+$", "");
      expected.add(Arrays.asList(x, stripped == null || stripped.isEmpty() ? null : stripped));
    }
    Dataset d = new Dataset("D", "", "IG.D", List.of(number("X"), text("T", 80)), rows);
    List<List<Object>> back = XptReader.read("d", XptWriter.bytes(d, XptFixture.CREATED)).rows();
    // A final row of blank text and missing number is not blank (missing is 0x2E), so all rows
    // come back.
    assertThat(back).isEqualTo(expected);
  }
}
