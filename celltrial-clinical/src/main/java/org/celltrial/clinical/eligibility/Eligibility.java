package org.celltrial.clinical.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * Judges a subject against a study: the common criteria (G-POP-1, G-POP-2, G-POP-6, prior lines,
 * known agents), then the indication's (G-POP-3 B-ALL, G-POP-4 B-NHL, G-POP-5 MM).
 */
public final class Eligibility {
  private Eligibility() {}

  /** The report for one subject in one study. */
  public static EligibilityReport assess(Study study, Subject subject, DrugDictionary dictionary) {
    LinesOfTherapy.Count count = LinesOfTherapy.count(subject.history(), dictionary);
    List<String> unknown = count.unknownAgents();
    List<Criterion> criteria = new ArrayList<>(CommonCriteria.of(study, subject, count, unknown));
    List<Criterion> classifications = new ArrayList<>();
    if (study.indication() == subject.diagnosis()) {
      switch (study.indication()) {
        case B_ALL ->
            BallCriteria.add(study, subject, count, dictionary, criteria, classifications);
        case B_NHL -> NhlCriteria.add(study, subject, count, dictionary, criteria, classifications);
        case MM -> MmCriteria.add(study, subject, dictionary, criteria, classifications);
      }
    }
    Verdict overall = Verdict.all(criteria.stream().map(Criterion::verdict).toList());
    return new EligibilityReport(
        overall, criteria, classifications, count.lines(), unknown, dictionary.version());
  }
}
