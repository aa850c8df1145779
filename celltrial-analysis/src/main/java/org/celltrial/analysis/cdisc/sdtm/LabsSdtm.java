package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.clinical.grading.tls.TlsAnalyte;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsLab;

/**
 * Serum IgG with the IVIG doses ({@code igg/<id>.json}) and the tumor-lysis laboratory values
 * ({@code tls/<id>.json}) as LB, CM and FA records (docs/cdisc.md, "SDTM"), both ways.
 */
final class LabsSdtm {
  private LabsSdtm() {}

  static final String IGG = "IGG";
  static final String CAT_IVIG = "IMMUNOGLOBULIN REPLACEMENT";
  static final String IVIG = "IMMUNOGLOBULIN (IVIG)";
  static final String CAT_TLS = "TUMOR LYSIS";
  static final String TLS_OBJECT = "TUMOR LYSIS SYNDROME";

  /** LBTESTCD (CDISC CT) of each tumor-lysis analyte. */
  static final Map<TlsAnalyte, String> CODES =
      Map.of(
          TlsAnalyte.URIC_ACID, "URATE",
          TlsAnalyte.POTASSIUM, "K",
          TlsAnalyte.PHOSPHATE, "PHOS",
          TlsAnalyte.CALCIUM, "CA");

  static void write(SdtmSubject s, String usubjid, Map<String, Rows> sink) {
    Rows lb = sink.get("LB");
    if (s.igg() != null) {
      for (IggSeries.Sample x : s.igg().samples()) {
        lb.add(usubjid)
            .set("LBTESTCD", IGG)
            .set("LBTEST", Terms.TESTS.get("LB").get(IGG))
            .set("LBCAT", "IMMUNOLOGY")
            .set("LBORRES", SafetyWriter.number(x.value()))
            .set("LBORRESU", x.unit())
            .set("LBDTC", x.time());
      }
      for (LocalDateTime t : s.igg().ivig()) {
        sink.get("CM").add(usubjid).set("CMCAT", CAT_IVIG).set("CMTRT", IVIG).set("CMSTDTC", t);
      }
    }
    TlsInput t = s.tls();
    if (t == null) {
      return;
    }
    fa(sink, usubjid, "TLSSTART", Rows.dtc(t.start()));
    fa(sink, usubjid, "CHILD", t.child() ? "Y" : "N");
    fa(
        sink,
        usubjid,
        "URATEULN",
        t.uricAcidUln() == null ? null : SafetyWriter.number(t.uricAcidUln()));
    fa(
        sink,
        usubjid,
        "CREATULN",
        t.creatinineTimesUln() == null ? null : SafetyWriter.number(t.creatinineTimesUln()));
    fa(sink, usubjid, "ARRHYGR", String.valueOf(t.arrhythmiaGrade()));
    fa(sink, usubjid, "SEIZGR", String.valueOf(t.seizureGrade()));
    if (t.baseline() != null) {
      for (TlsAnalyte a : TlsAnalyte.values()) {
        Double v = t.baseline().get(a);
        if (v != null) {
          tlsLab(lb, usubjid, a, v, t.start()).set("LBBLFL", "Y");
        }
      }
    }
    for (TlsLab x : t.labs() == null ? List.<TlsLab>of() : t.labs()) {
      tlsLab(lb, usubjid, x.analyte(), x.value(), x.time());
    }
  }

  private static Rows.Row tlsLab(
      Rows lb, String usubjid, TlsAnalyte a, double value, LocalDateTime time) {
    String code = CODES.get(a);
    return lb.add(usubjid)
        .set("LBTESTCD", code)
        .set("LBTEST", Terms.TESTS.get("LB").get(code))
        .set("LBCAT", CAT_TLS)
        .set("LBORRES", SafetyWriter.number(value))
        .set("LBORRESU", a.unit())
        .set("LBDTC", time);
  }

  private static void fa(Map<String, Rows> sink, String usubjid, String code, String value) {
    if (value != null) {
      sink.get("FA")
          .add(usubjid)
          .set("FATESTCD", code)
          .set("FATEST", Terms.TESTS.get("FA").get(code))
          .set("FAOBJ", TLS_OBJECT)
          .set("FAORRES", value)
          .set("FASTRESC", value);
    }
  }

