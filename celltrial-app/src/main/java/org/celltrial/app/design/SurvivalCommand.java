package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.gsd.GroupSequentialDesign;
import org.celltrial.design.gsd.GroupSequentialDesigner;
import org.celltrial.design.gsd.GsdSpec;
import org.celltrial.design.gsd.SpendingFunction;
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

  @Option(names = "--looks", paramLabel = "K")
  Integer looks;

  @Option(names = "--info", split = ",", paramLabel = "T")
  double[] info;

  @Option(names = "--spending", paramLabel = "obf|pocock|hsd:G")
  String spending;

  @Option(names = "--futility", paramLabel = "obf|pocock|hsd:G")
  String futility;

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
      SurvivalSequential.Sequential sequential,
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
    GroupSequentialDesign gsd = sequentialDesign(spec);
    double target = gsd == null ? events.events() : events.events() * gsd.inflationFactor();
    Planned planned = plan(spec, target);
    Patients patients = planned == null ? null : planned.patients();
    List<Table> tables =
        new ArrayList<>(SurvivalText.tables(spec, events, eventsRounded, patients, lang));
    SurvivalSequential.Sequential sequential = null;
    if (gsd != null) {
      sequential =
          planned == null
              ? SurvivalSequential.of(gsd, target, null)
              : SurvivalSequential.of(
                  gsd,
                  target,
                  SurvivalSampleSize.timesOfEvents(
                      spec,
                      planned.control(),
                      planned.schedule(),
                      planned.dropoutHazard(),
                      SurvivalSequential.eventsPerLook(gsd, target)));
      tables.add(SurvivalSequential.table(gsd, sequential, events.events(), lang));
    }
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
            sequential,
            List.of("G-DES-6", "G-EP-8"));
    return new CliResult(result, tables);
  }

  /** The patients with what is needed to time the looks of a group-sequential design. */
  private record Planned(
      Patients patients, ControlArm control, AccrualSchedule schedule, double dropoutHazard) {}

  /** The group-sequential design asked for with --spending, or null. */
  private GroupSequentialDesign sequentialDesign(SurvivalSpec spec) {
    if (spending == null) {
      if (looks != null || info != null || futility != null) {
        throw DesignMessages.error("survival.gsd.spending");
      }
      return null;
    }
    if (spec.sided() != 1) {
      throw DesignMessages.error("survival.gsd.sided", spec.sided());
    }
    double[] t;
    if (info != null) {
      if (looks != null && looks != info.length) {
        throw DesignMessages.error("gsd.info.count", info.length, looks);
      }
      t = info;
    } else if (looks != null) {
      t = GsdSpec.equallySpaced(looks);
    } else {
      throw DesignMessages.error("survival.gsd.looks");
    }
    SpendingFunction alphaSpending = SpendingFunction.parse("--spending", spending);
    SpendingFunction betaSpending =
        futility == null ? null : SpendingFunction.parse("--futility", futility);
    return GroupSequentialDesigner.design(
        new GsdSpec(t, spec.alpha(), 1 - spec.power(), alphaSpending, betaSpending));
  }

  private Planned plan(SurvivalSpec spec, double events) {
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
    AccrualSchedule schedule;
    double phi;
    if (intensity == null) {
      if (accrual.length != 1) {
        throw DesignMessages.error("survival.accrual.single", java.util.Arrays.toString(accrual));
      }
      Recruitment recruitment = new Recruitment(accrual[0], followUp, drop[0], drop[1]);
      p = SurvivalSampleSize.patients(spec, events, control, recruitment);
      speeds = new double[] {p.accrualIntensity()};
      solvedFor = "patients";
      schedule = new AccrualSchedule(accrual, speeds);
      phi = recruitment.dropoutHazard();
    } else {
      schedule = new AccrualSchedule(accrual, intensity);
      phi = new Recruitment(schedule.duration(), 0, drop[0], drop[1]).dropoutHazard();
      p = SurvivalSampleSize.analysisTime(spec, events, control, schedule, phi);
      speeds = schedule.intensities();
      solvedFor = "analysisTime";
    }
    double[] times = new double[accrual.length + 1];
    System.arraycopy(accrual, 0, times, 1, accrual.length);
    Patients patients =
        new Patients(
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
    return new Planned(patients, control, schedule, phi);
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
