package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.safety.dlt.DltOutcome;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltResult;
import org.celltrial.clinical.safety.dlt.DltRules;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.dose.Boin;
import org.celltrial.design.dose.DecisionTable;
import org.celltrial.design.dose.ThreePlusThree;

/**
 * The dose-escalation history (G-PH-1, G-SAF-5): the infused subjects in order of infusion (date,
 * then identifier), grouped into cohorts = consecutive subjects at the same dose level, at most 3
 * per cohort. For each cohort: its level, n, DLT-evaluable n and DLTs with the rules that fired
 * ({@link DltEvaluation} under the study's DLT definition, or the catalogue's CRS-G4, ICANS-G3-72H
 * and G5 when the study has none; data end at the cut-off), and the decision for the next cohort
 * given by the design module from the cumulative evaluable n and DLTs at that level: the 3+3 rule
 * ({@link ThreePlusThree}, decides at 3 and 6 evaluable) and BOIN ({@link Boin}) with target DLT
 * rate φ = {@value #BOIN_TARGET} (Liu &amp; Yuan 2015, with elimination).
 */
final class DoseHistory {
  /** The BOIN target DLT rate: the study file has no field for it. */
  static final double BOIN_TARGET = 0.3;

  static final DltProtocol DEFAULT_PROTOCOL =
      new DltProtocol(
          DltProtocol.DEFAULT_WINDOW_DAYS,
          DltRules.resolve(List.of("CRS-G4", "ICANS-G3-72H", "G5"), List.of()));

  private DoseHistory() {}

  static List<ReportTable> tables(AnalysisInput input) {
    List<String> levels = input.study() == null ? List.of() : input.study().doseLevels();
    return levels.size() < 2 ? List.of() : List.of(table(input));
  }

  private static ReportTable table(AnalysisInput input) {
    List<Message> header =
        List.of(
            AnalysisMessages.of("esc.col.cohort"),
            AnalysisMessages.of("esc.col.level"),
            AnalysisMessages.of("esc.col.first"),
            AnalysisMessages.of("esc.col.n"),
            AnalysisMessages.of("esc.col.evaluable"),
            AnalysisMessages.of("esc.col.dlts"),
            AnalysisMessages.of("esc.col.cumulative"),
            AnalysisMessages.of("esc.col.threePlusThree"),
            AnalysisMessages.of("esc.col.boin", BOIN_TARGET));
    List<List<Message>> rows = new ArrayList<>();
    List<AnalysisSubject> infused =
        Sets.MITT.of(input.subjects()).stream()
            .filter(s -> s.source() != null)
            .sorted(
                Comparator.comparing((AnalysisSubject s) -> s.first(JourneyEvent.Infusion.class))
                    .thenComparing(AnalysisSubject::id))
            .toList();
    if (infused.isEmpty()) {
      rows.add(notCollected(header.size()));
      return table(header, rows, protocolNote(input));
    }
    DltProtocol protocol = protocol(input);
    DecisionTable boin = Boin.of(BOIN_TARGET).table(Math.max(30, infused.size()));
    Map<String, int[]> cumulative = new HashMap<>();
    int cohort = 0;
    int i = 0;
    while (i < infused.size()) {
      String level = SafetyByDose.level(infused.get(i));
      int j = i;
      while (j < infused.size()
          && j - i < ThreePlusThree.COHORT
          && SafetyByDose.level(infused.get(j)).equals(level)) {
        j++;
      }
      int evaluable = 0;
      int dlts = 0;
      Set<String> fired = new LinkedHashSet<>();
      for (AnalysisSubject s : infused.subList(i, j)) {
        DltResult r =
            DltEvaluation.evaluate(
                protocol,
                DltInput.of(
                    s.source(), level, SecondaryMalignancy.endOfFollowUp(s, input.cutoff())));
        evaluable += r.outcome() == DltOutcome.NOT_EVALUABLE ? 0 : 1;
        dlts += r.outcome() == DltOutcome.DLT ? 1 : 0;
        r.fired().forEach(f -> fired.add(f.rule()));
      }
      int[] c = cumulative.computeIfAbsent(level, k -> new int[2]);
      c[0] += evaluable;
      c[1] += dlts;
      LocalDate first = infused.get(i).first(JourneyEvent.Infusion.class);
      rows.add(
          List.of(
              AnalysisMessages.raw(++cohort),
              AnalysisMessages.raw(level),
              AnalysisMessages.raw(first),
              AnalysisMessages.raw(j - i),
              AnalysisMessages.raw(evaluable),
              AnalysisMessages.raw(
                  fired.isEmpty()
                      ? String.valueOf(dlts)
                      : dlts + " (" + String.join(", ", fired) + ")"),
              AnalysisMessages.raw(c[1] + "/" + c[0]),
              ThreePlusThree.INSTANCE.defines(c[0])
                  ? decision(ThreePlusThree.INSTANCE.decide(c[0], c[1]).label())
                  : AnalysisMessages.of("esc.noDecision"),
              c[0] > 0
                  ? decision(boin.decide(c[0], c[1]).label())
                  : AnalysisMessages.of("esc.noDecision")));
      i = j;
    }
    return table(header, rows, protocolNote(input));
  }

  static DltProtocol protocol(AnalysisInput input) {
    return input.study() != null && input.study().dlt() != null
        ? input.study().dlt()
        : DEFAULT_PROTOCOL;
  }

  private static Message decision(String label) {
    return AnalysisMessages.of("esc.decision." + label);
  }

  private static Message protocolNote(AnalysisInput input) {
    DltProtocol p = protocol(input);
    return AnalysisMessages.of(
        "esc.note",
        p.windowDays(),
        String.join(", ", p.rules().stream().map(r -> r.id()).toList()),
        BOIN_TARGET);
  }

  static List<Message> notCollected(int columns) {
    List<Message> r = new ArrayList<>(List.of(AnalysisMessages.of("safety.notCollected")));
    while (r.size() < columns) {
      r.add(AnalysisMessages.raw("-"));
    }
    return r;
  }

  private static ReportTable table(List<Message> header, List<List<Message>> rows, Message note) {
    return new ReportTable(
        "dose-escalation",
        AnalysisMessages.of("esc.title"),
        Sets.MITT.label(),
        "G-PH-1, G-SAF-5",
        header,
        rows,
        List.of(note));
  }
}
