package org.celltrial.clinical.safety.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.TreatmentAgent;

/**
 * Builds the safety review committee's summary (G-SAF-5) per dose level, in order of first
 * appearance, then overall. Each subject counts once per toxicity at its maximum grade; a toxicity
 * a subject has no record of counts as grade 0. Onset ranges cover subjects with grade ≥ 1;
 * duration ranges those whose duration is known (resolved).
 */
public final class SafetySummary {
  private SafetySummary() {}

  /**
   * The summaries.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a subject without a dose level or with
   *     two records of one toxicity
   */
  public static List<GroupSummary> of(List<SafetySubject> subjects, List<Toxicity> toxicities) {
    Map<String, List<SafetySubject>> byLevel = new LinkedHashMap<>();
    for (SafetySubject s : subjects) {
      if (s.doseLevel() == null) {
        throw ClinicalMessages.error("summary.doseLevel", s.id());
      }
      checkDuplicates(s);
      byLevel.computeIfAbsent(s.doseLevel(), k -> new ArrayList<>()).add(s);
    }
    List<GroupSummary> out = new ArrayList<>();
    byLevel.forEach((level, group) -> out.add(group(level, group, toxicities)));
    out.add(group(null, subjects, toxicities));
    return out;
  }

  private static GroupSummary group(
      String label, List<SafetySubject> group, List<Toxicity> toxicities) {
    List<ToxicitySummary> tox = new ArrayList<>();
    for (Toxicity t : toxicities) {
      tox.add(toxicity(t, group));
    }
    Map<TreatmentAgent, Integer> treatments = new EnumMap<>(TreatmentAgent.class);
    Map<DeathCause, Integer> deaths = new EnumMap<>(DeathCause.class);
    for (TreatmentAgent a : TreatmentAgent.values()) {
      treatments.put(a, 0);
    }
    for (DeathCause c : DeathCause.values()) {
      deaths.put(c, 0);
    }
    int nonRelapse = 0;
    for (SafetySubject s : group) {
      s.treatments().forEach(a -> treatments.merge(a, 1, Integer::sum));
      if (s.death() != null) {
        deaths.merge(s.death(), 1, Integer::sum);
        nonRelapse += s.death().nonRelapse() ? 1 : 0;
      }
    }
    return new GroupSummary(
        label,
        group.size(),
        tox,
        Collections.unmodifiableMap(treatments),
        Collections.unmodifiableMap(deaths),
        nonRelapse);
  }

  private static ToxicitySummary toxicity(Toxicity t, List<SafetySubject> group) {
    int[] byGrade = new int[6];
    List<Long> onsets = new ArrayList<>();
    List<Long> durations = new ArrayList<>();
    for (SafetySubject s : group) {
      SubjectToxicity st =
          s.toxicities().stream().filter(x -> x.toxicity() == t).findFirst().orElse(null);
      int grade = st == null ? 0 : st.maxGrade();
      byGrade[grade]++;
      if (grade > 0) {
        onsets.add(st.onsetDay());
        if (st.durationDays() != null) {
          durations.add(st.durationDays());
        }
      }
    }
    int any = group.size() - byGrade[0];
    int severe = byGrade[3] + byGrade[4] + byGrade[5];
    List<Integer> counts = new ArrayList<>();
    for (int c : byGrade) {
      counts.add(c);
    }
    return new ToxicitySummary(
        t,
        group.size(),
        counts,
        any,
        severe,
        Range.of(onsets.stream().mapToLong(Long::longValue).toArray()),
        Range.of(durations.stream().mapToLong(Long::longValue).toArray()));
  }

  private static void checkDuplicates(SafetySubject s) {
    for (int i = 0; i < s.toxicities().size(); i++) {
      for (int j = i + 1; j < s.toxicities().size(); j++) {
        if (s.toxicities().get(i).toxicity() == s.toxicities().get(j).toxicity()) {
          throw ClinicalMessages.error(
              "summary.duplicate", s.id(), s.toxicities().get(i).toxicity());
        }
      }
    }
  }
}
