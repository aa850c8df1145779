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
import org.celltrial.stats.logrank.LogRankResult;
import org.celltrial.stats.logrank.LogRankTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code celltrial stats logrank}: the G-rho comparison of survival curves, as R's survdiff. */
@Command(name = "logrank", mixinStandardHelpOptions = true)
public final class LogRankCommand extends LeafCommand {
  @Mixin SurvivalOptions survival;

  @Option(names = "--group", required = true, paramLabel = "COLUMN")
  String group;

  @Option(names = "--strata", paramLabel = "COLUMN")
  String strata;

  @Option(names = "--rho", paramLabel = "RHO")
  double rho = 0;

  /** JSON contract of {@code stats logrank} (docs/cli.md). */
  record Result(
      List<GroupRow> groups,
      double chisq,
      int df,
      double p,
      double rho,
      double[][] variance,
      String strata,
      int dropped) {}

  /** One group: its size and (weighted) observed and expected events. */
  record GroupRow(String group, int n, double observed, double expected) {}

  @Override
  protected CliResult execute(Lang lang) {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put(group, "--group");
    if (strata != null) {
      columns.put(strata, "--strata");
    }
    SurvivalColumns in =
        SurvivalColumns.read(survival.data, survival.time, survival.event, columns);
    SurvivalColumns.Coding groups = in.codes(group);
    int[] strataCodes = strata == null ? null : in.codes(strata).codes();
    LogRankResult r =
        LogRankTest.compare(
            in.time(), in.event(), groups.codes(), groups.levels().size(), strataCodes, rho);
    List<GroupRow> rows = new ArrayList<>();
    Table.Builder table =
        Table.builder(
            CliMessages.of("logrank.title", survival.time, group).render(lang),
            CliMessages.of("logrank.col.group").render(lang),
            "N",
            CliMessages.of("logrank.col.observed").render(lang),
            CliMessages.of("logrank.col.expected").render(lang),
            "(O-E)^2/E",
            "(O-E)^2/V");
    for (int g = 0; g < groups.levels().size(); g++) {
      String label = groups.levels().get(g);
      double o = r.observed()[g];
      double e = r.expected()[g];
      rows.add(new GroupRow(label, r.n()[g], o, e));
      table.row(
          group + "=" + label,
          Integer.toString(r.n()[g]),
          Numbers.fixed(o, 2),
          Numbers.fixed(e, 2),
          Numbers.fixed((o - e) * (o - e) / e, 3),
          Numbers.fixed((o - e) * (o - e) / r.variance()[g][g], 3));
    }
    table.note(
        CliMessages.of("logrank.chisq", Numbers.fixed(r.chisq(), 3), r.df(), Numbers.pValue(r.p()))
            .render(lang));
    table.note(
        CliMessages.of(
                rho == 0 ? "logrank.method.logrank" : "logrank.method.grho", Numbers.plain(rho))
            .render(lang));
    if (strata != null) {
      table.note(CliMessages.of("logrank.strata", strata).render(lang));
    }
    if (in.dropped() > 0) {
      table.note(
          CliMessages.of("logrank.dropped", in.dropped(), in.data().rowCount()).render(lang));
    }
    return new CliResult(
        new Result(rows, r.chisq(), r.df(), r.p(), rho, r.variance(), strata, in.dropped()),
        List.of(table.build()));
  }
}
