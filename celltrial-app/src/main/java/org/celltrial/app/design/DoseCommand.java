package org.celltrial.app.design;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.dose.Boin;
import org.celltrial.design.dose.DoseFindingDesign;
import org.celltrial.design.dose.DoseMethod;
import org.celltrial.design.dose.DoseSimulator;
import org.celltrial.design.dose.OperatingCharacteristics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial design dose}: operating characteristics of a dose-finding design for an
 * exploratory CAR-T trial (G-PH-1) by Monte Carlo simulation.
 */
@Command(name = "dose", mixinStandardHelpOptions = true)
public final class DoseCommand extends LeafCommand {
  /** A run longer than this shows a progress bar on standard error. */
  static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;

  @Option(names = "--method", required = true, paramLabel = "boin|3+3|i3+3|crm")
  String method;

  @Option(names = "--target", required = true, paramLabel = "PHI")
  double target;

  @Option(names = "--doses", required = true, split = ",", paramLabel = "DOSE")
  double[] doses;

  @Option(names = "--unit", paramLabel = "UNIT")
  String unit = "x10^6 cells/kg";

  @Option(names = "--true-tox", required = true, split = ",", paramLabel = "P")
  double[] trueTox;

  @Option(names = "--cohort", paramLabel = "1-6")
  int cohort = 3;

  @Option(names = "--max-n", paramLabel = "N")
  int maxN = 30;

  @Option(names = "--trials", paramLabel = "TRIALS")
  int trials = 10_000;

  @Option(names = "--seed", paramLabel = "SEED")
  long seed = 1;

  @Option(names = "--skeleton", split = ",", paramLabel = "S")
  double[] skeleton;

  @Option(names = "--threads", paramLabel = "N")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dlt-window", paramLabel = "DAYS")
  int dltWindow = 28;

  /** JSON contract of {@code design dose} (docs/cli.md). */
  record Result(
      String method,
      double target,
      double[] doses,
      String unit,
      double[] trueTox,
      int cohortSize,
      int maxN,
      int trials,
      long seed,
      double[] skeleton,
      Double lambdaE,
      Double lambdaD,
      Integer trueMtdLevel,
      double[] percentSelected,
      double percentNone,
      double[] meanPatients,
      double[] meanDlts,
      double percentEarlyStop,
      double meanSampleSize,
      double percentPatientsAboveMtd,
      double percentSelectedAboveMtd,
      int dltWindowDays,
      double meanDurationDays) {}

  @Override
  protected CliResult execute(Lang lang) {
    DoseMethod m = DoseMethod.parse(method);
    if (dltWindow < 1 || dltWindow > 365) {
      throw DesignMessages.error("dose.window", dltWindow);
    }
    DoseFindingDesign design =
        new DoseFindingDesign(m, target, doses, unit, cohort, maxN, skeleton);
    Progress progress = new Progress(spec.commandLine().getErr(), trials);
    OperatingCharacteristics oc =
        DoseSimulator.simulate(design, trueTox, trials, seed, threads, progress::update);
    progress.clear();
    Double lambdaE = null;
    Double lambdaD = null;
    if (m == DoseMethod.BOIN) {
      lambdaE = Boin.of(target).lambdaE();
      lambdaD = Boin.of(target).lambdaD();
    }
    Result json =
        new Result(
            m.label(),
            target,
            design.doses(),
            design.unit(),
            trueTox,
            design.cohort(),
            maxN,
            trials,
            seed,
            m == DoseMethod.CRM ? design.skeleton() : null,
            lambdaE,
            lambdaD,
            oc.trueMtd() < 0 ? null : oc.trueMtd() + 1,
            oc.percentSelected(),
            oc.percentNone(),
            oc.meanPatients(),
            oc.meanDlts(),
            oc.percentEarlyStop(),
            oc.meanSampleSize(),
            oc.percentPatientsAboveMtd(),
            oc.percentSelectedAboveMtd(),
            dltWindow,
            oc.meanDurationWindows() * dltWindow);
    return new CliResult(json, List.of(table(json, lang)));
  }

