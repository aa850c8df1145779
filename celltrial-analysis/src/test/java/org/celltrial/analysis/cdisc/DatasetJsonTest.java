package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

class DatasetJsonTest {
  private static final String CREATED = "2025-01-15T09:30:00";

  private static final FileInfo INFO =
      new FileInfo(
          "www.example.org.CART-001.ADSL",
          "Example Sponsor",
          "celltrial",
          "0.1.0",
          "2025-01-14T18:00:00",
          "CART-001",
          "MDV.CART-001.ADaM.1");

  static Dataset adsl() {
    List<Variable> vars =
        List.of(
            new Variable(
                "IT.ADSL.STUDYID", "STUDYID", "Study Identifier", DataType.STRING, 8, null, null),
            new Variable(
                "IT.ADSL.USUBJID",
                "USUBJID",
                "Unique Subject Identifier",
                DataType.STRING,
                16,
                null,
                1),
            new Variable("IT.ADSL.AGE", "AGE", "Age", DataType.INTEGER, 8, null, null),
            new Variable(
                "IT.ADSL.DOSE",
                "DOSE",
                "CAR-T Dose (10^6 cells/kg)",
                DataType.DECIMAL,
                null,
                "8.2",
                null),
            Variable.of("IT.ADSL.WEIGHTBL", "WEIGHTBL", "Baseline Weight (kg)", DataType.DOUBLE),
            new Variable(
                "IT.ADSL.TRTSDT",
                "TRTSDT",
                "Date of First Exposure to Treatment",
                DataType.DATE,
                null,
                "DATE9.",
                null),
            Variable.of("IT.ADSL.SAFFL", "SAFFL", "Safety Population Flag", DataType.BOOLEAN));
    List<List<Object>> rows =
        List.of(
            List.of(
                "CART-001", "CART-001-0001", 34L, new BigDecimal("1.00"), 61.5, "2024-03-01", true),
            List.of(
                "CART-001",
                "CART-001-0002",
                58L,
                new BigDecimal("2.50"),
                72.25,
                "2024-03-15",
                true),
            Arrays.asList(
                "CART-001", "CART-001-0003", null, new BigDecimal("2.5"), null, null, false));
    return new Dataset("ADSL", "Subject-Level Analysis Dataset", "IG.ADSL", vars, rows);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = DatasetJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theHandWrittenExampleReadsAsTheDatasetBuiltInCode() throws IOException {
    DatasetFile file = DatasetJsonReader.read("adsl-example.json", resource("adsl-example.json"));
    assertThat(file.creationDateTime()).isEqualTo(CREATED);
    assertThat(file.info()).isEqualTo(INFO);
    assertThat(file.dataset()).isEqualTo(adsl());
    assertThat(file.dataset().rows().get(2).get(3))
        .as("a decimal given as a JSON number is read too")
        .isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void writeThenReadGivesTheSameDatasetAndTheSameBytesAgain() {
    String json = DatasetJson.write(adsl(), INFO, CREATED);
    DatasetFile back = DatasetJsonReader.read("written", json);
    assertThat(back.dataset()).isEqualTo(adsl());
    assertThat(back.info()).isEqualTo(INFO);
    assertThat(DatasetJson.write(back.dataset(), back.info(), back.creationDateTime()))
        .isEqualTo(json);
    assertThat(json)
        .startsWith(
            "{\"datasetJSONCreationDateTime\":\"2025-01-15T09:30:00\",\"datasetJSONVersion\":\"1.1.0\","
                + "\"fileOID\":\"www.example.org.CART-001.ADSL\"")
        .contains("\"records\":3,\"name\":\"ADSL\"")
        .contains("[\"CART-001\",\"CART-001-0002\",58,\"2.50\",72.25,\"2024-03-15\",true]")
        .contains(
            "{\"itemOID\":\"IT.ADSL.USUBJID\",\"name\":\"USUBJID\",\"label\":\"Unique Subject"
                + " Identifier\",\"dataType\":\"string\",\"length\":16,\"keySequence\":1}")
        .endsWith("]]}\n");
    assertThat(DatasetJson.write(adsl(), INFO, "2025-02-01T00:00:00"))
        .isEqualTo(json.replace(CREATED, "2025-02-01T00:00:00"));
  }

  @Test
  void optionalAttributesAreLeftOutAndChineseTextSurvives() {
    Dataset ds =
        new Dataset(
            "ADAE",
            "不良事件分析数据集",
            "IG.ADAE",
            List.of(Variable.of("IT.ADAE.AETERM", "AETERM", "不良事件术语", DataType.STRING)),
            List.of(List.of("细胞因子释放综合征")));
    FileInfo none = new FileInfo(null, null, null, null, null, null, null);
    String json = DatasetJson.write(ds, none, CREATED);
    assertThat(json).doesNotContain("fileOID").doesNotContain("sourceSystem");
    assertThat(DatasetJsonReader.read("zh", json).dataset()).isEqualTo(ds);
  }

  @Test
  void csvHasNamesThenValuesWithQuotingAndEmptyMissing() {
    assertThat(DatasetCsv.write(adsl()))
        .isEqualTo(
            "STUDYID,USUBJID,AGE,DOSE,WEIGHTBL,TRTSDT,SAFFL\n"
                + "CART-001,CART-001-0001,34,1.00,61.5,2024-03-01,true\n"
                + "CART-001,CART-001-0002,58,2.50,72.25,2024-03-15,true\n"
                + "CART-001,CART-001-0003,,2.5,,,false\n");
    Dataset quoted =
        new Dataset(
            "X",
            "x",
            "IG.X",
            List.of(Variable.of("IT.X.A", "A", "a", DataType.STRING)),
            List.of(List.of("say \"hi\", then\nleave")));
    assertThat(DatasetCsv.write(quoted)).isEqualTo("A\n\"say \"\"hi\"\", then\nleave\"\n");
    // Each reason to quote on its own (a comma, a quote, a line feed, a carriage return), and none.
    Dataset each =
        new Dataset(
            "X",
            "x",
            "IG.X",
            List.of(Variable.of("IT.X.A", "A", "a", DataType.STRING)),
            List.of(
                List.of("a,b"), List.of("a\"b"), List.of("a\nb"), List.of("a\rb"), List.of("a b")));
    assertThat(DatasetCsv.write(each))
        .isEqualTo("A\n\"a,b\"\n\"a\"\"b\"\n\"a\nb\"\n\"a\rb\"\na b\n");
  }

  @Test
  void aBadFileFailsWholeWithEveryProblemLocated() throws IOException {
    String bad =
        resource("adsl-example.json")
            .replace("\"records\": 3", "\"records\": 4")
            .replace("\"1.1.0\"", "\"1.0\"")
            .replace(
                "[\"CART-001\", \"CART-001-0002\", 58,",
                "[\"CART-001\", \"CART-001-0002\", \"58\",")
            .replace("\"2024-03-01\"", "\"01MAR2024\"")
            .replace("\"CART-001-0001\"", "\"CART-001-0001-EXTRA-LONG\"")
            .replace("\"dataType\": \"boolean\"", "\"dataType\": \"logical\"");
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> DatasetJsonReader.read("bad.json", bad));
    String en = e.render(Lang.EN);
    assertThat(en)
        .startsWith("Dataset bad.json: 6 problem(s)")
        .contains("datasetJSONVersion = 1.0: datasetJSONVersion must be 1.1 or 1.1.x")
        .contains("SAFFL.dataType = logical: dataType must be one of string, integer")
        .contains("row 2, variable AGE, value \"58\": not a valid integer value")
        .contains("records = 4: records must equal the number of rows (3)")
        .contains("row 1, variable TRTSDT, value 01MAR2024: not a valid date value")
        .contains(
            "row 1, variable USUBJID, value CART-001-0001-EXTRA-LONG: longer than the column length 16");
    assertThat(e.render(Lang.ZH)).contains("第 2 行，变量 AGE，取值 \"58\"");
  }

  @Test
  void structuralProblems() {
    assertThat(message("{not json")).contains("not valid JSON");
    assertThat(message("[1]")).contains("must be a JSON object");
    assertThat(message("{\"extra\": 1}"))
        .contains("extra = (missing): not a Dataset-JSON v1.1 attribute")
        .contains("datasetJSONCreationDateTime = (missing): required")
        .contains("columns = (missing): a dataset needs at least one column");
  }

  @Test
  void datasetsBuiltInCodeAreCheckedToo() {
    List<Variable> vars =
        List.of(
            new Variable("IT.A", "A", "a", DataType.INTEGER, null, null, 1),
            new Variable("IT.A", "A", "b", DataType.DOUBLE, 0, null, 1));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList(1L, Double.NaN));
    rows.add(List.of(1L));
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> new Dataset("D", "d", "IG.D", vars, rows));
    assertThat(e.render(Lang.EN))
        .contains("6 problem(s)")
        .contains("column names must be unique")
        .contains("itemOIDs must be unique")
        .contains("length must be a whole number of at least 1")
        .contains("keySequence must be")
        .contains("row 1, variable A, value NaN: not a valid double value");
    assertThat(
            catchThrowableOfType(
                    CelltrialException.class,
                    () -> DatasetJson.write(adsl(), INFO, "2025-01-15 09:30"))
                .render(Lang.EN))
        .contains("datasetJSONCreationDateTime = 2025-01-15 09:30: must be an ISO 8601 date-time");
  }

  /**
   * Dataset-JSON v1.1, "Supported Column Data Type Combinations": {@code targetDataType} is {@code
   * decimal} only on a {@code decimal} column (exchanged as a string) and {@code integer} only on a
   * {@code date}, {@code datetime} or {@code time} column; every other pair is refused.
   */
  @Test
  void targetDataTypeFollowsTheSupportedCombinations() {
    for (DataType type : DataType.values()) {
      for (DataType target : DataType.values()) {
        boolean allowed =
            target == DataType.DECIMAL && type == DataType.DECIMAL
                || target == DataType.INTEGER
                    && (type == DataType.DATE
                        || type == DataType.DATETIME
                        || type == DataType.TIME);
        Variable v = new Variable("IT.X", "X", "x", type, null, null, null, target);
        assertThat(v.allowsTarget()).as(type + " -> " + target).isEqualTo(allowed);
      }
    }
  }

  @Test
  void targetDataTypeIsWrittenAfterDataTypeAndReadBack() throws IOException {
    String json =
        resource("adsl-example.json")
            .replace(
                "\"dataType\": \"decimal\",",
                "\"dataType\": \"decimal\", \"targetDataType\": \"decimal\",")
            .replace(
                "\"dataType\": \"date\",",
                "\"dataType\": \"date\", \"targetDataType\": \"integer\",");
    DatasetFile f = DatasetJsonReader.read("adsl.json", json);
    assertThat(f.dataset().variables().get(3).targetDataType()).isEqualTo(DataType.DECIMAL);
    assertThat(f.dataset().variables().get(5).targetDataType()).isEqualTo(DataType.INTEGER);
    assertThat(f.dataset().variables().get(0).targetDataType()).isNull();
    String written = DatasetJson.write(f.dataset(), INFO, CREATED);
    assertThat(written)
        .contains("\"dataType\":\"decimal\",\"targetDataType\":\"decimal\",")
        .contains("\"dataType\":\"date\",\"targetDataType\":\"integer\",")
        .contains("\"1.00\"");
    assertThat(DatasetJsonReader.read("again.json", written).dataset()).isEqualTo(f.dataset());
    String bad =
        resource("adsl-example.json")
            .replace(
                "\"dataType\": \"boolean\"",
                "\"dataType\": \"boolean\", \"targetDataType\": \"integer\"")
            .replace(
                "\"dataType\": \"decimal\",",
                "\"dataType\": \"decimal\", \"targetDataType\": \"number\",");
    assertThat(message(bad))
        .contains("2 problem(s)")
        .contains("SAFFL = integer: targetDataType must be decimal on a decimal column")
        .contains("DOSE.targetDataType = number: targetDataType must be");
  }

  private static String message(String json) {
    return catchThrowableOfType(CelltrialException.class, () -> DatasetJsonReader.read("f", json))
        .render(Lang.EN);
  }
}
