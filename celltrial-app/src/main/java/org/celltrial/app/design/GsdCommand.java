package org.celltrial.app.design;

import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.gsd.GroupSequentialDesign;
import org.celltrial.design.gsd.GroupSequentialDesigner;
import org.celltrial.design.gsd.GsdSpec;
import org.celltrial.design.gsd.SpendingFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial design gsd}: one-sided Lan–DeMets group-sequential boundaries with optional
 * non-binding β-spending futility, as rpact's {@code getDesignGroupSequential} (G-DES-6).
 */
@Command(name = "gsd", mixinStandardHelpOptions = true)
public final class GsdCommand extends LeafCommand {
  @Option(names = "--looks", required = true, paramLabel = "K")
  int looks;

  @Option(names = "--info", split = ",", paramLabel = "T1,T2,...")
  double[] info;

  @Option(names = "--alpha", required = true, paramLabel = "ALPHA")
  double alpha;

  @Option(names = "--power", paramLabel = "POWER")
  double power = 0.8;

  @Option(names = "--spending", required = true, paramLabel = "obf|pocock|hsd:G")
  String spending;

  @Option(names = "--futility", paramLabel = "obf|pocock|hsd:G")
  String futility;

  /** JSON contract of {@code design gsd} (docs/cli.md). */
  record Result(
      int looks,
      double[] informationRates,
      double alpha,
      double power,
      String spending,
      String futility,
      double[] criticalValues,
      double[] stageLevels,
      double[] alphaSpent,
      double[] futilityBounds,
      double[] betaSpent,
      double[] cumulativePower,
      double drift,
      double shift,
      double inflationFactor,
      List<String> rules) {}

  @Override
  protected CliResult execute(Lang lang) {
    double[] t;
    if (info == null) {
      t = GsdSpec.equallySpaced(looks);
    } else {
      if (info.length != looks) {
        throw DesignMessages.error("gsd.info.count", info.length, looks);
      }
      t = info;
    }
    SpendingFunction alphaSpending = SpendingFunction.parse("--spending", spending);
    SpendingFunction betaSpending =
        futility == null ? null : SpendingFunction.parse("--futility", futility);
    if (!(power > 0.5 && power < 1)) {
      throw DesignMessages.error("design.power", power);
    }
    GsdSpec spec = new GsdSpec(t, alpha, 1 - power, alphaSpending, betaSpending);
    GroupSequentialDesign d = GroupSequentialDesigner.design(spec);
    Result result =
        new Result(
            spec.looks(),
            spec.informationRates(),
            alpha,
            power,
            alphaSpending.label(),
            betaSpending == null ? null : betaSpending.label(),
            d.criticalValues(),
            d.stageLevels(),
            d.alphaSpent(),
            d.futilityBounds(),
            d.betaSpent(),
            d.power(),
            d.drift(),
            d.drift() * d.drift(),
            d.inflationFactor(),
            List.of("G-DES-6"));
    return new CliResult(result, List.of(GsdText.table(d, power, lang)));
  }
}
