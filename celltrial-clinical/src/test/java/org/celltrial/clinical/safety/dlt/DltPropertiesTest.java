package org.celltrial.clinical.safety.dlt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the DLT verdict: a worse or longer toxicity never removes a DLT. */
class DltPropertiesTest {
  static final LocalDateTime INFUSION = LocalDateTime.of(2024, 5, 1, 10, 0);
  static final DltProtocol PROTOCOL =
      new DltProtocol(28, DltRules.resolve(DltRules.ids(), List.of()));

  static DltOutcome outcome(ToxicityKind kind, int grade, int onsetHour, int hours, int lastDay) {
    LocalDateTime onset = INFUSION.plusHours(onsetHour);
    LocalDateTime last = INFUSION.plusDays(lastDay);
    LocalDateTime end = onset.plusHours(hours);
    ToxicityEvent e =
        new ToxicityEvent("t", kind, grade, onset, end.isAfter(last) ? null : end, true);
    if (onset.isAfter(last)) {
      return null;
    }
    return DltEvaluation.evaluate(
            PROTOCOL, new DltSubject("S", "DL1", INFUSION, last, true, List.of(e)))
        .outcome();
  }

  @Property
  void aHigherGradeOrALongerEventNeverRemovesADlt(
      @ForAll ToxicityKind kind,
      @ForAll @IntRange(min = 1, max = 4) int grade,
      @ForAll @IntRange(min = 0, max = 800) int onsetHour,
      @ForAll @IntRange(min = 0, max = 1000) int hours,
      @ForAll @IntRange(min = 0, max = 60) int lastDay) {
    DltOutcome base = outcome(kind, grade, onsetHour, hours, lastDay);
    if (base != DltOutcome.DLT) {
      return;
    }
    assertThat(outcome(kind, grade + 1, onsetHour, hours, lastDay)).isEqualTo(DltOutcome.DLT);
    assertThat(outcome(kind, grade, onsetHour, hours + 24, lastDay)).isEqualTo(DltOutcome.DLT);
    assertThat(outcome(kind, grade, onsetHour, hours, lastDay + 7)).isEqualTo(DltOutcome.DLT);
  }

  @Property
  void countsPerDoseLevelAddUp(
      @ForAll @IntRange(min = 1, max = 5) int grade,
      @ForAll @IntRange(min = 0, max = 40) int lastDay) {
    DltSubject s =
        new DltSubject(
            "S",
            "DL1",
            INFUSION,
            INFUSION.plusDays(lastDay),
            true,
            List.of(new ToxicityEvent("t", ToxicityKind.CRS, grade, INFUSION, null, true)));
    DoseLevelCount c =
        DltEvaluation.byDoseLevel(DltEvaluation.evaluate(PROTOCOL, List.of(s, s))).get(0);
    assertThat(c.evaluable() + c.notEvaluable()).isEqualTo(c.treated());
    assertThat(c.dlts()).isBetween(0, c.evaluable());
  }
}
