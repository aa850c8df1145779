package org.celltrial.analysis.simulation.kinetics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.clinical.journey.JourneyEvent;

/**
 * CAR transgene levels of the infused subjects of a synthetic trial (cellular kinetics, G-PH-1), on
 * a random stream of its own derived from the study seed ({@code SplittableRandom(seed ^
 * constant)}, split once per screened subject), so that every other file of the trial stays the
 * same.
 *
 * <p>Per subject ({@link KineticsModel}): Cmax log-normal around the indication's geometric mean
 * (non-responders lower by the published ratio; each dose level below the highest of the study's
 * {@code doseLevels} lower by {@link KineticsModel#DOSE_STEP}), Tmax log-normal (SD of logs 0.25,
 * 5–28 days), fold expansion from day 1 log-normal (median 100, SD of logs 0.7), slow-phase share
 * and half-life log-normal (SD of logs 0.5 and 0.4), assay error log-normal (SD of logs 0.2).
 * Samples on days 0 (before infusion: BLQ), 1, 4, 7, 10, 14, 21, 28 and at months 2, 3, 6, 9, 12
 * (days 61, 91, 183, 274, 365, ± 7 days; month 12 only up to day 365), each missed with probability
 * 0.05 (days 1–28) or 0.10 (months), none after death, loss to follow-up, new therapy or HSCT.
 * Values below {@link KineticsModel#LLOQ} are BLQ.
 */
public final class KineticsSimulator {
  private static final long STREAM = 0x4b49_4e45_5449_4353L;
  private static final int[] EARLY = {1, 4, 7, 10, 14, 21, 28};
  private static final int[] MONTHS = {61, 91, 183, 274, 365};
  private static final double MISS_EARLY = 0.05;
  private static final double MISS_MONTH = 0.10;

  private KineticsSimulator() {}

  /** The kinetics files of the infused subjects, in screening order. */
  public static List<KineticsRecord> simulate(SimulatedStudy trial) {
    KineticsModel model = KineticsModel.of(trial.indication());
    List<String> levels = trial.study().doseLevels();
    List<KineticsRecord> out = new ArrayList<>();
    SplittableRandom root = new SplittableRandom(trial.seed() ^ STREAM);
    for (SimulatedSubject s : trial.subjects()) {
      SplittableRandom rng = root.split();
      if (s.outcome().infused()) {
        out.add(subject(model, levels, s, rng));
      }
    }
    return out;
  }

  /**
   * One infused subject's samples, drawn from {@code rng}; {@code levels}: the study's dose levels.
   */
  static KineticsRecord subject(
      KineticsModel m, List<String> levels, SimulatedSubject s, SplittableRandom rng) {
    List<JourneyEvent> journey = s.subject().journey();
    LocalDate infusion = first(journey, JourneyEvent.Infusion.class);
    long end = 365;
    for (Class<? extends JourneyEvent> stop :
        List.of(
            JourneyEvent.Death.class,
            JourneyEvent.LostToFollowUp.class,
            JourneyEvent.NewTherapy.class,
            JourneyEvent.Hsct.class)) {
      LocalDate d = first(journey, stop);
      if (d != null && !d.isBefore(infusion)) {
        end = Math.min(end, ChronoUnit.DAYS.between(infusion, d));
      }
    }
    boolean responder = s.outcome().responder();
    double logCmax = StrictMath.log(m.cmaxGeoMean()) + normal(rng) * m.cmaxSdLog();
    if (!responder) {
      logCmax += StrictMath.log(m.nonResponderRatio());
    }
    String dose = s.subject().doseLevel();
    int index = dose == null ? -1 : levels.indexOf(dose);
    if (index >= 0) {
      logCmax -= (levels.size() - 1 - index) * StrictMath.log(KineticsModel.DOSE_STEP);
    }
    double cmax = StrictMath.exp(logCmax);
    double tmax = Math.max(5, Math.min(28, m.tmaxMedian() * StrictMath.exp(0.25 * normal(rng))));
    double fold = KineticsModel.FOLD_MEDIAN * StrictMath.exp(0.7 * normal(rng));
    double share = Math.min(0.5, m.slowShare() * StrictMath.exp(0.5 * normal(rng)));
    double halfLife =
        (responder ? m.slowHalfLife() : m.slowHalfLifeNonResponder())
            * StrictMath.exp(0.4 * normal(rng));
    List<KineticsRecord.Sample> samples = new ArrayList<>();
    samples.add(new KineticsRecord.Sample(0, null));
    List<Integer> days = new ArrayList<>();
    for (int d : EARLY) {
      if (rng.nextDouble() >= MISS_EARLY) {
        days.add(d);
      }
    }
    for (int d : MONTHS) {
      int shift = rng.nextInt(d == 365 ? 8 : 15) - 7;
      if (rng.nextDouble() >= MISS_MONTH) {
        days.add(d + shift);
      }
    }
    for (int d : days) {
      double noise = StrictMath.exp(KineticsModel.ASSAY_SD_LOG * normal(rng));
      if (d > end) {
        continue;
      }
      double c = KineticsModel.level(d, cmax, tmax, fold, share, halfLife) * noise;
      Long copies = c < KineticsModel.LLOQ ? null : StrictMath.round(c);
      samples.add(new KineticsRecord.Sample(d, copies));
    }
    return new KineticsRecord(s.subject().id(), samples);
  }

  /** Standard normal deviate by the Box–Muller transform, with {@link StrictMath}. */
  private static double normal(SplittableRandom rng) {
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  private static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
