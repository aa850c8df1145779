package org.celltrial.analysis.cdisc.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetJson;
import org.celltrial.analysis.cdisc.DatasetJsonReader;
import org.celltrial.analysis.cdisc.FileInfo;
import org.junit.jupiter.api.Test;

class SdtmRoundTripTest {
  @Test
  void everyMappedFieldComesBackFromTheTextTablesOfACsvExport() {
    SdtmStudy pkg = SdtmFixture.pkg();
    SdtmStudy back = SdtmReader.read(SdtmFixture.tables(SdtmWriter.write(pkg)));
    assertSame(pkg, back);
  }

  @Test
  void everyMappedFieldComesBackThroughDatasetJson() {
    SdtmStudy pkg = SdtmFixture.pkg();
    List<Dataset> read = new ArrayList<>();
    for (Dataset d : SdtmWriter.write(pkg)) {
      String json =
          DatasetJson.write(
              d, new FileInfo("F", null, null, null, null, null, null), "2024-12-01T00:00:00");
      read.add(DatasetJsonReader.read(d.name(), json).dataset());
    }
    assertSame(pkg, SdtmReader.read(SdtmFixture.tables(read)));
  }

  @Test
  void writesTheCtTermsAndStillReadsThePreCtSpellings() {
    SdtmStudy pkg = SdtmFixture.pkg();
    List<SdtmTable> written = SdtmFixture.tables(SdtmWriter.write(pkg));
    // Export: DSDECOD ENTERED INTO TRIAL (PROTMLST C161417), RSTESTCD BESTRESP (SDTMIG RS),
    // EXDOSU Therapeutic Cells/kg (UNIT-style sponsor unit), PCORRESU copies/ug (UNIT C126079).
    String[][] renamed = {
      {"DS", "DSTERM", "ENTERED INTO TRIAL", "ENROLLED"},
      {"DS", "DSDECOD", "ENTERED INTO TRIAL", "ENROLLED"},
      {"RS", "RSTESTCD", "BESTRESP", "BESTRSP"},
      {"EX", "EXDOSU", "Therapeutic Cells/kg", "CELLS/kg"},
      {"PC", "PCORRESU", "copies/ug", "copies/ug gDNA"}
    };
    List<SdtmTable> old = written;
    for (String[] r : renamed) {
      assertThat(column(written, r[0], r[1])).contains(r[2]).doesNotContain(r[3]);
      old = SdtmControlledTermsTest.replace(old, r[0], r[1], r[2], r[3]);
      assertThat(column(old, r[0], r[1])).contains(r[3]).doesNotContain(r[2]);
    }
    // Import: a package written before (the old spellings) reads back to the same study.
    assertSame(pkg, SdtmReader.read(old));
  }

  private static List<String> column(List<SdtmTable> tables, String domain, String var) {
    SdtmTable t = tables.stream().filter(x -> x.domain().equals(domain)).findFirst().orElseThrow();
    int c = t.columns().indexOf(var);
    return t.rows().stream().map(r -> r.get(c)).toList();
  }

  @Test
  void writesEveryDomainInOrderWithTheSubjectsRecordsAndStudyDaysWithoutDayZero() {
    List<Dataset> ds = SdtmWriter.write(SdtmFixture.pkg());
    assertThat(ds).extracting(Dataset::name).containsExactlyElementsOf(SdtmWriter.DOMAINS);
    Dataset ae = ds.get(SdtmWriter.DOMAINS.indexOf("AE"));
    int stdy = ae.variables().stream().map(v -> v.name()).toList().indexOf("AESTDY");
    int cat = ae.variables().stream().map(v -> v.name()).toList().indexOf("AECAT");
    // CRS episode 1: onset day 1 after infusion (day 0) is SDTM study day 2 (no day 0, day 1 =
    // RFSTDTC); episode 2: day 9 -> 10.
    List<Object> crsDays =
        ae.rows().stream().filter(r -> "CRS".equals(r.get(cat))).map(r -> r.get(stdy)).toList();
    assertThat(crsDays).containsExactly(2L, 10L);
    Dataset dm = ds.get(SdtmWriter.DOMAINS.indexOf("DM"));
    assertThat(dm.rows()).hasSize(2);
    // The screen failure: arm SCRNFAIL, age from ageYears, sex M, death date.
    assertThat(dm.rows().get(1)).contains("SCRNFAIL", 71L, "M", "2024-03-06", "Y");
    assertThat(dm.rows().get(0)).contains("DL2", "2024-03-01", "F");
  }

  @Test
  void theSdtmStudyDayOfAnAstctDayHasNoDayZero() {
    assertThat(SafetyWriter.studyDay(0)).isEqualTo(1);
    assertThat(SafetyWriter.studyDay(-1)).isEqualTo(-1);
    assertThat(SafetyWriter.studyDay(1)).isEqualTo(2);
  }

  private static void assertSame(SdtmStudy pkg, SdtmStudy back) {
    assertThat(back.study()).isEqualTo(pkg.study());
    assertThat(back.kinetics()).isEqualTo(pkg.kinetics());
    assertThat(back.subjects()).hasSameSizeAs(pkg.subjects());
    for (int i = 0; i < pkg.subjects().size(); i++) {
      SdtmSubject a = pkg.subjects().get(i);
      SdtmSubject b = back.subjects().get(i);
      assertThat(b.subject()).isEqualTo(a.subject());
      assertThat(b.infusion()).isEqualTo(a.infusion());
      assertThat(b.crs()).isEqualTo(a.crs());
      assertThat(b.icans()).isEqualTo(a.icans());
      assertThat(b.counts()).isEqualTo(a.counts());
      assertThat(b.responses()).isEqualTo(a.responses());
      assertThat(b.igg()).isEqualTo(a.igg());
      assertThat(b.tls()).isEqualTo(a.tls());
    }
  }
}
