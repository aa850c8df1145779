package org.celltrial.clinical.bridging;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.Agent;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Criterion;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Message;

/**
 * Bridging-therapy rules of the guideline: washout from each bridging event's last dose to a later
 * leukapheresis and to lymphodepletion, {@code start(event) − end(bridging) ≥ w} days with {@code
 * w} the largest protocol washout among the agent's classes (G-BR-2); a tumor re-baseline after the
 * last bridging dose and at most the protocol's window before lymphodepletion starts (G-BR-2); a
 * warning for each bridging agent directed against one of the product's targets (G-BR-4); and the
 * bridging stratum (G-BR-3).
 */
public final class Bridging {
  private Bridging() {}

  /** The bridging report of one subject in one study. */
  public static BridgingReport assess(Study study, Subject subject, DrugDictionary dictionary) {
    List<JourneyEvent> journey = subject.journey();
    List<Criterion> checks = new ArrayList<>();
    Set<Agent> allAgents = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Optional<LocalDate> ld =
        journey.stream()
            .filter(e -> e instanceof JourneyEvent.Lymphodepletion)
            .map(JourneyEvent::first)
            .min(Comparator.naturalOrder());
    LocalDate lastBridging = null;
    for (int i = 0; i < journey.size(); i++) {
      if (!(journey.get(i) instanceof JourneyEvent.Bridging b)) {
        continue;
      }
      String where = "$.journey[" + i + "]";
      DrugDictionary.Resolution r = dictionary.resolve(b.agents());
      allAgents.addAll(r.agents());
      unknown.addAll(r.unknown());
      lastBridging = lastBridging == null || b.end().isAfter(lastBridging) ? b.end() : lastBridging;
      Washout w = washout(r, study.protocol());
      for (int k = 0; k < journey.size(); k++) {
        if (journey.get(k) instanceof JourneyEvent.Leukapheresis a && a.date().isAfter(b.end())) {
          checks.add(washoutCheck(where, b, "$.journey[" + k + "]", "leukapheresis", a.date(), w));
        }
      }
      if (ld.isPresent()) {
        checks.add(washoutCheck(where, b, "lymphodepletion", "lymphodepletion", ld.get(), w));
      }
      checks.addAll(targetChecks(where, r, study.targets()));
    }
    if (lastBridging != null && ld.isPresent()) {
      checks.add(reassessment(journey, lastBridging, ld.get(), study.protocol()));
    }
    return new BridgingReport(
        checks,
        BridgingStratum.of(List.copyOf(allAgents), List.copyOf(unknown)),
        List.copyOf(unknown));
  }

  /** The washout an event's agents need, or the fields whose absence leaves it unknown. */
  record Washout(Integer days, List<String> missing) {}

  static Washout washout(DrugDictionary.Resolution r, Protocol protocol) {
    List<String> missing = new ArrayList<>();
    r.unknown().forEach(u -> missing.add("agent:" + u));
    int days = 0;
    for (Agent a : r.agents()) {
      Integer need = null;
      for (DrugClass c : a.classes()) {
        Integer d = protocol.washoutDays().get(c);
        if (d != null && (need == null || d > need)) {
          need = d;
        }
      }
      if (need == null) {
        need = protocol.defaultWashoutDays();
      }
      if (need == null) {
        missing.add(
            "protocol.washoutDays." + a.classes().stream().sorted().findFirst().orElseThrow());
      } else {
        days = Math.max(days, need);
      }
    }
    return new Washout(missing.isEmpty() ? days : null, missing);
  }

  private static Criterion washoutCheck(
      String where,
      JourneyEvent.Bridging b,
      String target,
      String kind,
      LocalDate date,
      Washout w) {
    Message event = ClinicalMessages.of("event." + kind);
    String id = "washout " + where + " → " + target;
    long gap = ChronoUnit.DAYS.between(b.end(), date);
    if (w.days() == null) {
      return Criterion.undecided(
          id, "G-BR-2", w.missing(), "bridging.washout.unknown", where, event, gap);
    }
    boolean ok = gap >= w.days();
    return Criterion.decided(
        id,
        "G-BR-2",
        ok,
        ok ? "bridging.washout.met" : "bridging.washout.notMet",
        where,
        String.join("+", b.agents()),
        b.end(),
        event,
        date,
        gap,
        w.days());
  }

  private static List<Criterion> targetChecks(
      String where, DrugDictionary.Resolution r, Set<Antigen> productTargets) {
    List<Criterion> out = new ArrayList<>();
    for (Agent a : r.agents()) {
      Set<Antigen> hit = EnumSet.noneOf(Antigen.class);
      a.targets().stream().filter(productTargets::contains).forEach(hit::add);
      if (!hit.isEmpty()) {
        out.add(
            Criterion.decided(
                "target " + where + " " + a.generic(),
                "G-BR-4",
                false,
                "bridging.target",
                where,
                a.generic(),
                String.join(", ", hit.stream().map(Enum::name).toList())));
      }
    }
    return out;
  }

  private static Criterion reassessment(
      List<JourneyEvent> journey, LocalDate lastBridging, LocalDate ld, Protocol protocol) {
    Optional<LocalDate> assessed =
        journey.stream()
            .filter(e -> e instanceof JourneyEvent.TumorAssessment)
            .map(JourneyEvent::first)
            .filter(d -> !d.isBefore(lastBridging) && !d.isAfter(ld))
            .max(Comparator.naturalOrder());
    if (assessed.isEmpty()) {
      return Criterion.decided(
          "tumor-rebaseline", "G-BR-2", false, "bridging.rebaseline.none", lastBridging, ld);
    }
    long gap = ChronoUnit.DAYS.between(assessed.get(), ld);
    Integer window = protocol.reassessmentWindowDays();
    if (window == null) {
      return Criterion.undecided(
          "tumor-rebaseline",
          "G-BR-2",
          List.of("protocol.reassessmentWindowDays"),
          "bridging.rebaseline.noWindow",
          assessed.get(),
          gap);
    }
    boolean ok = gap <= window;
    return Criterion.decided(
        "tumor-rebaseline",
        "G-BR-2",
        ok,
        ok ? "bridging.rebaseline.met" : "bridging.rebaseline.notMet",
        assessed.get(),
        ld,
        gap,
        window);
  }
}
