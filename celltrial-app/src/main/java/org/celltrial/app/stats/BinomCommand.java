package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;
import org.celltrial.stats.binomial.TargetValueVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial stats binom}: a response rate, its intervals, and the G-DES-2 verdict. */
@Command(name = "binom", mixinStandardHelpOptions = true)
public final class BinomCommand extends LeafCommand {
  @Option(names = "--x", required = true, paramLabel = "X")
  int x;

  @Option(names = "--n", required = true, paramLabel = "N")
  int n;

  @Option(names = "--target", paramLabel = "P0")
  Double target;

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  /** JSON contract of {@code stats binom} (docs/cli.md). */
  record Result(
      int x,
      int n,
      double estimate,
      double level,
      List<Map<String, Object>> intervals,
      Verdict verdict) {}

  /** The G-DES-2 verdict, present only with {@code --target}. */
  record Verdict(
      double target, double lower, double upper, double pValueGreater, boolean met, String rule) {}

  @Override
  protected CliResult execute(Lang lang) {
    List<ProportionInterval> intervals = new ArrayList<>();
    for (BinomialInterval method : BinomialInterval.values()) {
      intervals.add(method.of(x, n, level));
    }
    Verdict verdict = null;
    if (target != null) {
      TargetValueVerdict v = TargetValueVerdict.judge(x, n, target, level);
      verdict =
          new Verdict(
              v.target(),
              v.interval().lower(),
              v.interval().upper(),
              v.pValueGreater(),
              v.met(),
              TargetValueVerdict.RULE);
    }
    double estimate = (double) x / n;
    List<Map<String, Object>> json = new ArrayList<>();
    Table.Builder table =
        Table.builder(
            CliMessages.of("binom.title", x, n, Numbers.percent(estimate)).render(lang),
            CliMessages.of("binom.col.method").render(lang),
            CliMessages.of("binom.col.lower").render(lang),
            CliMessages.of("binom.col.upper").render(lang));
    for (ProportionInterval ci : intervals) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("method", ci.method().label());
      row.put("lower", ci.lower());
      row.put("upper", ci.upper());
      json.add(row);
      table.row(
          CliMessages.of("binom.method." + ci.method().label()).render(lang),
          Numbers.fixed(ci.lower(), 4),
          Numbers.fixed(ci.upper(), 4));
    }
    table.note(CliMessages.of("binom.levelNote", Numbers.level(level)).render(lang));
    if (verdict != null) {
      table.note(
          CliMessages.of(
                  verdict.met() ? "binom.verdict.met" : "binom.verdict.notMet",
                  Numbers.fixed(verdict.lower(), 4),
                  Numbers.plain(verdict.target()),
                  Numbers.pValue(verdict.pValueGreater()))
              .render(lang));
    }
    return new CliResult(new Result(x, n, estimate, level, json, verdict), List.of(table.build()));
  }
}
