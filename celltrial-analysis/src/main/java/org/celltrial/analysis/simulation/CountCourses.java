package org.celltrial.analysis.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.grading.crs.CrsObservation;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.grading.icaht.CountsInput;

/**
 * Blood counts after infusion: daily to day 14, then days 17 to 90. Neutrophils fall from the
 * post-lymphodepletion value to a nadir on day 4-8 and recover on day 8-20, or after day 28 in a
 * calibrated share (prolonged cytopenia); some recover and fall again (the biphasic course of
 * Rejeski et al., Blood 2021;138:2499). Platelets reach their nadir on day 7-14; hemoglobin dips
 * mildly. Fevers of the CRS course are passed on for febrile neutropenia.
 */
final class CountCourses {
  private static final int[] DAYS = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 21, 24, 28, 35, 42, 60, 90
  };

  private CountCourses() {}

  static CountsInput of(
      Calibration cal,
      Draw draw,
      LocalDateTime infusion,
      boolean prolonged,
      List<CrsObservation> fevers,
      LocalDateTime cutoff) {
    double anc0 = draw.uniform(300, 2500);
    int ancNadirDay = draw.between(4, 8);
    double ancNadir = draw.logUniform(10, 400);
    int ancRecovery = prolonged ? draw.between(29, 80) : draw.between(8, 20);
    double ancPlateau = draw.uniform(1500, 4000);
    int dip = !prolonged && draw.chance(0.15) ? draw.between(24, 55) : -1;
    double plt0 = draw.uniform(60, 200);
    int pltNadirDay = draw.between(7, 14);
    double pltNadir = draw.logUniform(5, 60);
    int pltRecovery = prolonged ? draw.between(35, 90) : draw.between(14, 35);
    double pltPlateau = draw.uniform(120, 250);
    double hgb0 = draw.uniform(85, 115);
    double hgbDrop = draw.uniform(5, 20);
    List<CountObservation> counts = new ArrayList<>();
    LocalDateTime first = infusion.plusHours(2);
    for (int day : DAYS) {
      LocalDateTime t = first.plusDays(day);
      if (cutoff != null && t.isAfter(cutoff)) {
        break;
      }
      if (day > 0 && draw.chance(cal.missedVisit())) {
        continue;
      }
      double anc = course(day, anc0, ancNadirDay, ancNadir, ancRecovery, ancPlateau);
      if (dip >= 0 && day >= dip && day < dip + 10) {
        anc *= draw.uniform(0.15, 0.4);
      }
      double plt = course(day, plt0, pltNadirDay, pltNadir, pltRecovery, pltPlateau);
      double hgb = hgb0 - hgbDrop * StrictMath.sin(StrictMath.PI * Math.min(day, 60) / 60.0);
      counts.add(count(t, "anc", anc * noise(draw), "/uL", 1800.0));
      counts.add(count(t, "plt", plt * noise(draw), "10^9/L", 150.0));
      counts.add(count(t, "hgb", hgb * noise(draw), "g/L", 120.0));
    }
    List<TemperatureReading> temperatures = new ArrayList<>();
    for (CrsObservation o : fevers) {
      temperatures.add(new TemperatureReading(o.time(), o.temperatureCelsius(), null));
    }
    return new CountsInput(infusion, counts, temperatures);
  }

  /**
   * Log-linear from the start value to the nadir, flat near the nadir until recovery, then
   * log-linear from half the plateau at recovery to the plateau two weeks later.
   */
  static double course(
      int day, double start, int nadirDay, double nadir, int recovery, double plateau) {
    if (day <= nadirDay) {
      return start * StrictMath.pow(nadir / start, day / (double) nadirDay);
    }
    if (day < recovery) {
      return nadir * (1 + 0.5 * (day - nadirDay) / (double) (recovery - nadirDay));
    }
    double f = Math.min(1.0, (day - recovery) / 14.0);
    return plateau * StrictMath.pow(2.0, f - 1);
  }

  private static double noise(Draw draw) {
    return StrictMath.exp(draw.normal(0, 0.1));
  }

  private static CountObservation count(
      LocalDateTime t, String test, double value, String unit, double lln) {
    return new CountObservation(t, test, (double) StrictMath.round(value), unit, lln);
  }
}
