package org.celltrial.analysis.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Eligibility;
import org.celltrial.clinical.eligibility.Verdict;
import org.celltrial.clinical.journey.JourneyCheck;
import org.celltrial.clinical.journey.JourneyEvent;

/** Invariants that hold for every seed, not only the seeds of the example-based tests. */
class SimulationPropertyTest {

  @Property(tries = 40)
  void everySeedGivesConsistentJourneysAndTheIntendedEligibility(
      @ForAll long seed, @ForAll SimIndication indication) {
    SimulatedStudy trial = StudySimulator.simulate(indication, 12, seed);
    assertThat(StudySimulator.simulate(indication, 12, seed)).isEqualTo(trial);
    for (SimulatedSubject s : trial.subjects()) {
      assertThat(JourneyCheck.check(s.subject().journey(), trial.study().protocol()))
          .as(s.subject().id())
          .isEmpty();
      Verdict overall =
          Eligibility.assess(trial.study(), s.subject(), DrugDictionary.standard()).overall();
      assertThat(overall).isEqualTo(s.outcome().eligible() ? Verdict.MET : Verdict.NOT_MET);
      LocalDate screening = s.subject().screeningDate().orElseThrow();
      assertThat(s.subject().history())
          .allMatch(
              t ->
                  t.start().isBefore(screening)
                      && (t.end() == null || t.end().isBefore(screening)));
      long deaths =
          s.subject().journey().stream().filter(e -> e instanceof JourneyEvent.Death).count();
      assertThat(deaths).isLessThanOrEqualTo(1);
      assertThat(s.crs() != null).isEqualTo(s.outcome().infused());
    }
  }
}
