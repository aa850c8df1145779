package org.celltrial.clinical.eligibility;

import java.util.List;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.lines.Line;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * B-NHL criteria of G-POP-4: prior immunochemotherapy (an anti-CD20 antibody combined with
 * chemotherapy in one regimen) and prior molecularly targeted therapy (any agent of the protocol's
 * targeted classes); the line count is a common criterion. Large B-cell lymphoma subjects are also
 * classified by SCHOLAR-1.
 */
final class NhlCriteria {
  private static final String RULE = "G-POP-4";

  private NhlCriteria() {}

  static void add(
      Study study,
      Subject subject,
      LinesOfTherapy.Count count,
      DrugDictionary dictionary,
      List<Criterion> criteria,
      List<Criterion> classifications) {
    List<Line> lines = count.lines();
    if (study.protocol().requireImmunochemotherapy()) {
      Line line =
          lines.stream()
              .filter(l -> l.combines(DrugClass.ANTI_CD20, DrugClass.CHEMOTHERAPY, dictionary))
              .findFirst()
              .orElse(null);
      criteria.add(
          line == null
              ? Criterion.decided("immunochemotherapy", RULE, false, "nhl.immunochemo.notMet")
              : Criterion.decided(
                  "immunochemotherapy",
                  RULE,
                  true,
                  "nhl.immunochemo.met",
                  line.number(),
                  line.label()));
    }
    if (study.protocol().requireTargetedTherapy()) {
      Line line =
          lines.stream()
              .filter(
                  l ->
                      study.protocol().targetedClasses().stream()
                          .anyMatch(c -> l.has(c, dictionary)))
              .findFirst()
              .orElse(null);
      criteria.add(
          line == null
              ? Criterion.decided(
                  "targeted-therapy",
                  RULE,
                  false,
                  "nhl.targeted.notMet",
                  study.protocol().targetedClasses().stream().sorted().toList())
              : Criterion.decided(
                  "targeted-therapy", RULE, true, "nhl.targeted.met", line.number(), line.label()));
    }
    if (subject.subtype() != null && subject.subtype().isLargeBCell()) {
      Scholar1.Result r = Scholar1.classify(subject, lines, dictionary, study.protocol());
      Verdict v =
          switch (r.status()) {
            case REFRACTORY -> Verdict.MET;
            case UNDETERMINED -> Verdict.UNDECIDED;
            default -> Verdict.NOT_MET;
          };
      classifications.add(
          new Criterion("scholar-1-refractory", Scholar1.SOURCE, v, r.reason(), r.missing()));
    }
  }
}
