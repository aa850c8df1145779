package org.celltrial.analysis.cdisc.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdtmValidationTest {
  private static List<SdtmTable> good() {
    return SdtmFixture.tables(SdtmWriter.write(SdtmFixture.pkg()));
  }

  /** The tables with one domain changed. */
  private static List<SdtmTable> change(
      List<SdtmTable> tables, String domain, UnaryOperator<SdtmTable> f) {
    List<SdtmTable> out = new ArrayList<>();
    for (SdtmTable t : tables) {
      out.add(t.domain().equals(domain) ? f.apply(t) : t);
    }
    return out;
  }

  /** Sets a value of a row (1-based). */
  private static UnaryOperator<SdtmTable> set(int row, String variable, String value) {
    return t -> {
      List<List<String>> rows = new ArrayList<>();
      for (List<String> r : t.rows()) {
        rows.add(new ArrayList<>(r));
      }
      rows.get(row - 1).set(t.columns().indexOf(variable), value);
      return new SdtmTable(t.file(), t.domain(), t.columns(), rows);
    };
  }

  private static UnaryOperator<SdtmTable> dropColumn(String variable) {
    return t -> {
      int c = t.columns().indexOf(variable);
      List<String> cols = new ArrayList<>(t.columns());
      cols.remove(c);
      List<List<String>> rows = new ArrayList<>();
      for (List<String> r : t.rows()) {
        List<String> x = new ArrayList<>(r);
        x.remove(c);
        rows.add(x);
      }
      return new SdtmTable(t.file(), t.domain(), cols, rows);
    };
  }

  private static UnaryOperator<SdtmTable> duplicateRow(int row) {
    return t -> {
      List<List<String>> rows = new ArrayList<>(t.rows());
      rows.add(t.rows().get(row - 1));
      return new SdtmTable(t.file(), t.domain(), t.columns(), rows);
    };
  }

  private static CelltrialException failure(List<SdtmTable> tables) {
    try {
      SdtmReader.read(tables);
    } catch (CelltrialException e) {
      return e;
    }
    throw new AssertionError("the import did not fail");
  }

  @Test
  void theUnchangedExportIsRead() {
    assertThat(SdtmReader.read(good()).subjects()).hasSize(2);
  }

  @Test
  void aMissingRequiredVariableNamesTheFileAndVariableInBothLanguages() {
    CelltrialException e = failure(change(good(), "AE", dropColumn("AETERM")));
    assertThat(e.render(Lang.EN))
        .contains("1 problem(s), nothing was imported")
        .contains("ae.csv, variable AETERM: a required variable of AE is missing");
    assertThat(e.render(Lang.ZH))
        .contains("发现 1 个问题，未导入任何数据")
        .contains("ae.csv，变量 AETERM：缺少 AE 的必需变量");
  }

  @ParameterizedTest
  @CsvSource({
    "2024-02-30", // no such day
    "2024-03", // partial date: not read
    "01/03/2024", // not ISO 8601
    "2024-03-01T25:00", // no such hour
  })
  void aBadIso8601DateIsLocatedByFileRowVariableAndValue(String bad) {
    CelltrialException e = failure(change(good(), "EX", set(2, "EXSTDTC", bad)));
    assertThat(e.render(Lang.EN))
        .contains("ex.csv, row 2, variable EXSTDTC, value " + bad + ": must be an ISO 8601");
    assertThat(e.render(Lang.ZH))
        .contains("ex.csv，第 2 行，变量 EXSTDTC，取值 " + bad + "：必须是完整的 ISO 8601");
  }

  @ParameterizedTest
  @CsvSource({"2024-03-01", "2024-03-01T08:30", "2024-03-01T08:30:15", "2024-02-29"})
  void completeDatesAndDateTimesAreAccepted(String good) {
    assertThat(Rec.isDtc(good)).isTrue();
  }

  @Test
  void aChildRecordOfASubjectNotInDmIsRejected() {
    CelltrialException e = failure(change(good(), "LB", set(1, "USUBJID", "CT-ALL-01-999")));
    assertThat(e.render(Lang.EN))
        .contains(
            "lb.csv, row 1, variable USUBJID, value CT-ALL-01-999: USUBJID must be a subject of DM");
    assertThat(e.render(Lang.ZH)).contains("USUBJID 必须是 DM 中的受试者");
  }

  @Test
  void aTestNameThatDoesNotGoWithItsTestCodeIsRejected() {
    CelltrialException e = failure(change(good(), "LB", set(1, "LBTEST", "Platelets")));
    assertThat(e.render(Lang.EN))
        .contains(
            "lb.csv, row 1, variable LBTEST, value Platelets: inconsistent with LBTESTCD NEUT,"
                + " whose test name is Neutrophils");
    assertThat(e.render(Lang.ZH)).contains("与 LBTESTCD NEUT 不一致，其检测名称为 Neutrophils");
    CelltrialException unknown = failure(change(good(), "LB", set(1, "LBTESTCD", "CD4")));
    assertThat(unknown.render(Lang.EN))
        .contains(
            "value CD4: not a test code celltrial reads here; one of CA, HGB, IGG, K, LYM, MRD, NEUT, PHOS, PLAT, URATE, WBC");
  }

  @Test
  void duplicateKeysAreRejectedNamingTheFirstRow() {
    CelltrialException dm = failure(change(good(), "DM", duplicateRow(1)));
    assertThat(dm.render(Lang.EN))
        .contains(
            "dm.csv, row 3, variable USUBJID, value CT-ALL-01-001: the key [USUBJID] repeats row 1");
    assertThat(dm.render(Lang.ZH)).contains("键 [USUBJID] 与第 1 行重复");
    CelltrialException ae = failure(change(good(), "AE", set(2, "AESEQ", "1")));
    assertThat(ae.render(Lang.EN))
        .contains("ae.csv, row 2, variable AESEQ, value 1: the key [USUBJID, AESEQ] repeats row 1");
  }

  @Test
  void everyProblemIsListedAtOnceAndNothingIsImported() {
    List<SdtmTable> t = good();
    t = change(t, "AE", dropColumn("AETERM"));
    t = change(t, "EX", set(2, "EXSTDTC", "2024-02-30"));
    t = change(t, "LB", set(1, "USUBJID", "CT-ALL-01-999"));
    t = change(t, "LB", set(2, "LBTEST", "Platelets"));
    t = change(t, "DM", duplicateRow(1));
    String msg = failure(t).render(Lang.EN);
    assertThat(msg)
        .contains("5 problem(s), nothing was imported")
        .contains("ae.csv, variable AETERM", "ex.csv, row 2", "lb.csv, row 1", "lb.csv, row 2")
        .contains("dm.csv, row 3");
  }

  @Test
  void aRowWithAMissingValueIsRejectedAsAWhole() {
    CelltrialException e =
        failure(
            change(
                good(),
                "SV",
                t -> {
                  List<List<String>> rows = new ArrayList<>(t.rows());
                  rows.set(1, t.rows().get(1).subList(0, t.columns().size() - 1));
                  return new SdtmTable(t.file(), t.domain(), t.columns(), rows);
                }));
    assertThat(e.render(Lang.EN)).contains("sv.csv: row 2 has 5 values, the header 6");
    assertThat(e.render(Lang.ZH)).contains("sv.csv：第 2 行有 5 个值，表头有 6 个");
  }

  @Test
  void theRequiredDomainsAndParametersMustBeThere() {
    List<SdtmTable> noTs = new ArrayList<>(good());
    noTs.removeIf(t -> t.domain().equals("TS"));
    assertThat(failure(noTs).render(Lang.EN)).contains("the required domain TS is missing");
  }

  @Test
  void aStatedBestResponseThatTheAssessmentsDoNotGiveIsRejected() {
    // RS rows of subject 001: CRi (day 28), CR (day 56), BESTRESP (row 3), IRC CR. The best of
    // CRi then CR is CR; a stated PR contradicts it.
    CelltrialException e = failure(change(good(), "RS", set(3, "RSSTRESC", "PR")));
    assertThat(e.render(Lang.EN))
        .contains("rs.csv, row 3, variable RSSTRESC, value PR: BESTRESP must be")
        .contains("which is CR");
  }

  @Test
  void anOccurrenceFlagContradictingTheAeRecordsIsRejected() {
    // FA row 1: CRS occurred (Y, two AE episodes); row 2: ICANS did not occur (N).
    CelltrialException e = failure(change(good(), "FA", set(1, "FASTRESC", "N")));
    assertThat(e.render(Lang.EN))
        .contains(
            "fa.csv, row 1, variable FASTRESC, value N: the FA occurrence of CRS must be Y"
                + " exactly when AE holds episodes of it (2 found)");
  }

  @Test
  void aBadProtocolParameterInTsIsLocated() {
    List<SdtmTable> t = good();
    SdtmTable ts = t.stream().filter(x -> x.domain().equals("TS")).findFirst().orElseThrow();
    int code = ts.columns().indexOf("TSPARMCD");
    int row = 0;
    while (!ts.rows().get(row).get(code).equals("DLTRULE")) {
      row++;
    }
    CelltrialException e = failure(change(t, "TS", set(row + 1, "TSVAL", "X;CRS;7;;")));
    assertThat(e.render(Lang.EN))
        .contains(
            "ts.csv, row " + (row + 1) + ", variable TSVAL, value X;CRS;7;;: must be id;kinds");
  }

  @Test
  void aCodeTheModelDoesNotKnowIsRejectedListingTheCodes() {
    CelltrialException e = failure(change(good(), "DM", set(1, "SEX", "X")));
    assertThat(e.render(Lang.EN))
        .contains("dm.csv, row 1, variable SEX, value X: must be M, F or U");
  }
}
