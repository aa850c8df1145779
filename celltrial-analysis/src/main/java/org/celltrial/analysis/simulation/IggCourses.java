package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.analysis.study.IggSeries;

/**
 * Serum IgG after CAR-T (B-cell aplasia, G-SAF-1) for the severe-hypogammaglobulinemia rule (IgG ≤
 * 400 mg/dL, Hill et al., Blood Rev 2019): samples at 08:00 on days 0, 30, 90, 180, 270 and 365
 * while followed. Baseline around 750 mg/dL (SD 180, 350–1400), in myeloma around 450 (SD 150,
 * 150–1200: immunoparesis); without hypogammaglobulinemia reported, IgG falls linearly by a drawn
 * 20–40 % up to day 90 and stays there (design). A subject with the hypogammaglobulinemia adverse
 * event is sampled on the day of onset at a drawn 200–390 mg/dL and gets IVIG at 12:00 that day and
 * every 28 days while followed, at most 6 doses (design); later samples read 600–900 mg/dL (donor
 * IgG, excluded by the rule's 28-day window).
 */
final class IggCourses {
  static final int[] DAYS = {0, 30, 90, 180, 270, 365};

  static final String UNIT = "mg/dL";

  private IggCourses() {}

  static IggSeries of(
      boolean myeloma, Draw draw, LocalDate infusion, LocalDate end, LocalDate hypogamma) {
    double baseline =
        myeloma ? draw.normalInt(450, 150, 150, 1200) : draw.normalInt(750, 180, 350, 1400);
    double fall = draw.uniform(0.2, 0.4);
    double low = draw.between(200, 390);
    List<IggSeries.Sample> samples = new ArrayList<>();
    List<LocalDateTime> ivig = new ArrayList<>();
    if (hypogamma != null) {
      samples.add(new IggSeries.Sample(hypogamma.atTime(8, 0), low, UNIT));
      for (LocalDate d = hypogamma; !d.isAfter(end) && ivig.size() < 6; d = d.plusDays(28)) {
        ivig.add(d.atTime(12, 0));
      }
    }
    for (int day : DAYS) {
      LocalDate date = infusion.plusDays(day);
      if (date.isAfter(end)) {
        break;
      }
      if (date.equals(hypogamma)) {
        continue;
      }
      double value;
      if (hypogamma != null && date.isAfter(hypogamma)) {
        value = draw.between(600, 900);
      } else {
        value = Draw.oneDecimal(baseline * (1 - fall * Math.min(day, 90) / 90.0));
      }
      samples.add(new IggSeries.Sample(date.atTime(8, 0), value, UNIT));
    }
    samples.sort(Comparator.comparing(IggSeries.Sample::time));
    return new IggSeries(samples, ivig);
  }
}
