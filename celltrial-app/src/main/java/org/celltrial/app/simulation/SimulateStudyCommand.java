package org.celltrial.app.simulation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.celltrial.analysis.simulation.Outcome;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial simulate-study}: a reproducible synthetic CAR-T trial written as celltrial input
 * files (docs/simulation.md), for demonstrations, tests and scale.
 */
@Command(name = "simulate-study", mixinStandardHelpOptions = true)
public final class SimulateStudyCommand extends LeafCommand {
  @Option(names = "--indication", required = true, paramLabel = "b-all|lbcl|mm")
  String indication;

  @Option(names = "--n", paramLabel = "N")
  int n = 120;

  @Option(names = "--seed", paramLabel = "SEED")
  long seed = 7;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--dose-levels", split = ",", paramLabel = "DL1,DL2,...")
  List<String> doseLevels = List.of();

  @Override
  protected CliResult execute(Lang lang) {
    SimIndication which = SimIndication.parse(indication);
    SimulatedStudy trial = StudySimulator.simulate(which, n, seed, doseLevels);
    Map<String, Long> counts = counts(trial);
    Map<String, Object> manifest = manifest(trial, counts);
    TrialFiles.write(trial, manifest, out);
    Table.Builder table =
        Table.builder(
            CliMessages.of("simulate.title", which.code(), n, seed, out).render(lang),
            CliMessages.of("simulate.col.item").render(lang),
            CliMessages.of("simulate.col.count").render(lang));
    counts.forEach(
        (k, v) -> table.row(CliMessages.of("simulate.row." + k).render(lang), String.valueOf(v)));
    table.note(CliMessages.of("simulate.note.responses").render(lang));
    Map<String, Object> json = new LinkedHashMap<>(manifest);
    json.put("out", out.toString());
    return new CliResult(json, List.of(table.build()));
  }

  /** How many subjects had each outcome. */
  static Map<String, Long> counts(SimulatedStudy trial) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("screened", (long) trial.subjects().size());
    counts.put("screenFailures", trial.count(o -> !o.eligible()));
    counts.put("enrolled", trial.count(Outcome::eligible));
    counts.put("manufacturingFailures", trial.count(Outcome::manufacturingFailure));
    counts.put("infused", trial.count(Outcome::infused));
    counts.put("crsAnyGrade", trial.count(infused(o -> o.crsGrade() >= 1)));
    counts.put("crsGrade3Plus", trial.count(infused(o -> o.crsGrade() >= 3)));
    counts.put("icansAnyGrade", trial.count(infused(o -> o.icansGrade() >= 1)));
    counts.put("icansGrade3Plus", trial.count(infused(o -> o.icansGrade() >= 3)));
    counts.put("tocilizumab", trial.count(Outcome::tocilizumab));
    counts.put("prolongedNeutropenia", trial.count(infused(Outcome::prolongedNeutropenia)));
    counts.put("hsctAfterInfusion", trial.count(Outcome::hsct));
    counts.put("deaths", trial.count(Outcome::died));
    counts.put("shortWashout", trial.count(Outcome::shortWashout));
    counts.put("sameTargetBridging", trial.count(Outcome::sameTarget));
    return counts;
  }

  /** The manifest: generator, seed, indication, size and what was generated. */
  static Map<String, Object> manifest(SimulatedStudy trial, Map<String, Long> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generator", "celltrial simulate-study");
    m.put("generatorVersion", trial.generatorVersion());
    m.put("seed", trial.seed());
    m.put("indication", trial.indication().code());
    m.put("n", trial.subjects().size());
    m.put("counts", counts);
    m.put(
        "responses",
        "responses/<id>.json per infused subject, in the format of derive response (docs/data-format.md)");
    return m;
  }

  private static Predicate<Outcome> infused(Predicate<Outcome> test) {
    return o -> o.infused() && test.test(o);
  }
}
