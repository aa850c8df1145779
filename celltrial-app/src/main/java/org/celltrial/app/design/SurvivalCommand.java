package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.DesignMessages;
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

  @Option(names = "--accrual", paramLabel = "MONTHS")
  Double accrual;

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

  /** Patients and timing, present when the control arm and recruitment are given. */
  record Patients(
      double median1,
      double median2,
      double hazard1,
      double hazard2,
      double accrualTime,
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
      double accrualIntensity,
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
    boolean any = medianControl != null || rateControl != null || accrual != null;
    if (!any && followUp == null && dropout == null) {
      return null;
    }
    if (medianControl != null && rateControl != null) {
      throw DesignMessages.error("survival.control.both");
    }
    List<String> missing = new ArrayList<>();
    if (medianControl == null && rateControl == null) {
      missing.add("--median-control | --rate-control");
    }
    if (accrual == null) {
      missing.add("--accrual");
    }
    if (followUp == null) {
      missing.add("--follow-up");
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
    Recruitment recruitment = new Recruitment(accrual, followUp, drop[0], drop[1]);
    SurvivalSampleSize.Patients p = SurvivalSampleSize.patients(spec, events, control, recruitment);
    return new Patients(
        p.median1(),
        p.median2(),
        p.hazard1(),
        p.hazard2(),
        recruitment.accrualTime(),
        recruitment.followUpTime(),
        recruitment.dropoutRate(),
        recruitment.dropoutTime(),
        p.eventProbability1(),
        p.eventProbability2(),
        p.patients(),
        p.patients1(),
        p.patients2(),
        (long) Math.ceil(p.patients1()),
        (long) Math.ceil(p.patients2()),
        p.accrualIntensity(),
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
