package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.RateHypotheses;
import org.celltrial.design.singlearm.PowerPoint;
import org.celltrial.design.singlearm.SingleArmRule;
import org.celltrial.design.singlearm.TargetValueDesign;
import org.celltrial.design.singlearm.TargetValuePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial design single-arm}: exact sample size of a target-value trial (G-DES-2). */
@Command(name = "single-arm", mixinStandardHelpOptions = true)
public final class SingleArmCommand extends LeafCommand {
  @Option(names = "--p0", required = true, paramLabel = "P0")
  double p0;

  @Option(names = "--p1", required = true, paramLabel = "P1")
  double p1;

  @Option(names = "--alpha", paramLabel = "ALPHA")
  double alpha = 0.025;

  @Option(names = "--power", paramLabel = "POWER")
  double power = 0.9;

  @Option(names = "--dropout", paramLabel = "D")
  double dropout;

  @Option(names = "--max-n", paramLabel = "N")
  int maxN = TargetValueDesign.DEFAULT_MAX_N;

  /** JSON contract of {@code design single-arm} (docs/cli.md). */
  record Result(
      double p0,
      double p1,
      double alpha,
      double power,
      double dropout,
      int maxN,
      double effectiveRate,
      double level,
      SingleArmRule stable,
      SingleArmRule first,
      List<Integer> sawtoothDips,
      List<PowerPoint> powerCurve,
      String rules) {}

  @Override
  protected CliResult execute(Lang lang) {
    TargetValueDesign design =
        new TargetValueDesign(new RateHypotheses(p0, p1, alpha, power), dropout, maxN);
    TargetValuePlan plan = design.solve();
    double level = design.hypotheses().twoSidedLevel();
    Table.Builder rules =
        Table.builder(
            text(
                lang,
                "singleArm.title",
                Numbers.plain(p0),
                Numbers.plain(p1),
                Numbers.plain(alpha),
                Numbers.percent(power)),
            text(lang, "singleArm.col.design"),
            "n",
            text(lang, "singleArm.col.r"),
            text(lang, "singleArm.col.size"),
            text(lang, "singleArm.col.power"),
            text(lang, "singleArm.col.lowerAtR", Numbers.level(level)),
            text(lang, "singleArm.col.lowerBelowR", Numbers.level(level)));
    rules.row(row(text(lang, "singleArm.row.stable"), plan.stable()));
    rules.row(row(text(lang, "singleArm.row.first"), plan.first()));
    rules.note(
        text(
            lang,
            "singleArm.note.sawtooth",
            plan.first().n(),
            plan.stable().n(),
            plan.dips().isEmpty() ? "-" : join(plan.dips()),
            maxN));
    rules.note(text(lang, "singleArm.note.equivalence", Numbers.level(level), Numbers.plain(p0)));
    if (dropout > 0) {
      rules.note(
          text(
              lang,
              "singleArm.note.dropout",
              Numbers.percent(dropout),
              Numbers.plain(p1),
              Numbers.fixed(design.effectiveRate(), 4)));
    }
    rules.note(text(lang, "singleArm.note.safety"));
    Message protocol = protocol(design, plan, level);
    Lang other = lang == Lang.ZH ? Lang.EN : Lang.ZH;
    rules.note(protocol.render(lang));
    rules.note(protocol.render(other));
    Table.Builder curve =
        Table.builder(
            text(lang, "singleArm.curve.title", plan.stable().n(), plan.stable().r()),
            text(lang, "singleArm.curve.rate"),
            text(lang, "singleArm.curve.effective"),
            text(lang, "singleArm.curve.power"));
    for (PowerPoint p : plan.powerCurve()) {
      curve.row(
          Numbers.fixed(p.rate(), 4),
          Numbers.fixed(p.effectiveRate(), 4),
          Numbers.fixed(p.power(), 4));
    }
    Result json =
        new Result(
            p0,
            p1,
            alpha,
            power,
            dropout,
            maxN,
            design.effectiveRate(),
            level,
            plan.stable(),
            plan.first(),
            plan.dips(),
            plan.powerCurve(),
            TargetValuePlan.RULES);
    return new CliResult(json, List.of(rules.build(), curve.build()));
  }

  private Message protocol(TargetValueDesign design, TargetValuePlan plan, double level) {
    SingleArmRule s = plan.stable();
    Message dropoutClause =
        dropout > 0
            ? CliMessages.of(
                "singleArm.protocol.dropout",
                Numbers.percent(dropout),
                Numbers.fixed(design.effectiveRate(), 4))
            : CliMessages.of("singleArm.protocol.noDropout");
    return CliMessages.of(
        "singleArm.protocol",
        Numbers.plain(p0),
        Numbers.plain(p1),
        Numbers.plain(alpha),
        Numbers.percent(power),
        s.n(),
        s.r(),
        Numbers.fixed(s.size(), 4),
        Numbers.fixed(s.power(), 4),
        Numbers.level(level),
        Numbers.fixed(s.lowerAtR(), 4),
        dropoutClause,
        maxN);
  }

  private static List<String> row(String label, SingleArmRule r) {
    return List.of(
        label,
        Integer.toString(r.n()),
        Integer.toString(r.r()),
        Numbers.fixed(r.size(), 4),
        Numbers.fixed(r.power(), 4),
        Numbers.fixed(r.lowerAtR(), 4),
        Numbers.fixed(r.lowerBelowR(), 4));
  }

  private static String join(List<Integer> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Integer.toString(v)));
    return String.join(", ", out);
  }

  static String text(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
