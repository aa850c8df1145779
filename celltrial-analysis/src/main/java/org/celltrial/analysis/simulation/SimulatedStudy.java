package org.celltrial.analysis.simulation;

import java.util.List;
import java.util.function.Predicate;
import org.celltrial.clinical.study.Study;

/**
 * A synthetic trial.
 *
 * @param generatorVersion version of the generator's model; the same version, seed, indication and
 *     size give the same trial
 * @param seed the seed
 * @param indication the indication
 * @param study the study record
 * @param subjects the subjects in order of screening
 */
public record SimulatedStudy(
    int generatorVersion,
    long seed,
    SimIndication indication,
    Study study,
    List<SimulatedSubject> subjects) {
  /** Copies the list. */
  public SimulatedStudy {
    subjects = List.copyOf(subjects);
  }

  /** Number of subjects for whom {@code test} holds. */
  public long count(Predicate<Outcome> test) {
    return subjects.stream().map(SimulatedSubject::outcome).filter(test).count();
  }
}
