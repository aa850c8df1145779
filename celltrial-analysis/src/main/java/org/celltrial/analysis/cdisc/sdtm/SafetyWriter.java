package org.celltrial.analysis.cdisc.sdtm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.malignancy.Malignancy;

/**
 * Safety data as AE (CRS and ICANS episodes with ASTCT 2019 grades, other adverse events,
 * infections, new malignancies), SUPPAE, FA (whether CRS and ICANS were assessed and occurred), LB
 * (blood counts) and VS (temperatures for febrile neutropenia).
 */
final class SafetyWriter {
  private SafetyWriter() {}

  static void write(SdtmSubject s, String usubjid, Map<String, Rows> sink) {
    syndrome(Terms.AE_CRS, Terms.CRS_TERM, s.crs(), usubjid, sink);
    syndrome(Terms.AE_ICANS, Terms.ICANS_TERM, s.icans(), usubjid, sink);
    Rows ae = sink.get("AE");
    Rows supp = sink.get("SUPPAE");
    for (ToxicityEvent t : s.subject().adverseEvents()) {
      ae.add(usubjid)
          .set("AETERM", t.term())
          .set("AECAT", Terms.AE_OTHER)
          .set("AESCAT", t.kind())
          .set("AETOXGR", t.grade())
          .set("AESTDTC", t.onset())
          .set("AEENDTC", t.end())
          .set("AEREL", t.attributable() ? "RELATED" : "NOT RELATED");
    }
    for (Infection i : s.subject().infections()) {
      Rows.Row r =
          ae.add(usubjid)
              .set("AETERM", i.term())
              .set("AECAT", Terms.AE_INFECTION)
              .set("AESTDTC", i.onset())
              .set("AESLIFE", SdtmWriter.yn(i.lifeThreatening()))
              .set("AESDTH", SdtmWriter.yn(i.fatal()));
      supp.qualifier(usubjid, "AESEQ", r.seq(), "ORGANISM", "Type of Organism", i.organism());
      supp.qualifier(usubjid, "AESEQ", r.seq(), "MANAGEMT", "Management", i.management());
    }
    for (Malignancy m : s.subject().malignancies()) {
      Rows.Row r =
          ae.add(usubjid)
              .set("AETERM", m.diagnosis())
              .set("AECAT", Terms.AE_MALIGNANCY)
              .set("AESTDTC", m.diagnosed());
      supp.qualifier(usubjid, "AESEQ", r.seq(), "LINEAGE", "Malignancy Lineage", m.lineage());
      supp.qualifier(
          usubjid, "AESEQ", r.seq(), "CARTRANS", "CAR Transgene in Tumor", m.carTransgene());
      supp.qualifier(usubjid, "AESEQ", r.seq(), "CLONAL", "Clonality", m.clonality());
      supp.qualifier(
          usubjid, "AESEQ", r.seq(), "INTSITE", "Vector Integration Site", m.integrationSite());
    }
    counts(s, usubjid, sink);
    LabsSdtm.write(s, usubjid, sink);
  }

  private static void syndrome(
      String cat, String term, List<Episode> episodes, String usubjid, Map<String, Rows> sink) {
    if (episodes == null) {
      return;
    }
    String occurred = episodes.isEmpty() ? "N" : "Y";
    sink.get("FA")
        .add(usubjid)
        .set("FATESTCD", Terms.OCCUR)
        .set("FATEST", Terms.OCCUR_TEST)
        .set("FAOBJ", Terms.FA_OBJECT.get(cat))
        .set("FAORRES", occurred)
        .set("FASTRESC", occurred);
    Rows supp = sink.get("SUPPAE");
    for (Episode e : episodes) {
      Rows.Row r =
          sink.get("AE")
              .add(usubjid)
              .set("AESPID", cat + "-" + e.number())
              .set("AETERM", term)
              .set("AEDECOD", term)
              .set("AECAT", cat)
              .set("AETOXGR", e.maxGrade())
              .set("AESTDTC", e.onset())
              .set("AEENDTC", e.lastGraded())
              .set("AESTDY", studyDay(e.onsetDay()))
              .set(
                  "AEOUT",
                  e.maxGrade() == 5
                      ? Terms.FATAL
                      : e.ongoing() ? Terms.NOT_RECOVERED : Terms.RECOVERED);
      long seq = r.seq();
      supp.qualifier(
          usubjid,
          "AESEQ",
          seq,
          "RESOLDTC",
          "Date/Time Seen Resolved",
          e.resolved() == null ? null : Rows.dtc(e.resolved()));
      supp.qualifier(
          usubjid, "AESEQ", seq, "TOCIDOSE", "Tocilizumab Doses", positive(e.tocilizumabDoses()));
      supp.qualifier(
          usubjid,
          "AESEQ",
          seq,
          "CORTDOSE",
          "Corticosteroid Doses",
          positive(e.corticosteroidDoses()));
      supp.qualifier(
          usubjid,
          "AESEQ",
          seq,
          "ACYTDOSE",
          "Other Anti-Cytokine Doses",
          positive(e.otherAntiCytokineDoses()));
    }
  }

  private static Integer positive(int doses) {
    return doses > 0 ? doses : null;
  }

  /** SDTM study day (no day 0) of an ASTCT day counted from 0 at infusion. */
  static long studyDay(long astctDay) {
    return astctDay >= 0 ? astctDay + 1 : astctDay;
  }

  private static void counts(SdtmSubject s, String usubjid, Map<String, Rows> sink) {
    if (s.counts() == null) {
      return;
    }
    for (CountObservation c : s.counts().counts()) {
      String code = Terms.lbTestCode(c.test());
      sink.get("LB")
          .add(usubjid)
          .set("LBTESTCD", code)
          .set("LBTEST", Terms.TESTS.get("LB").getOrDefault(code, c.test()))
          .set("LBCAT", "HEMATOLOGY")
          .set("LBORRES", number(c.value()))
          .set("LBORRESU", c.unit())
          .set("LBORNRLO", number(c.lln()))
          .set("LBDTC", c.time());
    }
    List<TemperatureReading> temps = s.counts().temperatures();
    for (TemperatureReading t : temps == null ? List.<TemperatureReading>of() : temps) {
      Rows.Row r =
          sink.get("VS")
              .add(usubjid)
              .set("VSTESTCD", "TEMP")
              .set("VSTEST", "Temperature")
              .set("VSORRES", number(t.celsius()))
              .set("VSORRESU", "C")
              .set("VSDTC", t.time());
      sink.get("SUPPVS")
          .qualifier(
              usubjid,
              "VSSEQ",
              r.seq(),
              "LIFETHR",
              "Investigator: Life-Threatening",
              SdtmWriter.yn(t.lifeThreatening()));
    }
  }

  /** A number as text that reads back to the same double. */
  static String number(Double d) {
    return d == null ? null : new BigDecimal(Double.toString(d)).toPlainString();
  }
}
