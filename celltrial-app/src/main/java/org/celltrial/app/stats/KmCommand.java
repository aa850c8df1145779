package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.CommonOptions;
import org.celltrial.app.cli.Format;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.celltrial.stats.survival.Landmark;
import org.celltrial.stats.survival.Quantile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats km}: Kaplan–Meier curves with Greenwood limits, medians, quantiles and
 * landmark survival, by group, optionally reverse (median follow-up) or with delayed entry; the
 * numbers of R's {@code survfit}, {@code summary(fit, times)} and {@code quantile(fit)}.
 */
@Command(name = "km", mixinStandardHelpOptions = true)
public final class KmCommand extends LeafCommand {
  @Mixin SurvivalOptions survival;

  @Option(names = "--group", paramLabel = "COLUMN")
  String group;

  @Option(names = "--entry", paramLabel = "COLUMN")
  String entry;

  @Option(names = "--conf-type", paramLabel = "log|log-log|plain")
  String confType = "log";

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  @Option(names = "--at", split = ",", paramLabel = "TIME")
  List<String> at = List.of();

  @Option(names = "--quantiles", split = ",", paramLabel = "P")
  List<String> quantiles = List.of("0.25", "0.5", "0.75");

  @Option(names = "--reverse")
  boolean reverse;

  /** JSON contract of {@code stats km} (docs/cli.md). */
  record Result(
      List<Stratum> strata, String confType, double level, boolean reverse, int dropped) {}

  /** One group's curve and summaries; {@code group} is null without {@code --group}. */
  record Stratum(
      String group,
      int n,
      int events,
      double[] time,
      int[] nRisk,
      int[] nEvent,
      int[] nCensor,
      double[] surv,
      double[] stdErr,
      double[] lower,
      double[] upper,
      Estimate median,
      List<Quantile> quantiles,
      List<Landmark> landmarks) {}

  /** A time estimate with its confidence limits; null parts are R's NA. */
  record Estimate(double estimate, double lower, double upper) {}

  @Override
  protected CliResult execute(Lang lang) {
    ConfType type = confType(confType);
    double[] times = numbers("--at", at);
    double[] probs = numbers("--quantiles", quantiles);
    SurvivalInput in =
        SurvivalInput.read(survival.data, survival.time, survival.event, group, entry);
    List<KmCurve> curves =
        reverse
            ? KaplanMeier.reverse(in.time(), in.event(), in.group(), in.entry(), type, level)
            : KaplanMeier.byGroup(in.time(), in.event(), in.group(), in.entry(), type, level);
    List<Stratum> strata = new ArrayList<>();
    for (int g = 0; g < curves.size(); g++) {
      KmCurve c = curves.get(g);
      List<List<Quantile>> q = c.quantileSets(new double[] {0.5}, probs);
      Quantile m = q.get(0).get(0);
      strata.add(
          new Stratum(
              in.labels().get(g),
              c.n(),
              c.events(),
              c.time(),
              c.nRisk(),
              c.nEvent(),
              c.nCensor(),
              c.surv(),
              c.stdErr(),
              c.lower(),
              c.upper(),
              new Estimate(m.estimate(), m.lower(), m.upper()),
              q.get(1),
              c.landmarks(times)));
    }
    Result result = new Result(strata, type.label(), level, reverse, in.dropped());
    boolean csv = CommonOptions.effective(common, spec).format() == Format.CSV;
    KmTables tables = new KmTables(lang, result, group);
    return new CliResult(result, csv ? List.of(tables.longTable()) : tables.textTables());
  }

  private static ConfType confType(String value) {
    for (ConfType t : ConfType.values()) {
      if (t.label().equals(value.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new CelltrialException(CliMessages.of("km.confType", value));
  }

  /** A comma-separated list of numbers given to an option. */
  static double[] numbers(String option, List<String> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      String v = values.get(i).trim();
      try {
        out[i] = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new CelltrialException(
            CliMessages.of("cli.badValue", option, v, CliMessages.of("cli.type.number")));
      }
      if (!Double.isFinite(out[i])) {
        throw new CelltrialException(
            CliMessages.of("cli.badValue", option, v, CliMessages.of("cli.type.number")));
      }
    }
    return out;
  }
}
