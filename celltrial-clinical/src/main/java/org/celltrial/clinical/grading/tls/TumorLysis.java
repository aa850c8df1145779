package org.celltrial.clinical.grading.tls;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * Laboratory and clinical TLS (Cairo and Bishop 2004; Howard et al. 2011).
 *
 * <p>Laboratory TLS: two or more analytes abnormal from 3 days before to 7 days after the start of
 * therapy. Abnormal = at or beyond the absolute threshold ({@link TlsAnalyte}) or, in the 2004
 * variant only, a 25% rise (calcium: fall) from baseline; the Howard variant needs the two
 * abnormalities within the same 24 hours. Clinical TLS = laboratory TLS plus creatinine ≥ 1.5 ×
 * ULN, an arrhythmia or a seizure; its grade is the highest of: creatinine (1.5 × ULN exactly → 1,
 * &gt; 1.5–3.0 → 2, &gt; 3.0–6.0 → 3, &gt; 6.0 → 4), the arrhythmia grade and the seizure grade.
 * Laboratory TLS alone is reported as clinical grade 0, not grade I.
 */
public final class TumorLysis {
  static final Duration BEFORE = Duration.ofDays(3);
  static final Duration AFTER = Duration.ofDays(7);
  static final Duration SAME_DAY = Duration.ofHours(24);
  static final BigDecimal RISE = new BigDecimal("1.25");
  static final BigDecimal FALL = new BigDecimal("0.75");

  private TumorLysis() {}

  /**
   * Assesses TLS under one variant.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a missing start or a grade outside 0-5
   */
  public static TlsResult assess(TlsInput in, TlsVariant variant) {
    if (in.start() == null) {
      throw ClinicalMessages.error("tls.start.missing");
    }
    checkGrade("arrhythmiaGrade", in.arrhythmiaGrade());
    checkGrade("seizureGrade", in.seizureGrade());
    List<Message> reasons = new ArrayList<>();
    List<TlsLab> abnormal = new ArrayList<>();
    for (TlsLab lab : in.labs()) {
      boolean inWindow =
          !lab.time().isBefore(in.start().minus(BEFORE))
              && !lab.time().isAfter(in.start().plus(AFTER));
      if (inWindow && abnormal(lab, in, variant, reasons)) {
        abnormal.add(lab);
      }
    }
    boolean lab = laboratory(abnormal, variant);
    reasons.add(
        ClinicalMessages.of(
            lab ? "tls.lab.yes" : "tls.lab.no",
            variant == TlsVariant.HOWARD_2011 ? "Howard 2011" : "Cairo-Bishop 2004"));
    int creatinine = creatinineGrade(in.creatinineTimesUln());
    int grade = Math.max(creatinine, Math.max(in.arrhythmiaGrade(), in.seizureGrade()));
    boolean clinical = lab && grade > 0;
    if (clinical) {
      reasons.add(
          ClinicalMessages.of(
              "tls.clinical", creatinine, in.arrhythmiaGrade(), in.seizureGrade(), grade));
    }
    return new TlsResult(variant, lab, clinical, clinical ? grade : 0, reasons);
  }

  private static boolean abnormal(
      TlsLab lab, TlsInput in, TlsVariant variant, List<Message> reasons) {
    TlsAnalyte a = lab.analyte();
    BigDecimal v = BigDecimal.valueOf(lab.value());
    BigDecimal cut = a.threshold(in.child());
    if (a == TlsAnalyte.URIC_ACID && in.child() && in.uricAcidUln() != null) {
      if (v.compareTo(BigDecimal.valueOf(in.uricAcidUln())) > 0) {
        reasons.add(ClinicalMessages.of("tls.aboveUln", a.name(), lab.value(), in.uricAcidUln()));
        return true;
      }
    } else if (a.high() ? v.compareTo(cut) >= 0 : v.compareTo(cut) <= 0) {
      reasons.add(
          ClinicalMessages.of(
              "tls.absolute",
              a.name(),
              lab.value(),
              a.high() ? ">=" : "<=",
              cut,
              a.unit(),
              lab.time()));
      return true;
    }
    Double base = in.baseline() == null ? null : in.baseline().get(a);
    if (variant == TlsVariant.CAIRO_BISHOP_2004 && base != null) {
      BigDecimal b = BigDecimal.valueOf(base);
      boolean changed =
          a.high() ? v.compareTo(b.multiply(RISE)) >= 0 : v.compareTo(b.multiply(FALL)) <= 0;
      if (changed) {
        reasons.add(ClinicalMessages.of("tls.change", a.name(), base, lab.value(), lab.time()));
        return true;
      }
    }
    return false;
  }

  private static boolean laboratory(List<TlsLab> abnormal, TlsVariant variant) {
    if (variant == TlsVariant.CAIRO_BISHOP_2004) {
      Set<TlsAnalyte> analytes = EnumSet.noneOf(TlsAnalyte.class);
      abnormal.forEach(l -> analytes.add(l.analyte()));
      return analytes.size() >= 2;
    }
    for (TlsLab x : abnormal) {
      for (TlsLab y : abnormal) {
        if (x.analyte() != y.analyte()
            && Duration.between(x.time(), y.time()).abs().compareTo(SAME_DAY) <= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The creatinine component: &lt; 1.5 × ULN → 0, exactly 1.5 → 1, then 3.0 and 6.0 bands. */
  static int creatinineGrade(Double timesUln) {
    if (timesUln == null) {
      return 0;
    }
    BigDecimal x = BigDecimal.valueOf(timesUln);
    if (x.compareTo(new BigDecimal("6.0")) > 0) {
      return 4;
    }
    if (x.compareTo(new BigDecimal("3.0")) > 0) {
      return 3;
    }
    if (x.compareTo(new BigDecimal("1.5")) > 0) {
      return 2;
    }
    return x.compareTo(new BigDecimal("1.5")) == 0 ? 1 : 0;
  }

  private static void checkGrade(String field, int grade) {
    if (grade < 0 || grade > 5) {
      throw ClinicalMessages.error("tls.grade", field, grade);
    }
  }
}
