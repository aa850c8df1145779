package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.grading.tls.TlsAnalyte;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsLab;

/**
 * Tumor-lysis laboratory values around the infusion for the Cairo–Bishop engine ({@link
 * org.celltrial.clinical.grading.tls.TumorLysis}, G-SAF-1): start of therapy = the infusion day at
 * 08:00 (a protocol choice; lymphodepletion day 1 is the other usual one), values at 07:00 on days
 * −1 (the baseline) and 1 to 7 while followed. Each subject's own level (design): uric acid 5.0
 * mg/dL (SD 1.0, 2.5–7.5), potassium 4.1 mmol/L (SD 0.3, 3.5–4.9), phosphate 3.6 mg/dL (SD 0.4,
 * 2.6–4.3), calcium 9.3 mg/dL (SD 0.3, 8.6–10.0), each value within ± 5 % of it (so the 25 % rule
 * of Cairo–Bishop 2004 is not met by chance); the creatinine peak 0.6–1.2 × ULN. A subject with the
 * TLS adverse event reads, on the day of onset, uric acid 9.0–11.0, potassium 6.2–6.8 and phosphate
 * 5.0–6.0 (laboratory TLS under both variants) and a creatinine peak of 1.5–2.4 × ULN (clinical TLS
 * of Cairo–Bishop grade 1); no arrhythmia or seizure.
 */
final class TlsCourses {
  static final int[] DAYS = {-1, 1, 2, 3, 4, 5, 6, 7};

  private TlsCourses() {}

  static TlsInput of(Draw draw, LocalDate infusion, LocalDate end, int age, LocalDate tlsOnset) {
    Map<TlsAnalyte, Double> baseline = new EnumMap<>(TlsAnalyte.class);
    List<TlsLab> labs = new ArrayList<>();
    double creatinine = Draw.oneDecimal(draw.uniform(0.6, 1.2));
    double[] own = {
      draw.normalInt(50, 10, 25, 75) / 10.0,
      draw.normalInt(41, 3, 35, 49) / 10.0,
      draw.normalInt(36, 4, 26, 43) / 10.0,
      draw.normalInt(93, 3, 86, 100) / 10.0
    };
    for (int day : DAYS) {
      LocalDate date = infusion.plusDays(day);
      if (date.isAfter(end)) {
        break;
      }
      LocalDateTime t = date.atTime(7, 0);
      boolean tls = date.equals(tlsOnset);
      double[] v = new double[own.length];
      for (int i = 0; i < own.length; i++) {
        v[i] = Draw.oneDecimal(own[i] * draw.uniform(0.95, 1.05));
      }
      if (tls) {
        v[0] = Draw.oneDecimal(draw.uniform(9.0, 11.0));
        v[1] = Draw.oneDecimal(draw.uniform(6.2, 6.8));
        v[2] = Draw.oneDecimal(draw.uniform(5.0, 6.0));
      }
      TlsAnalyte[] analytes = TlsAnalyte.values();
      for (int i = 0; i < analytes.length; i++) {
        labs.add(new TlsLab(t, analytes[i], v[i]));
        if (day < 0) {
          baseline.put(analytes[i], v[i]);
        }
      }
      if (tls) {
        creatinine = Draw.oneDecimal(draw.uniform(1.5, 2.4));
      }
    }
    return new TlsInput(infusion.atTime(8, 0), age < 18, null, baseline, labs, creatinine, 0, 0);
  }
}