  private static Table table(Result r, Lang lang) {
    Table.Builder t =
        Table.builder(
            CliMessages.of(
                    "designDose.title",
                    CliMessages.of("designDose.method." + r.method()),
                    Numbers.plain(r.target()),
                    r.trials(),
                    r.seed())
                .render(lang),
            CliMessages.of("designDose.col.level").render(lang),
            CliMessages.of("designDose.col.dose", r.unit()).render(lang),
            CliMessages.of("designDose.col.trueTox").render(lang),
            CliMessages.of("designDose.col.selected").render(lang),
            CliMessages.of("designDose.col.patients").render(lang),
            CliMessages.of("designDose.col.dlts").render(lang));
    for (int j = 0; j < r.doses().length; j++) {
      boolean mtd = r.trueMtdLevel() != null && r.trueMtdLevel() == j + 1;
      t.row(
          (j + 1) + (mtd ? " *" : ""),
          Numbers.plain(r.doses()[j]),
          Numbers.plain(r.trueTox()[j]),
          Numbers.percent(r.percentSelected()[j] / 100),
          Numbers.fixed(r.meanPatients()[j], 2),
          Numbers.fixed(r.meanDlts()[j], 2));
    }
    t.row(
        CliMessages.of("designDose.none").render(lang),
        "",
        "",
        Numbers.percent(r.percentNone() / 100),
        "",
        "");
    double dlts = 0;
    for (double y : r.meanDlts()) {
      dlts += y;
    }
    t.row(
        CliMessages.of("designDose.total").render(lang),
        "",
        "",
        "",
        Numbers.fixed(r.meanSampleSize(), 2),
        Numbers.fixed(dlts, 2));
    List<String> notes = new ArrayList<>();
    notes.add(
        CliMessages.of(
                r.trueMtdLevel() == null ? "designDose.note.noMtd" : "designDose.note.mtd",
                Numbers.plain(r.target()))
            .render(lang));
    notes.add(
        CliMessages.of(
                "designDose.note.summary",
                Numbers.percent(r.percentEarlyStop() / 100),
                Numbers.fixed(r.meanSampleSize(), 1),
                Numbers.percent(r.percentPatientsAboveMtd() / 100),
                Numbers.percent(r.percentSelectedAboveMtd() / 100))
            .render(lang));
    notes.add(
        CliMessages.of(
                "designDose.note.duration",
                Numbers.fixed(r.meanDurationDays(), 0),
                r.dltWindowDays())
            .render(lang));
    notes.add(rule(r).render(lang));
    notes.forEach(t::note);
    return t.build();
  }

  private static Message rule(Result r) {
    return switch (r.method()) {
      case "boin" ->
          CliMessages.of(
              "designDose.rule.boin", Numbers.fixed(r.lambdaE(), 4), Numbers.fixed(r.lambdaD(), 4));
      case "crm" -> CliMessages.of("designDose.rule.crm", join(r.skeleton()));
      case "i3+3" -> CliMessages.of("designDose.rule.i3");
      default -> CliMessages.of("designDose.rule.3p3");
    };
  }

  private static String join(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(Numbers.plain(v));
    }
    return String.join(", ", parts);
  }

  /**
   * A text progress bar on standard error, shown once a run has taken a second and updated at each
   * whole percent; erased at the end so that only results remain.
   */
  static final class Progress {
    private final PrintWriter err;
    private final int trials;
    private final long start = System.nanoTime();
    private int shown = -1;

    Progress(PrintWriter err, int trials) {
      this.err = err;
      this.trials = trials;
    }

    synchronized void update(long done) {
      if (System.nanoTime() - start < PROGRESS_AFTER_NANOS) {
        return;
      }
      int percent = (int) (100 * done / trials);
      if (percent <= shown) {
        return;
      }
      shown = percent;
      int filled = percent * 40 / 100;
      err.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(40 - filled)
              + "] "
              + percent
              + "% "
              + done
              + "/"
              + trials);
      err.flush();
    }

    synchronized void clear() {
      if (shown >= 0) {
        err.print("\r" + " ".repeat(70) + "\r");
        err.flush();
      }
    }
  }
}
