package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.survival.AccrualSchedule;
import org.celltrial.design.survival.ControlArm;
import org.celltrial.design.survival.EventsMethod;
import org.celltrial.design.survival.Recruitment;
import org.celltrial.design.survival.SurvivalSampleSize;
import org.celltrial.design.survival.SurvivalSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial design survival}: events and patients for a randomized time-to-event comparison
 * of CAR-T against standard of care (G-DES-6, PFS/EFS per G-EP-8), as rpact's {@code
 * getSampleSizeSurvival}.
 */
@Command(name = "survival", mixinStandardHelpOptions = true)
public final class SurvivalCommand extends LeafCommand {
  @Option(names = "--hr", required = true, paramLabel = "HR")
  double hazardRatio;

  @Option(names = "--alpha", required = true, paramLabel = "ALPHA")
  double alpha;

  @Option(names = "--power", required = true, paramLabel = "POWER")
  double power;

  @Option(names = "--sided", paramLabel = "1|2")
  int sided = 1;

  @Option(names = "--ratio", paramLabel = "R")
  double ratio = 1;

  @Option(names = "--method", paramLabel = "METHOD")
  EventsMethod method = EventsMethod.SCHOENFELD;

  @Option(names = "--median-control", paramLabel = "MONTHS")
  Double medianControl;

  @Option(names = "--rate-control", paramLabel = "RATE@MONTHS")
  String rateControl;

  @Option(names = "--accrual", split = ",", paramLabel = "MONTHS")
  double[] accrual;

  @Option(names = "--intensity", split = ",", paramLabel = "PER_MONTH")
  double[] intensity;

  @Option(names = "--follow-up", paramLabel = "MONTHS")
  Double followUp;

  @Option(names = "--dropout", paramLabel = "RATE@MONTHS")
  String dropout;

  /** JSON contract of {@code design survival} (docs/cli.md). */
  record Result(
      double hazardRatio,
      double alpha,
      int sided,
      double power,
      double allocationRatio,
      String method,
      double z,
      double events,
      long eventsRounded,
      Patients patients,
      List<String> rules) {}

  /**
   * Patients and timing, present when the control arm and recruitment are given; {@code solvedFor}
   * is {@code patients} (follow-up given) or {@code analysisTime} (accrual speed given).
   */
  record Patients(
      String solvedFor,
      double median1,
      double median2,
      double hazard1,
      double hazard2,
      double[] accrualTime,
      double[] accrualIntensity,
      double followUpTime,
      double dropoutRate,
      double dropoutTime,
      double eventProbability1,
      double eventProbability2,
      double patients,
      double patients1,
      double patients2,
      long patients1Rounded,
      long patients2Rounded,
      double analysisTime) {}

  @Override
  protected CliResult execute(Lang lang) {
    SurvivalSpec spec = new SurvivalSpec(hazardRatio, alpha, sided, power, ratio, method);
    SurvivalSampleSize.Events events = SurvivalSampleSize.events(spec);
    long eventsRounded = (long) Math.ceil(events.events());
    Patients patients = patients(spec, events.events());
    List<Table> tables = SurvivalText.tables(spec, events, eventsRounded, patients, lang);
    Result result =
        new Result(
            hazardRatio,
            alpha,
            sided,
            power,
            ratio,
            method.label(),
            events.z(),
            events.events(),
            eventsRounded,
            patients,
            List.of("G-DES-6", "G-EP-8"));
    return new CliResult(result, tables);
  }

  private Patients patients(SurvivalSpec spec, double events) {
    boolean any =
        medianControl != null
            || rateControl != null
            || accrual != null
            || followUp != null
            || intensity != null
            || dropout != null;
    if (!any) {
      return null;
    }
    if (medianControl != null && rateControl != null) {
      throw DesignMessages.error("survival.control.both");
    }
    if (followUp != null && intensity != null) {
      throw DesignMessages.error("survival.timing.conflict");
    }
    List<String> missing = new ArrayList<>();
    if (medianControl == null && rateControl == null) {
      missing.add("--median-control | --rate-control");
    }
    if (accrual == null) {
      missing.add("--accrual");
    }
    if (followUp == null && intensity == null) {
      missing.add("--follow-up | --intensity");
    }
    if (!missing.isEmpty()) {
      throw DesignMessages.error("survival.recruitment.incomplete", String.join(", ", missing));
    }
    ControlArm control;
    if (medianControl != null) {
      control = ControlArm.ofMedian(medianControl);
    } else {
      double[] rate = rateAtTime(rateControl, "survival.rate.syntax");
      control = ControlArm.ofRate(rate[0], rate[1]);
    }
    double[] drop =
        dropout == null ? new double[] {0, 12} : rateAtTime(dropout, "survival.dropout.syntax");
    SurvivalSampleSize.Patients p;
    double[] speeds;
    String solvedFor;
    if (intensity == null) {
      if (accrual.length != 1) {
        throw DesignMessages.error("survival.accrual.single", java.util.Arrays.toString(accrual));
      }
      Recruitment recruitment = new Recruitment(accrual[0], followUp, drop[0], drop[1]);
      p = SurvivalSampleSize.patients(spec, events, control, recruitment);
      speeds = new double[] {p.accrualIntensity()};
      solvedFor = "patients";
    } else {
      AccrualSchedule schedule = new AccrualSchedule(accrual, intensity);
      double phi = new Recruitment(schedule.duration(), 0, drop[0], drop[1]).dropoutHazard();
      p = SurvivalSampleSize.analysisTime(spec, events, control, schedule, phi);
      speeds = schedule.intensities();
      solvedFor = "analysisTime";
    }
    double[] times = new double[accrual.length + 1];
    System.arraycopy(accrual, 0, times, 1, accrual.length);
    return new Patients(
        solvedFor,
        p.median1(),
        p.median2(),
        p.hazard1(),
        p.hazard2(),
        times,
        speeds,
        p.analysisTime() - accrual[accrual.length - 1],
        drop[0],
        drop[1],
        p.eventProbability1(),
        p.eventProbability2(),
        p.patients(),
        p.patients1(),
        p.patients2(),
        (long) Math.ceil(p.patients1()),
        (long) Math.ceil(p.patients2()),
        p.analysisTime());
  }

  /** Reads {@code RATE@MONTHS}, e.g. {@code 0.1@12}. */
  static double[] rateAtTime(String text, String syntaxKey) {
    String[] parts = text.trim().split("@", -1);
    if (parts.length != 2) {
      throw DesignMessages.error(syntaxKey, text);
    }
    try {
      return new double[] {
        Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())
      };
    } catch (NumberFormatException e) {
      throw DesignMessages.error(syntaxKey, text);
    }
  }
}
