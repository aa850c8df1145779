package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.exposure.SafetyExposure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats exposure}: whether n treated subjects are enough to see adverse events of
 * given rates, and what rate 0 events would rule out (G-DES-5).
 */
@Command(name = "exposure", mixinStandardHelpOptions = true)
public final class ExposureCommand extends LeafCommand {
  @Option(names = "--n", required = true, paramLabel = "N")
  int n;

  @Option(names = "--rates", split = ",", paramLabel = "P")
  List<String> rates = List.of("0.01", "0.02", "0.05");

  @Option(names = "--k", paramLabel = "K")
  int k = 1;

  @Option(names = "--probability", paramLabel = "PROB")
  double probability = 0.95;

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  /** JSON contract of {@code stats exposure} (docs/cli.md). */
  record Result(
      int n, int k, double probability, List<RateRow> rates, ZeroEvents zeroEvents, String rule) {}

  /** For one true rate: P(at least k events in n) and the n needed for {@code probability}. */
  record RateRow(double rate, double probabilityAtLeastK, int subjectsNeeded) {}

  /** The rate ruled out after 0 events in n: exact one-sided limit and the rule of three. */
  record ZeroEvents(double level, double upperLimit, double ruleOfThree) {}

  @Override
  protected CliResult execute(Lang lang) {
    double[] p = KmCommand.numbers("--rates", rates);
    List<RateRow> rows = new ArrayList<>();
    for (double rate : p) {
      rows.add(
          new RateRow(
              rate,
              SafetyExposure.probabilityOfAtLeast(k, n, rate),
              SafetyExposure.subjectsNeeded(k, rate, probability)));
    }
    ZeroEvents zero =
        new ZeroEvents(
            level, SafetyExposure.zeroEventUpperLimit(n, level), SafetyExposure.ruleOfThree(n));
    Table.Builder table =
        Table.builder(
            t(lang, "exposure.title", n),
            t(lang, "exposure.col.rate"),
            t(lang, "exposure.col.probability", k, n),
            t(lang, "exposure.col.needed", k, Numbers.level(probability)));
    for (RateRow r : rows) {
      table.row(
          Numbers.percent(r.rate()),
          Numbers.percent(r.probabilityAtLeastK()),
          String.valueOf(r.subjectsNeeded()));
    }
    table.note(
        t(
            lang,
            "exposure.zeroNote",
            n,
            Numbers.level(level),
            Numbers.fixed(100 * zero.upperLimit(), 2) + "%",
            Numbers.fixed(100 * zero.ruleOfThree(), 2) + "%"));
    return new CliResult(
        new Result(n, k, probability, rows, zero, SafetyExposure.RULE), List.of(table.build()));
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
