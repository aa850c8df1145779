package org.celltrial.app.check;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltResult;
import org.celltrial.clinical.safety.dlt.DltRule;
import org.celltrial.clinical.safety.dlt.DltRules;
import org.celltrial.clinical.safety.dlt.DltSubject;
import org.celltrial.clinical.safety.dlt.DoseLevelCount;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
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
 * {@code celltrial check dlt}: dose-limiting toxicities per subject within the DLT window, and n
 * and DLTs per dose level for the dose-escalation decision.
 */
@Command(name = "dlt", mixinStandardHelpOptions = true)
public final class DltCommand extends LeafCommand {
  @Option(names = "--protocol", required = true, paramLabel = "FILE")
  Path protocol;

  @Option(names = "--subjects", required = true, paramLabel = "FILE")
  Path subjects;

  @Option(names = "--method", paramLabel = "boin|3+3|i3+3")
  String method;

  @Option(names = "--target", paramLabel = "PHI")
  Double target;

  /** The DLT part of the protocol as read (docs/data-format.md). */
  record ProtocolJson(Integer windowDays, List<String> rules, List<DltRule> customRules) {}

  /** The subjects file. */
  record SubjectsJson(List<SubjectJson> subjects) {}

  /** One subject as read; {@code fullDose} defaults to true. */
  record SubjectJson(
      String id,
      String doseLevel,
      LocalDateTime infusion,
      LocalDateTime lastAssessment,
      Boolean fullDose,
      List<EventJson> events) {}

  /** One event as read; {@code attributable} defaults to true. */
  record EventJson(
      String term,
      ToxicityKind kind,
      int grade,
      LocalDateTime onset,
      LocalDateTime end,
      Boolean attributable) {}

  /** JSON contract of {@code check dlt} (docs/cli.md). */
  record Result(
      int windowDays,
      List<String> rules,
      List<Subject> subjects,
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

  /** One subject's verdict. */
  record Subject(
      String subject,
      String doseLevel,
      String outcome,
      List<DltResult.Fired> fired,
      List<String> reasons) {}

  @Override
  protected CliResult execute(Lang lang) {
    ProtocolJson p = JsonInput.read(protocol, ProtocolJson.class);
    DltProtocol dp =
        new DltProtocol(
            p.windowDays() == null ? DltProtocol.DEFAULT_WINDOW_DAYS : p.windowDays(),
            DltRules.resolve(p.rules(), p.customRules()));
    SubjectsJson s = JsonInput.read(subjects, SubjectsJson.class);
    List<DltSubject> in = new ArrayList<>();
    for (SubjectJson j : s.subjects() == null ? List.<SubjectJson>of() : s.subjects()) {
      List<ToxicityEvent> events = new ArrayList<>();
      for (EventJson e : j.events() == null ? List.<EventJson>of() : j.events()) {
        events.add(
            new ToxicityEvent(
                e.term(),
                e.kind(),
                e.grade(),
                e.onset(),
                e.end(),
                e.attributable() == null || e.attributable()));
      }
      in.add(
          new DltSubject(
              j.id(),
              j.doseLevel(),
              j.infusion(),
              j.lastAssessment(),
              j.fullDose() == null || j.fullDose(),
              events));
    }
    List<DltResult> results = DltEvaluation.evaluate(dp, in);
    List<DoseLevelCount> counts = DltEvaluation.byDoseLevel(results);
    List<Subject> out = new ArrayList<>();
    Table.Builder st =
        Table.builder(
            text("dlt.title", lang, dp.windowDays()),
            text("dlt.col.subject", lang),
            text("dlt.col.doseLevel", lang),
            text("dlt.col.outcome", lang),
            text("dlt.col.rules", lang),
            text("dlt.col.reasons", lang));
    for (DltResult r : results) {
      List<String> reasons = r.reasons().stream().map(m -> m.render(lang)).toList();
      out.add(new Subject(r.subject(), r.doseLevel(), r.outcome().name(), r.fired(), reasons));
      st.row(
          r.subject(),
          r.doseLevel(),
          text("dlt.outcome." + r.outcome().name(), lang),
          r.fired().stream()
              .map(DltResult.Fired::rule)
              .distinct()
              .collect(Collectors.joining(", ")),
          String.join("; ", reasons));
    }
    st.note(
        text(
            "dlt.rulesNote",
            lang,
            dp.rules().stream().map(DltRule::id).collect(Collectors.joining(", "))));
    Table.Builder dt =
        Table.builder(
            text("dlt.levels.title", lang),
            text("dlt.col.doseLevel", lang),
            text("dlt.col.treated", lang),
            text("dlt.col.evaluable", lang),
            text("dlt.col.dlts", lang),
            text("dlt.col.notEvaluable", lang),
            text("dlt.col.decision", lang));
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
    if (decisions != null) {
      dt.note(
          text(
              "dlt.decision.note",
              lang,
              CliMessages.of("designDose.method." + decisions.get(0).method()),
              target));
    }
    List<String> ids = dp.rules().stream().map(DltRule::id).toList();
    return new CliResult(
        new Result(dp.windowDays(), ids, out, counts, decisions), List.of(st.build(), dt.build()));
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
