package org.celltrial.clinical.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.refractory.ClassExposure;
import org.celltrial.clinical.refractory.ClassExposure.ClassStatus;
import org.celltrial.clinical.refractory.Refractoriness.Status;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * Multiple myeloma criteria of G-POP-5: prior proteasome inhibitor and IMiD (and, as recommended,
 * anti-CD38 antibody), transplant-ineligible subjects first; the line count (≥ 3, IMWG) is a common
 * criterion. Triple-class exposure and refractoriness are reported as classifications.
 */
final class MmCriteria {
  private static final String RULE = "G-POP-5";

  private MmCriteria() {}

  static void add(
      Study study,
      Subject subject,
      DrugDictionary dictionary,
      List<Criterion> criteria,
      List<Criterion> classifications) {
    Protocol p = study.protocol();
    List<ClassStatus> triple = new ArrayList<>();
    for (DrugClass c : ClassExposure.TRIPLE) {
      triple.add(
          ClassExposure.of(
              c, subject.history(), dictionary, Indication.MM, p.refractoryWindowDays()));
    }
    boolean[] required = {p.requirePi(), p.requireImid(), p.requireAntiCd38()};
    for (int i = 0; i < 3; i++) {
      if (required[i]) {
        ClassStatus s = triple.get(i);
        criteria.add(
            Criterion.decided(
                "exposed-" + s.drugClass().name().toLowerCase(Locale.ROOT),
                RULE,
                s.exposed(),
                s.exposed() ? "mm.exposed" : "mm.notExposed",
                s.drugClass(),
                String.join(", ", s.therapies())));
      }
    }
    if (p.requireTransplantIneligible()) {
      Boolean eligible = subject.transplantEligible();
      criteria.add(
          eligible == null
              ? Criterion.undecided(
                  "transplant-ineligible", RULE, List.of("transplantEligible"), "mm.tx.unknown")
              : Criterion.decided(
                  "transplant-ineligible",
                  RULE,
                  !eligible,
                  eligible ? "mm.tx.eligible" : "mm.tx.ineligible"));
    }
    for (ClassStatus s : triple) {
      classifications.add(classStatus(s, p.refractoryWindowDays()));
    }
    boolean tce = ClassExposure.tripleClassExposed(triple);
    classifications.add(
        Criterion.decided("triple-class-exposed", "IMWG", tce, tce ? "mm.tce" : "mm.notTce"));
    classifications.add(
        status(
            "triple-class-refractory",
            ClassExposure.tripleClassRefractory(triple),
            "mm.tcr",
            "mm.notTcr"));
    classifications.add(
        status(
            "primary-refractory",
            ClassExposure.primaryRefractory(subject.history(), Indication.MM),
            "mm.primary",
            "mm.notPrimary"));
  }

  private static Criterion classStatus(ClassStatus s, int window) {
    String id = "refractory-" + s.drugClass().name().toLowerCase(Locale.ROOT);
    return switch (s.refractory()) {
      case REFRACTORY ->
          Criterion.decided(id, "IMWG", true, "mm.classRefractory", s.drugClass(), window);
      case NOT_REFRACTORY ->
          Criterion.decided(id, "IMWG", false, "mm.classNotRefractory", s.drugClass(), window);
      case UNDETERMINED ->
          Criterion.undecided(id, "IMWG", s.missing(), "mm.classUndetermined", s.drugClass());
    };
  }

  private static Criterion status(String id, Status s, String yes, String no) {
    return switch (s) {
      case REFRACTORY -> Criterion.decided(id, "IMWG", true, yes);
      case NOT_REFRACTORY -> Criterion.decided(id, "IMWG", false, no);
      case UNDETERMINED ->
          Criterion.undecided(id, "IMWG", List.of("history.bestResponse"), "mm.undetermined");
    };
  }
}
