package org.celltrial.app.design;

import static org.celltrial.app.design.SingleArmCommand.text;

import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.RateHypotheses;
import org.celltrial.design.simon.AdmissibleDesign;
import org.celltrial.design.simon.SimonDesign;
import org.celltrial.design.simon.SimonPlan;
import org.celltrial.design.simon.SimonTwoStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial design simon}: optimal, minimax and admissible Simon two-stage designs. */
@Command(name = "simon", mixinStandardHelpOptions = true)
public final class SimonCommand extends LeafCommand {
  @Option(names = "--p0", required = true, paramLabel = "P0")
  double p0;

  @Option(names = "--p1", required = true, paramLabel = "P1")
  double p1;

  @Option(names = "--alpha", paramLabel = "ALPHA")
  double alpha = 0.05;

  @Option(names = "--power", paramLabel = "POWER")
  double power = 0.8;

  @Option(names = "--max-n", paramLabel = "N")
  int maxN = SimonTwoStage.DEFAULT_MAX_N;

  /** JSON contract of {@code design simon} (docs/cli.md). */
  record Result(
      double p0,
      double p1,
      double alpha,
      double power,
      int maxN,
      String convention,
      SimonDesign optimal,
      SimonDesign minimax,
      List<AdmissibleDesign> admissible) {}

  @Override
  protected CliResult execute(Lang lang) {
    SimonPlan plan = new SimonTwoStage(new RateHypotheses(p0, p1, alpha, power), maxN).solve();
    Table.Builder table =
        Table.builder(
            text(
                lang,
                "simon.title",
                Numbers.plain(p0),
                Numbers.plain(p1),
                Numbers.plain(alpha),
                Numbers.percent(power),
                maxN),
            text(lang, "simon.col.design"),
            "r1/n1",
            "r/n",
            text(lang, "simon.col.size"),
            text(lang, "simon.col.power"),
            "PET0",
            "EN0",
            text(lang, "simon.col.q"));
    table.row(row(text(lang, "simon.row.optimal"), plan.optimal(), "1"));
    table.row(row(text(lang, "simon.row.minimax"), plan.minimax(), "0"));
    for (AdmissibleDesign a : plan.admissible()) {
      table.row(
          row(
              text(lang, "simon.row.admissible"),
              a.design(),
              Numbers.fixed(a.qLower(), 3) + "-" + Numbers.fixed(a.qUpper(), 3)));
    }
    table.note(text(lang, "simon.note.convention"));
    table.note(text(lang, "simon.note.admissible"));
    table.note(text(lang, "simon.note.guideline"));
    Message protocol = protocol(plan.optimal());
    table.note(protocol.render(lang));
    table.note(protocol.render(lang == Lang.ZH ? Lang.EN : Lang.ZH));
    Result json =
        new Result(
            p0,
            p1,
            alpha,
            power,
            maxN,
            "stop after stage 1 if responses <= r1; reject H0 if total responses > r",
            plan.optimal(),
            plan.minimax(),
            plan.admissible());
    return new CliResult(json, List.of(table.build()));
  }

  private Message protocol(SimonDesign d) {
    return CliMessages.of(
        "simon.protocol",
        Numbers.plain(p0),
        Numbers.plain(p1),
        Numbers.plain(alpha),
        Numbers.percent(power),
        d.n1(),
        d.r1(),
        d.n() - d.n1(),
        d.n(),
        d.r(),
        Numbers.fixed(d.size(), 4),
        Numbers.fixed(d.power(), 4),
        Numbers.fixed(d.pet0(), 4),
        Numbers.fixed(d.en0(), 2));
  }

  private static List<String> row(String label, SimonDesign d, String q) {
    return List.of(
        label,
        d.r1() + "/" + d.n1(),
        d.r() + "/" + d.n(),
        Numbers.fixed(d.size(), 4),
        Numbers.fixed(d.power(), 4),
        Numbers.fixed(d.pet0(), 4),
        Numbers.fixed(d.en0(), 2),
        q);
  }
}