  /** The IgG series, or {@code null} when LB has no IgG and CM no IVIG for the subject. */
  static IggSeries igg(Source src, String u) {
    List<IggSeries.Sample> samples = new ArrayList<>();
    for (Rec r : src.of("LB", u)) {
      if (IGG.equals(r.text("LBTESTCD"))) {
        LocalDateTime t = r.dateTime("LBDTC");
        Double v = number(src, r, "LBORRES");
        if (t == null) {
          src.problems.at(r, "LBDTC", "sdtm.rule.dateTime");
        } else if (v != null) {
          samples.add(new IggSeries.Sample(t, v, r.text("LBORRESU")));
        }
      }
    }
    List<LocalDateTime> ivig = new ArrayList<>();
    for (Rec r : src.of("CM", u)) {
      if (CAT_IVIG.equals(r.text("CMCAT"))) {
        LocalDateTime t = r.dateTime("CMSTDTC");
        if (t == null) {
          src.problems.at(r, "CMSTDTC", "sdtm.rule.dateTime");
        } else {
          ivig.add(t);
        }
      }
    }
    return samples.isEmpty() && ivig.isEmpty() ? null : new IggSeries(samples, ivig);
  }

  /** The tumor-lysis input, or {@code null} when FA has no tumor-lysis record for the subject. */
  static TlsInput tls(Source src, String u) {
    Map<String, Rec> fa = new java.util.HashMap<>();
    for (Rec r : src.of("FA", u)) {
      if (TLS_OBJECT.equals(r.text("FAOBJ"))) {
        fa.put(r.text("FATESTCD"), r);
      }
    }
    if (fa.isEmpty()) {
      return null;
    }
    Rec start = fa.get("TLSSTART");
    if (start == null
        || !Rec.isDtc(start.text("FASTRESC"))
        || start.text("FASTRESC").length() == 10) {
      src.problems.at(
          start == null ? fa.values().iterator().next() : start, "FASTRESC", "sdtm.rule.dateTime");
      return null;
    }
    Map<TlsAnalyte, Double> baseline = new EnumMap<>(TlsAnalyte.class);
    List<TlsLab> labs = new ArrayList<>();
    for (Rec r : src.of("LB", u)) {
      if (!CAT_TLS.equals(r.text("LBCAT"))) {
        continue;
      }
      TlsAnalyte a =
          CODES.entrySet().stream()
              .filter(e -> e.getValue().equals(r.text("LBTESTCD")))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
      Double v = number(src, r, "LBORRES");
      LocalDateTime t = r.dateTime("LBDTC");
      if (a == null) {
        src.problems.at(r, "LBTESTCD", "sdtm.rule.code", String.join(", ", CODES.values()));
      } else if (t == null) {
        src.problems.at(r, "LBDTC", "sdtm.rule.dateTime");
      } else if (v != null && "Y".equals(r.text("LBBLFL"))) {
        baseline.put(a, v);
      } else if (v != null) {
        labs.add(new TlsLab(t, a, v));
      }
    }
    return new TlsInput(
        LocalDateTime.parse(start.text("FASTRESC")),
        "Y".equals(value(fa, "CHILD")),
        dbl(src, fa, "URATEULN"),
        baseline,
        labs,
        dbl(src, fa, "CREATULN"),
        grade(src, fa, "ARRHYGR"),
        grade(src, fa, "SEIZGR"));
  }

  private static String value(Map<String, Rec> fa, String code) {
    Rec r = fa.get(code);
    return r == null ? null : r.text("FASTRESC");
  }

  private static Double dbl(Source src, Map<String, Rec> fa, String code) {
    Rec r = fa.get(code);
    return r == null ? null : number(src, r, "FASTRESC");
  }

  private static int grade(Source src, Map<String, Rec> fa, String code) {
    String v = value(fa, code);
    if (v == null) {
      return 0;
    }
    if (!v.matches("[0-5]")) {
      src.problems.at(fa.get(code), "FASTRESC", "sdtm.rule.grade", 0);
      return 0;
    }
    return Integer.parseInt(v);
  }

  private static Double number(Source src, Rec r, String variable) {
    String v = r.text(variable);
    if (v == null) {
      return null;
    }
    if (!v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      src.problems.at(r, variable, "sdtm.rule.num");
      return null;
    }
    return Double.valueOf(v);
  }
}
