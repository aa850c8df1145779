package org.celltrial.clinical.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.drugs.Agent;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Subject;

/**
 * B-ALL criteria of G-POP-3: relapsed/refractory by any of the four categories ({@link
 * BallRelapse}), and for Ph+ disease at least two prior TKIs unless an ABL1 mutation such as T315I
 * waives the rule.
 */
final class BallCriteria {
  private BallCriteria() {}

  static void add(
      Study study,
      Subject subject,
      LinesOfTherapy.Count count,
      DrugDictionary dictionary,
      List<Criterion> criteria,
      List<Criterion> classifications) {
    if (study.lineSetting() == LineSetting.RELAPSED_REFRACTORY) {
      List<Criterion> categories = BallRelapse.categories(subject, count.lines(), study.protocol());
      classifications.addAll(categories);
      criteria.add(relapsedRefractory(categories));
    }
    criteria.add(tkis(subject, dictionary, study.protocol()));
  }

  static Criterion relapsedRefractory(List<Criterion> categories) {
    for (Criterion c : categories) {
      if (c.verdict() == Verdict.MET) {
        return new Criterion(
            "relapsed-refractory",
            BallRelapse.RULE,
            Verdict.MET,
            ClinicalMessages.of("ball.rr.met", c.reason()),
            List.of());
      }
    }
    List<String> missing = new ArrayList<>();
    categories.forEach(c -> missing.addAll(c.missing()));
    Object[] reasons = categories.stream().map(Criterion::reason).toArray();
    return missing.isEmpty()
        ? new Criterion(
            "relapsed-refractory",
            BallRelapse.RULE,
            Verdict.NOT_MET,
            ClinicalMessages.of("ball.rr.notMet", reasons),
            List.of())
        : new Criterion(
            "relapsed-refractory",
            BallRelapse.RULE,
            Verdict.UNDECIDED,
            ClinicalMessages.of("ball.rr.undecided", reasons),
            missing);
  }

  static Criterion tkis(Subject subject, DrugDictionary dictionary, Protocol protocol) {
    PhStatus ph = subject.cytogenetics().philadelphia();
    if (ph == null) {
      return Criterion.undecided(
          "ph-tki", BallRelapse.RULE, List.of("cytogenetics.philadelphia"), "ph.unknown");
    }
    if (ph == PhStatus.NEGATIVE) {
      return Criterion.decided("ph-tki", BallRelapse.RULE, true, "ph.negative");
    }
    Set<String> tkis = new LinkedHashSet<>();
    for (PriorTherapy t : subject.chronologicalHistory()) {
      for (Agent a : dictionary.resolve(t.agents()).agents()) {
        if (a.is(DrugClass.TKI)) {
          tkis.add(a.generic() + " (" + a.tkiGeneration() + ")");
        }
      }
    }
    String names = tkis.isEmpty() ? "-" : String.join(", ", tkis);
    int min = protocol.minTkis();
    if (tkis.size() >= min) {
      return Criterion.decided("ph-tki", BallRelapse.RULE, true, "ph.met", tkis.size(), names, min);
    }
    if (subject.cytogenetics().hasAnyOf(protocol.tkiWaiverMutations())) {
      return Criterion.decided(
          "ph-tki",
          BallRelapse.RULE,
          true,
          "ph.waived",
          tkis.size(),
          names,
          min,
          subject.cytogenetics().mutationList());
    }
    return Criterion.decided(
        "ph-tki",
        BallRelapse.RULE,
        false,
        "ph.notMet",
        tkis.size(),
        names,
        min,
        subject.cytogenetics().mutationList());
  }
}
