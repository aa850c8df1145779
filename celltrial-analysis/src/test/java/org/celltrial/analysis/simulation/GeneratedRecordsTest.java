package org.celltrial.analysis.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.bridging.Bridging;
import org.celltrial.clinical.bridging.BridgingReport;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Criterion;
import org.celltrial.clinical.eligibility.Eligibility;
import org.celltrial.clinical.eligibility.Verdict;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.journey.Finding;
import org.celltrial.clinical.journey.JourneyCheck;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated records say what the generator decided, as judged by the colleagues' own engines:
 * eligibility, journey order, bridging washout and target, and the CRS, ICANS and ICAHT graders.
 */
class GeneratedRecordsTest {
  private static final DrugDictionary DRUGS = DrugDictionary.standard();

  @ParameterizedTest
  @EnumSource(SimIndication.class)
  void everyRecordIsJudgedAsGenerated(SimIndication indication) {
    SimulatedStudy trial = StudySimulator.simulate(indication, 300, 11);
    List<String> problems = new ArrayList<>();
    for (SimulatedSubject s : trial.subjects()) {
      String id = s.subject().id();
      Outcome o = s.outcome();
      Verdict overall = Eligibility.assess(trial.study(), s.subject(), DRUGS).overall();
      if (overall != (o.eligible() ? Verdict.MET : Verdict.NOT_MET)) {
        problems.add(id + " eligibility " + overall + " " + failed(trial, s));
      }
      for (Finding f : JourneyCheck.check(s.subject().journey(), trial.study().protocol())) {
        problems.add(id + " journey " + f.location() + " " + f.message().render(Lang.EN));
      }
      BridgingReport bridging = Bridging.assess(trial.study(), s.subject(), DRUGS);
      boolean washoutShort =
          bridging.checks().stream()
              .anyMatch(c -> c.rule().equals("G-BR-2") && c.verdict() == Verdict.NOT_MET);
      boolean sameTarget = bridging.checks().stream().anyMatch(c -> c.rule().equals("G-BR-4"));
      boolean undecided =
          bridging.checks().stream().anyMatch(c -> c.verdict() == Verdict.UNDECIDED);
      if (washoutShort != o.shortWashout() || sameTarget != o.sameTarget() || undecided) {
        problems.add(id + " bridging " + bridging.checks());
      }
      if (!o.infused()) {
        assertThat(s.crs()).isNull();
        continue;
      }
      int crs = CrsGrading.grade(s.crs(), EpisodeRule.DEFAULT).maxGrade();
      int icans =
          IcansGrading.grade(s.icans(), EpisodeRule.DEFAULT, IcansGrading.DEFAULT_CAPD_BELOW_AGE)
              .maxGrade();
      if (crs != o.crsGrade() || icans != o.icansGrade()) {
        problems.add(
            id + " CRS " + crs + "/" + o.crsGrade() + " ICANS " + icans + "/" + o.icansGrade());
      }
      Hematotoxicity h = HematotoxicityAssessment.assess(s.counts(), IcahtParameters.DEFAULT);
      if (!h.rejected().isEmpty() || h.counts().isEmpty()) {
        problems.add(id + " counts rejected " + h.rejected());
      }
    }
    assertThat(problems).isEmpty();
    assertThat(trial.count(Outcome::shortWashout)).isPositive();
    assertThat(trial.count(Outcome::sameTarget)).isPositive();
    assertThat(trial.count(o -> !o.eligible())).isPositive();
    assertThat(trial.count(Outcome::manufacturingFailure)).isPositive();
  }

  private static String failed(SimulatedStudy trial, SimulatedSubject s) {
    List<String> out = new ArrayList<>();
    for (Criterion c : Eligibility.assess(trial.study(), s.subject(), DRUGS).criteria()) {
      if (c.verdict() != Verdict.MET) {
        out.add(c.id() + ": " + c.reason().render(Lang.EN));
      }
    }
    return String.join("; ", out);
  }
}
