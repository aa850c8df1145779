package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.rmst.Rmst;
import org.celltrial.stats.rmst.RmstDifference;
import org.celltrial.stats.rmst.RmstEstimate;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats rmst}: restricted mean survival time up to tau per group (R's {@code
 * print(survfit, rmean = tau)}) and each group's difference from the first group (survRM2's
 * formulas).
 */
@Command(name = "rmst", mixinStandardHelpOptions = true)
public final class RmstCommand extends LeafCommand {
  @Mixin SurvivalOptions survival;

  @Option(names = "--tau", required = true, paramLabel = "TAU")
  double tau;

  @Option(names = "--group", paramLabel = "COLUMN")
  String group;

  @Option(names = "--entry", paramLabel = "COLUMN")
  String entry;

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  /** JSON contract of {@code stats rmst} (docs/cli.md). */
  record Result(
      double tau, double level, List<Stratum> strata, List<Difference> differences, int dropped) {}

  /** One group's RMST; {@code group} is null without {@code --group}. */
  record Stratum(
      String group,
      int n,
      int events,
      double lastFollowUp,
      double rmst,
      double se,
      double lower,
      double upper) {}

  /** {@code group − reference} (the first group). */
  record Difference(
      String group,
      String reference,
      double estimate,
      double se,
      double lower,
      double upper,
      double pValue) {}

  @Override
  protected CliResult execute(Lang lang) {
    SurvivalInput in =
        SurvivalInput.read(survival.data, survival.time, survival.event, group, entry);
    List<KmCurve> curves =
        KaplanMeier.byGroup(in.time(), in.event(), in.group(), in.entry(), ConfType.LOG, level);
    List<RmstEstimate> estimates = new ArrayList<>();
    for (int g = 0; g < curves.size(); g++) {
      String name = in.labels().get(g) == null ? "-" : in.labels().get(g);
      estimates.add(Rmst.of(curves.get(g), tau, name));
    }
    List<Stratum> strata = new ArrayList<>();
    List<Difference> differences = new ArrayList<>();
    Table.Builder table =
        Table.builder(
            text(lang, "rmst.title", Numbers.plain(tau)),
            text(lang, "km.col.group"),
            "n",
            text(lang, "rmst.col.events"),
            text(lang, "rmst.col.lastFollowUp"),
            "RMST",
            text(lang, "rmst.col.se"),
            text(lang, "km.col.lower"),
            text(lang, "km.col.upper"));
    for (int g = 0; g < curves.size(); g++) {
      KmCurve c = curves.get(g);
      RmstEstimate e = estimates.get(g);
      strata.add(
          new Stratum(
              in.labels().get(g),
              c.n(),
              c.events(),
              c.lastTime(),
              e.estimate(),
              e.se(),
              e.lower(),
              e.upper()));
      table.row(
          in.labels().get(g) == null ? text(lang, "rmst.all") : in.labels().get(g),
          Integer.toString(c.n()),
          Integer.toString(c.events()),
          Numbers.plain(c.lastTime()),
          Numbers.fixed(e.estimate(), 3),
          Numbers.fixed(e.se(), 3),
          Numbers.fixed(e.lower(), 3),
          Numbers.fixed(e.upper(), 3));
      if (g > 0) {
        RmstDifference d = Rmst.difference(e, estimates.get(0));
        differences.add(
            new Difference(
                in.labels().get(g),
                in.labels().get(0),
                d.estimate(),
                d.se(),
                d.lower(),
                d.upper(),
                d.pValue()));
      }
    }
    table.note(text(lang, "rmst.methodNote", Numbers.level(level)));
    table.note(text(lang, "rmst.ruleNote"));
    if (in.dropped() > 0) {
      table.note(text(lang, "survival.droppedNote", in.dropped()));
    }
    List<Table> tables = new ArrayList<>(List.of(table.build()));
    if (!differences.isEmpty()) {
      Table.Builder diff =
          Table.builder(
              text(lang, "rmst.diffTitle", group, in.labels().get(0)),
              text(lang, "km.col.group"),
              text(lang, "rmst.col.difference"),
              text(lang, "rmst.col.se"),
              text(lang, "km.col.lower"),
              text(lang, "km.col.upper"),
              "p");
      for (Difference d : differences) {
        diff.row(
            d.group(),
            Numbers.fixed(d.estimate(), 3),
            Numbers.fixed(d.se(), 3),
            Numbers.fixed(d.lower(), 3),
            Numbers.fixed(d.upper(), 3),
            Numbers.pValue(d.pValue()));
      }
      diff.note(text(lang, "rmst.diffNote"));
      tables.add(diff.build());
    }
    return new CliResult(new Result(tau, level, strata, differences, in.dropped()), tables);
  }

  private static String text(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
