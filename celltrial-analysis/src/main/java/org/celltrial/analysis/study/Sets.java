package org.celltrial.analysis.study;

import java.util.List;
import java.util.function.Predicate;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.Message;

/**
 * Analysis sets (ICH E9): ITT = every enrolled subject, mITT = every infused subject; and the
 * bridging strata of G-BR-3.
 */
enum Sets {
  /** Intention to treat: enrolled. */
  ITT("set.itt", s -> s.has(JourneyEvent.Enrolment.class)),
  /** Modified intention to treat: infused. */
  MITT("set.mitt", s -> s.has(JourneyEvent.Infusion.class));

  private final String key;
  private final Predicate<AnalysisSubject> member;
  private final LastResult<List<AnalysisSubject>, List<AnalysisSubject>> members;

  Sets(String key, Predicate<AnalysisSubject> member) {
    this.key = key;
    this.member = member;
    this.members = new LastResult<>(all -> all.stream().filter(member).toList());
  }

  /** The set's name. */
  Message label() {
    return AnalysisMessages.of(key);
  }

  /** Whether the subject is a member. */
  boolean contains(AnalysisSubject s) {
    return member.test(s);
  }

  /** Its members, in input order (the same list again for the same {@code all}). */
  List<AnalysisSubject> of(List<AnalysisSubject> all) {
    return members.apply(all);
  }

  /** Whether the subject received bridging therapy (G-BR-3 stratum). */
  static boolean bridged(AnalysisSubject s) {
    return s.has(JourneyEvent.Bridging.class);
  }
}
