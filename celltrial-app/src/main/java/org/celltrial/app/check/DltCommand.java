package org.celltrial.app.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.safety.cohort.DltCohort;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltResult;
import org.celltrial.clinical.safety.dlt.DltRule;
import org.celltrial.clinical.safety.dlt.DltSubject;
import org.celltrial.clinical.safety.dlt.DoseLevelCount;
import org.celltrial.clinical.study.Study;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.dose.DecisionTable;
import org.celltrial.design.dose.DoseFindingDesign;
import org.celltrial.design.dose.DoseMethod;
import org.celltrial.design.dose.ThreePlusThree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial check dlt}: dose-limiting toxicities of a dose-escalation cohort from the study
 * file's {@code dlt} and the subjects' {@code adverseEvents} (G-PH-1) — the verdict per subject
 * within the DLT window, and n and DLTs per dose level for the dose-escalation decision.
 */
@Command(name = "dlt", mixinStandardHelpOptions = true)
public final class DltCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "STUDY.json")
  Path studyFile;

  @Option(names = "--subject", required = true, paramLabel = "SUBJECT.json|DIR")
  List<Path> subjectFiles;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
  String asOf;

  @Option(names = "--method", paramLabel = "boin|3+3|i3+3")
  String method;

  @Option(names = "--target", paramLabel = "PHI")
  Double target;

  /** JSON contract of {@code check dlt} (docs/cli.md). */
  record Result(
      String study,
      int windowDays,
      List<String> rules,
      String asOf,
      List<SubjectVerdict> subjects,
      List<String> notInfused,
      List<DoseLevelCount> doseLevels,
      List<LevelDecision> decisions) {}

  /**
   * The dose-finding decision for the next cohort at a dose level, from its evaluable subjects.
   *
   * @param decision escalate, stay, de-escalate or eliminate; null when the design takes no
   *     decision at this n (3+3 decides only at 3 and 6)
   */
  record LevelDecision(
      String doseLevel, String method, double target, int n, int dlts, String decision) {}

  /** One subject's verdict, the dates it was judged on and the reasons in both languages. */
  record SubjectVerdict(
      String subject,
      String doseLevel,
      String infusion,
      String lastAssessment,
      long lastAssessmentDay,
      String outcome,
      List<DltResult.Fired> fired,
      List<Map<String, String>> reasons) {}

  @Override
  protected CliResult execute(Lang lang) {
    Study study = JsonInput.read(studyFile, Study.class);
    LocalDate cutoff = AsOf.parse(asOf);
    DltCohort.Assessment a = DltCohort.assess(study, SubjectFiles.read(subjectFiles), cutoff);
    DltProtocol dp = a.protocol();
    List<SubjectVerdict> out = new ArrayList<>();
    Table.Builder st =
        Table.builder(
            text("dlt.title", lang, dp.windowDays(), study.id()),
            text("dlt.col.subject", lang),
            text("dlt.col.doseLevel", lang),
            text("dlt.col.assessed", lang),
            text("dlt.col.outcome", lang),
            text("dlt.col.rules", lang),
            text("dlt.col.reasons", lang));
    for (int i = 0; i < a.results().size(); i++) {
      DltResult r = a.results().get(i);
      DltSubject in = a.subjects().get(i);
      long lastDay =
          ChronoUnit.DAYS.between(in.infusion().toLocalDate(), in.lastAssessment().toLocalDate());
      out.add(
          new SubjectVerdict(
              r.subject(),
              r.doseLevel(),
              in.infusion().toLocalDate().toString(),
              in.lastAssessment().toString(),
              lastDay,
              r.outcome().name(),
              r.fired(),
              r.reasons().stream().map(CriterionRows::bilingual).toList()));
      st.row(
          r.subject(),
          r.doseLevel(),
          text("dlt.assessed", lang, in.infusion().toLocalDate(), in.lastAssessment(), lastDay),
          text("dlt.outcome." + r.outcome().name(), lang),
          r.fired().stream()
              .map(DltResult.Fired::rule)
              .distinct()
              .collect(Collectors.joining(", ")),
          r.reasons().stream().map(m -> m.render(lang)).collect(Collectors.joining("; ")));
    }
    st.note(
        text(
            "dlt.rulesNote",
            lang,
            dp.rules().stream().map(DltRule::id).collect(Collectors.joining(", "))));
    st.note(
        cutoff == null
            ? text("dlt.lastAssessment.data", lang)
            : text("dlt.lastAssessment.asOf", lang, cutoff));
    if (!a.notInfused().isEmpty()) {
      st.note(text("dlt.notInfused", lang, String.join(", ", a.notInfused())));
    }
    Table.Builder dt =
        Table.builder(
            text("dlt.levels.title", lang),
            text("dlt.col.doseLevel", lang),
            text("dlt.col.treated", lang),
            text("dlt.col.evaluable", lang),
            text("dlt.col.dlts", lang),
            text("dlt.col.notEvaluable", lang),
            text("dlt.col.decision", lang));
    List<DoseLevelCount> counts = a.levels();
    List<LevelDecision> decisions = method == null ? null : decisions(counts);
    for (int i = 0; i < counts.size(); i++) {
      DoseLevelCount c = counts.get(i);
      String decision = "";
      if (decisions != null) {
        String d = decisions.get(i).decision();
        decision =
            d == null
                ? text("dlt.decision.none", lang, c.evaluable())
                : text("designDecision.decision." + d, lang);
      }
      dt.row(
          c.doseLevel(),
          String.valueOf(c.treated()),
          String.valueOf(c.evaluable()),
          String.valueOf(c.dlts()),
          String.valueOf(c.notEvaluable()),
          decision);
    }
    if (decisions != null && !decisions.isEmpty()) {
      dt.note(
          text(
              "dlt.decision.note",
              lang,
              CliMessages.of("designDose.method." + decisions.get(0).method()),
              target));
    }
    List<String> ids = dp.rules().stream().map(DltRule::id).toList();
    Result result =
        new Result(
            study.id(),
            dp.windowDays(),
            ids,
            MalignancyCommand.date(cutoff),
            out,
            a.notInfused(),
            counts,
            decisions);
    return new CliResult(result, List.of(st.build(), dt.build()));
  }

  /**
   * The design module's decision at each dose level from its evaluable subjects and DLTs: the
   * clinical rules count, the design decides (G-PH-1).
   */
  private List<LevelDecision> decisions(List<DoseLevelCount> counts) {
    if (target == null) {
      throw new CelltrialException(CliMessages.of("dlt.decision.needsTarget", method));
    }
    DoseMethod m = DoseMethod.parse(method);
    if (m == DoseMethod.CRM) {
      throw new CelltrialException(CliMessages.of("dlt.decision.crm"));
    }
    int rows = 30;
    for (DoseLevelCount c : counts) {
      rows = Math.max(rows, c.evaluable());
    }
    int cohort = m == DoseMethod.THREE_PLUS_THREE ? ThreePlusThree.COHORT : 1;
    DecisionTable table =
        new DoseFindingDesign(m, target, new double[] {1}, "", cohort, rows, null).table();
    List<LevelDecision> out = new ArrayList<>();
    for (DoseLevelCount c : counts) {
      String decision =
          table.defines(c.evaluable()) ? table.decide(c.evaluable(), c.dlts()).label() : null;
      out.add(
          new LevelDecision(c.doseLevel(), m.label(), target, c.evaluable(), c.dlts(), decision));
    }
    return out;
  }

  private static String text(String key, Lang lang, Object... args) {
    Message m = CliMessages.of(key, args);
    return m.render(lang);
  }
}
