package org.celltrial.app.design;

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
import org.celltrial.design.DesignMessages;
import org.celltrial.design.dose.Crm;
import org.celltrial.design.dose.Decision;
import org.celltrial.design.dose.DecisionTable;
import org.celltrial.design.dose.DoseFindingDesign;
import org.celltrial.design.dose.DoseMethod;
import org.celltrial.design.dose.ThreePlusThree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial design dose-decision}: what a dose-finding design does next given the data
 * (G-PH-1), with the design's decision table.
 */
@Command(name = "dose-decision", mixinStandardHelpOptions = true)
public final class DoseDecisionCommand extends LeafCommand {
  @Option(names = "--method", required = true, paramLabel = "boin|3+3|i3+3|crm")
  String method;

  @Option(names = "--target", required = true, paramLabel = "PHI")
  double target;

  @Option(names = "--n", required = true, split = ",", paramLabel = "N")
  int[] n;

  @Option(names = "--dlt", required = true, split = ",", paramLabel = "Y")
  int[] dlt;

  @Option(names = "--cohort-size", paramLabel = "1-6")
  int cohortSize = 3;

  @Option(names = "--max-n", paramLabel = "N")
  int maxN = 30;

  @Option(names = "--skeleton", split = ",", paramLabel = "S")
  double[] skeleton;

  @Option(names = "--current", paramLabel = "LEVEL")
  Integer current;

  /** JSON contract of {@code design dose-decision} (docs/cli.md). */
  record Result(
      String method,
      double target,
      int[] n,
      int[] dlt,
      String decision,
      Integer currentLevel,
      Integer nextLevel,
      List<Map<String, Object>> table,
      CrmPart crm) {}

  /** The CRM's posterior, present only for {@code --method crm}. */
  record CrmPart(double[] skeleton, double meanA, double[] pHat, double probLowestAboveTarget) {}

  @Override
  protected CliResult execute(Lang lang) {
    DoseMethod m = DoseMethod.parse(method);
    return m == DoseMethod.CRM ? crm(lang) : interval(m, lang);
  }

  private CliResult interval(DoseMethod m, Lang lang) {
    if (n.length != 1 || dlt.length != 1) {
      throw DesignMessages.error("dose.decision.single", m.label());
    }
    int size = m == DoseMethod.THREE_PLUS_THREE ? ThreePlusThree.COHORT : cohortSize;
    int rows = Math.max(maxN, n[0]);
    double[] levels = {1};
    DoseFindingDesign design = new DoseFindingDesign(m, target, levels, "", size, rows, null);
    DecisionTable table = design.table();
    Decision decision = table.decide(n[0], dlt[0]);
    List<Map<String, Object>> json = new ArrayList<>();
    Table.Builder t =
        Table.builder(
            CliMessages.of(
                    "designDecision.tableTitle",
                    CliMessages.of("designDose.method." + m.label()),
                    Numbers.plain(target))
                .render(lang),
            CliMessages.of("designDecision.col.n").render(lang),
            CliMessages.of("designDecision.col.escalate").render(lang),
            CliMessages.of("designDecision.col.deEscalate").render(lang),
            CliMessages.of("designDecision.col.eliminate").render(lang));
    for (int k = size; k <= rows; k += size) {
      if (!table.defines(k)) {
        continue;
      }
      int[] row = table.row(k);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("n", k);
      entry.put("escalateAtMost", row[0] < 0 ? null : row[0]);
      entry.put("deEscalateAtLeast", row[1] > k ? null : row[1]);
      entry.put("eliminateAtLeast", row[2] > k ? null : row[2]);
      json.add(entry);
      t.row(
          String.valueOf(k),
          row[0] < 0 ? "-" : String.valueOf(row[0]),
          row[1] > k ? "-" : String.valueOf(row[1]),
          row[2] > k ? "-" : String.valueOf(row[2]));
    }
    if (m == DoseMethod.THREE_PLUS_THREE) {
      t.note(CliMessages.of("designDecision.note3p3").render(lang));
    }
    Result result = new Result(m.label(), target, n, dlt, decision.label(), null, null, json, null);
    Table head = decisionTable(result, lang);
    return new CliResult(result, List.of(head, t.build()));
  }

  private CliResult crm(Lang lang) {
    if (skeleton == null || skeleton.length == 0) {
      throw DesignMessages.error("dose.skeleton.missing");
    }
    Crm model = Crm.of(target, skeleton);
    int level = current == null ? highestTried() : current;
    Crm.CrmDecision d = model.decide(level - 1, n, dlt);
    Crm.CrmPosterior post = d.posterior();
    Result result =
        new Result(
            DoseMethod.CRM.label(),
            target,
            n,
            dlt,
            d.decision().label(),
            level,
            d.nextDose() < 0 ? null : d.nextDose() + 1,
            List.of(),
            new CrmPart(model.skeleton(), post.meanA(), post.pHat(), post.probLowestAboveTarget()));
    Table.Builder t =
        Table.builder(
            CliMessages.of("designDecision.crmTitle", Numbers.plain(target)).render(lang),
            CliMessages.of("designDose.col.level").render(lang),
            CliMessages.of("designDecision.col.n").render(lang),
            CliMessages.of("designDecision.col.dlt").render(lang),
            CliMessages.of("designDecision.col.skeleton").render(lang),
            CliMessages.of("designDecision.col.pHat").render(lang));
    double[] p = post.pHat();
    for (int j = 0; j < p.length; j++) {
      t.row(
          String.valueOf(j + 1),
          String.valueOf(n[j]),
          String.valueOf(dlt[j]),
          Numbers.plain(skeleton[j]),
          Numbers.fixed(p[j], 4));
    }
    t.note(
        CliMessages.of(
                "designDecision.crmNote",
                Numbers.fixed(post.meanA(), 4),
                Numbers.fixed(post.probLowestAboveTarget(), 4))
            .render(lang));
    if (d.decision() == Decision.ELIMINATE) {
      t.note(CliMessages.of("designDecision.crmStop").render(lang));
    }
    return new CliResult(result, List.of(decisionTable(result, lang), t.build()));
  }

  /** The dose level (1-based) of the highest dose with patients; a bad-input error if none. */
  private int highestTried() {
    for (int j = n.length - 1; j >= 0; j--) {
      if (n[j] > 0) {
        return j + 1;
      }
    }
    throw DesignMessages.error("dose.current", 0, n.length);
  }

  private static Table decisionTable(Result r, Lang lang) {
    String counts =
        r.n().length == 1
            ? r.dlt()[0] + "/" + r.n()[0]
            : CliMessages.of("designDecision.atLevel", r.currentLevel()).render(lang);
    Table.Builder t =
        Table.builder(
            CliMessages.of("designDecision.title").render(lang),
            CliMessages.of("designDecision.col.method").render(lang),
            CliMessages.of("designDecision.col.data").render(lang),
            CliMessages.of("designDecision.col.decision").render(lang));
    t.row(
        CliMessages.of("designDose.method." + r.method()).render(lang),
        counts,
        CliMessages.of("designDecision.decision." + r.decision()).render(lang));
    t.note(CliMessages.of("designDecision.explain." + r.decision()).render(lang));
    if (r.nextLevel() != null) {
      t.note(CliMessages.of("designDecision.next", r.nextLevel()).render(lang));
    }
    return t.build();
  }
}
