package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.cox.ChiSquareTest;
import org.celltrial.stats.cox.Covariate;
import org.celltrial.stats.cox.CoxCoefficient;
import org.celltrial.stats.cox.CoxFit;
import org.celltrial.stats.cox.CoxRegression;
import org.celltrial.stats.cox.Ties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code celltrial stats cox}: Cox proportional-hazards regression, as R's coxph. */
@Command(name = "cox", mixinStandardHelpOptions = true)
public final class CoxCommand extends LeafCommand {
  @Mixin SurvivalOptions survival;

  @Option(names = "--covariates", required = true, split = ",", paramLabel = "COLUMN")
  List<String> covariates;

  @Option(names = "--factors", split = ",", paramLabel = "COLUMN")
  List<String> factors = List.of();

  @Option(names = "--reference", split = ",", paramLabel = "COLUMN=LEVEL")
  Map<String, String> reference = Map.of();

  @Option(names = "--strata", paramLabel = "COLUMN")
  String strata;

  @Option(names = "--ties", paramLabel = "METHOD")
  String ties = "efron";

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  /** JSON contract of {@code stats cox} (docs/cli.md). */
  record Result(
      List<CoxCoefficient> coefficients,
      double[] loglik,
      Map<String, ChiSquareTest> tests,
      Map<String, Double> concordance,
      int n,
      int events,
      int iterations,
      boolean converged,
      List<String> warnings,
      String ties,
      String strata,
      double level,
      int dropped) {}

  @Override
  protected CliResult execute(Lang lang) {
    Ties method = ties();
    Set<String> factorNames = new LinkedHashSet<>(factors);
    factorNames.addAll(reference.keySet());
    for (String f : factorNames) {
      if (!covariates.contains(f)) {
        throw new CelltrialException(
            CliMessages.of("cox.factorNotCovariate", f, String.join(",", covariates)));
      }
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (String c : covariates) {
      columns.put(c, "--covariates");
    }
    if (strata != null) {
      columns.put(strata, "--strata");
    }
    SurvivalColumns in =
        SurvivalColumns.read(survival.data, survival.time, survival.event, columns);
    List<Covariate> model = new ArrayList<>();
    for (String c : covariates) {
      model.add(
          factorNames.contains(c)
              ? new Covariate.Factor(c, in.data().labels(in.rows(), c), reference.get(c))
              : new Covariate.Numeric(c, in.data().numbers(in.rows(), c, false)));
    }
    int[] strataCodes = strata == null ? null : in.codes(strata).codes();
    CoxFit fit = CoxRegression.fit(in.time(), in.event(), strataCodes, model, method);
    List<CoxCoefficient> rows = fit.coefficients(level);
    Map<String, ChiSquareTest> tests = new LinkedHashMap<>();
    tests.put("likelihoodRatio", fit.likelihoodRatio());
    tests.put("wald", fit.wald());
    tests.put("score", fit.score());
    Map<String, Double> concordance = new LinkedHashMap<>();
    concordance.put("estimate", fit.concordance().estimate());
    concordance.put("se", fit.concordance().se());
    List<String> warnings = fit.warnings().stream().map(m -> m.render(lang)).toList();
    Result json =
        new Result(
            rows,
            new double[] {fit.loglikNull(), fit.loglik()},
            tests,
            concordance,
            fit.n(),
            fit.events(),
            fit.iterations(),
            fit.converged(),
            warnings,
            method.label(),
            strata,
            level,
            in.dropped());
    return new CliResult(json, List.of(table(fit, rows, warnings, in, lang)));
  }

  private Ties ties() {
    for (Ties t : Ties.values()) {
      if (t.label().equals(ties.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new CelltrialException(
        CliMessages.of("cli.badValue", "--ties", ties, CliMessages.of("cox.tiesChoices")));
  }

  private Table table(
      CoxFit fit, List<CoxCoefficient> rows, List<String> warnings, SurvivalColumns in, Lang lang) {
    String lvl = Numbers.level(level);
    Table.Builder table =
        Table.builder(
            CliMessages.of("cox.title", survival.time, fit.n(), fit.events()).render(lang),
            CliMessages.of("cox.col.term").render(lang),
            "coef",
            "HR",
            CliMessages.of("cox.col.lower", lvl).render(lang),
            CliMessages.of("cox.col.upper", lvl).render(lang),
            "SE",
            "z",
            "p");
    for (CoxCoefficient c : rows) {
      table.row(
          c.term(),
          Numbers.fixed(c.coef(), 4),
          Numbers.fixed(c.hr(), 4),
          Numbers.fixed(c.lower(), 4),
          Numbers.fixed(c.upper(), 4),
          Numbers.fixed(c.se(), 4),
          Numbers.fixed(c.z(), 3),
          Numbers.pValue(c.p()));
    }
    for (String w : warnings) {
      table.note(w);
    }
    table.note(test(lang, "cox.test.lr", fit.likelihoodRatio()));
    table.note(test(lang, "cox.test.wald", fit.wald()));
    table.note(test(lang, "cox.test.score", fit.score()));
    table.note(
        CliMessages.of(
                "cox.concordance",
                Numbers.fixed(fit.concordance().estimate(), 3),
                Numbers.fixed(fit.concordance().se(), 3))
            .render(lang));
    table.note(
        CliMessages.of(
                "cox.loglik", Numbers.fixed(fit.loglikNull(), 3), Numbers.fixed(fit.loglik(), 3))
            .render(lang));
    Message method =
        CliMessages.of(
            fit.converged() ? "cox.method" : "cox.method.notConverged",
            CliMessages.of("cox.ties." + fit.ties().label()),
            fit.iterations());
    table.note(method.render(lang));
    if (strata != null) {
      table.note(CliMessages.of("cox.strata", strata).render(lang));
    }
    if (in.dropped() > 0) {
      table.note(CliMessages.of("cox.dropped", in.dropped(), in.data().rowCount()).render(lang));
    }
    return table.build();
  }

  private static String test(Lang lang, String key, ChiSquareTest t) {
    return CliMessages.of(key, Numbers.fixed(t.statistic(), 2), t.df(), Numbers.pValue(t.p()))
        .render(lang);
  }
}
