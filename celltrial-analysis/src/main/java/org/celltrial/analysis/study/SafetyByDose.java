package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.celltrial.clinical.grading.TreatmentAgent;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.summary.DeathCause;
import org.celltrial.clinical.safety.summary.GroupSummary;
import org.celltrial.clinical.safety.summary.Range;
import org.celltrial.clinical.safety.summary.SafetySubject;
import org.celltrial.clinical.safety.summary.SafetySummary;
import org.celltrial.clinical.safety.summary.SubjectToxicity;
import org.celltrial.clinical.safety.summary.Toxicity;
import org.celltrial.common.i18n.Message;

/**
 * CRS, ICANS, early ICAHT and deaths of the infused subjects by dose level and overall, for the
 * safety review committee of a dose-finding study (G-SAF-5, G-PH-1): incidence by maximum grade,
 * onset and duration median (range) over the subjects with the toxicity, treatments used, and
 * deaths by cause, split into disease progression and non-relapse causes. Built by {@link
 * SafetySummary}; early ICAHT is counted here by grade. Only for a study with two or more dose
 * levels and an infused subject.
 */
final class SafetyByDose {
  private static final String NO_LEVEL = "-";

  private SafetyByDose() {}

  static List<ReportTable> tables(AnalysisInput input) {
    List<String> levels = input.study() == null ? List.of() : input.study().doseLevels();
    return levels.size() < 2 || Sets.MITT.of(input.subjects()).isEmpty()
        ? List.of()
        : List.of(table(input, levels));
  }

  private static ReportTable table(AnalysisInput input, List<String> levels) {
    List<AnalysisSubject> infused = new ArrayList<>(Sets.MITT.of(input.subjects()));
    List<Message> header = new ArrayList<>(List.of(AnalysisMessages.of("col.item")));
    List<List<Message>> rows = new ArrayList<>();
    infused.sort(Comparator.comparingInt(s -> rank(levels, s)));
    List<SafetySubject> subjects = infused.stream().map(SafetyByDose::subject).toList();
    List<GroupSummary> groups = SafetySummary.of(subjects, List.of(Toxicity.CRS, Toxicity.ICANS));
    List<List<AnalysisSubject>> members = new ArrayList<>();
    for (GroupSummary g : groups) {
      header.add(
          g.overall()
              ? AnalysisMessages.of("dose.overall", g.subjects())
              : AnalysisMessages.of("dose.level", g.group(), g.subjects()));
      members.add(infused.stream().filter(s -> g.overall() || g.group().equals(level(s))).toList());
    }
    for (int t = 0; t < 2; t++) {
      int k = t;
      Message name = AnalysisMessages.of("dose.tox." + (t == 0 ? "CRS" : "ICANS"));
      for (int grade = 1; grade <= 5; grade++) {
        int g = grade;
        rows.add(row(AnalysisMessages.of("dose.grade", name, g), groups, x -> pct(x, k, g)));
      }
      rows.add(
          row(
              AnalysisMessages.of("dose.any", name),
              groups,
              x -> Fmt.countPercent(x.toxicities().get(k).anyGrade(), x.subjects())));
      rows.add(
          row(
              AnalysisMessages.of("dose.grade3", name),
              groups,
              x -> Fmt.countPercent(x.toxicities().get(k).grade3OrMore(), x.subjects())));
      rows.add(
          row(
              AnalysisMessages.of("dose.onset", name),
              groups,
              x -> range(x.toxicities().get(k).onsetDay())));
      rows.add(
          row(
              AnalysisMessages.of("dose.duration", name),
              groups,
              x -> range(x.toxicities().get(k).durationDays())));
    }
    for (TreatmentAgent a : List.of(TreatmentAgent.TOCILIZUMAB, TreatmentAgent.CORTICOSTEROID)) {
      rows.add(
          row(
              AnalysisMessages.of("dose.treated." + a.name()),
              groups,
              x -> Fmt.countPercent(x.treatments().get(a), x.subjects())));
    }
    Message icaht = AnalysisMessages.of("dose.tox.ICAHT");
    for (int grade = 1; grade <= 4; grade++) {
      int g = grade;
      List<Message> r = new ArrayList<>(List.of(AnalysisMessages.of("dose.grade", icaht, g)));
      members.forEach(
          m ->
              r.add(
                  Fmt.countPercent(m.stream().filter(s -> s.icahtGrade() == g).count(), m.size())));
      rows.add(r);
    }
    List<Message> graded = new ArrayList<>(List.of(AnalysisMessages.of("dose.icahtGraded")));
    members.forEach(
        m -> graded.add(AnalysisMessages.raw(m.stream().filter(s -> s.icahtGrade() >= 0).count())));
    rows.add(graded);
    rows.add(
        row(
            AnalysisMessages.of("dose.deaths"),
            groups,
            x ->
                Fmt.countPercent(
                    x.deaths().values().stream().mapToInt(Integer::intValue).sum(), x.subjects())));
    for (DeathCause c : DeathCause.values()) {
      rows.add(
          row(
              AnalysisMessages.of("dose.cause." + c.name()),
              groups,
              x -> Fmt.countPercent(x.deaths().get(c), x.subjects())));
    }
    rows.add(
        row(
            AnalysisMessages.of("dose.nrm"),
            groups,
            x -> Fmt.countPercent(x.nonRelapseDeaths(), x.subjects())));
    return table(header, rows);
  }

  private static ReportTable table(List<Message> header, List<List<Message>> rows) {
    return new ReportTable(
        "safety-by-dose",
        AnalysisMessages.of("dose.title"),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-5, G-PH-1",
        header,
        rows,
        List.of(AnalysisMessages.of("dose.note")));
  }

  private static List<Message> row(
      Message label,
      List<GroupSummary> groups,
      java.util.function.Function<GroupSummary, Message> cell) {
    List<Message> r = new ArrayList<>(List.of(label));
    groups.forEach(g -> r.add(cell.apply(g)));
    return r;
  }

  private static Message pct(GroupSummary g, int toxicity, int grade) {
    return Fmt.countPercent(g.toxicities().get(toxicity).byMaxGrade().get(grade), g.subjects());
  }

  /** {@code median (min–max)}, or {@code -} when no subject had it. */
  static Message range(Range r) {
    if (r.n() == 0) {
      return AnalysisMessages.raw("-");
    }
    double m = r.median();
    return AnalysisMessages.raw(
        Fmt.number(m, m == Math.rint(m) ? 0 : 1) + " (" + r.min() + "–" + r.max() + ")");
  }

  static String level(AnalysisSubject s) {
    return s.doseLevel() == null ? NO_LEVEL : s.doseLevel();
  }

  private static int rank(List<String> levels, AnalysisSubject s) {
    int i = levels.indexOf(level(s));
    return i < 0 ? levels.size() : i;
  }

  private static SafetySubject subject(AnalysisSubject s) {
    List<SubjectToxicity> tox = new ArrayList<>();
    Set<TreatmentAgent> agents = EnumSet.noneOf(TreatmentAgent.class);
    for (int t = 0; t < 2; t++) {
      ToxicitySummary x = t == 0 ? s.crs() : s.icans();
      if (x == null) {
        continue;
      }
      Toxicity kind = t == 0 ? Toxicity.CRS : Toxicity.ICANS;
      tox.add(
          new SubjectToxicity(
              kind,
              x.maxGrade(),
              x.maxGrade() > 0 ? x.onsetDay() : null,
              x.maxGrade() > 0 && x.durationDays() >= 0 ? x.durationDays() : null));
      if (x.tocilizumab()) {
        agents.add(TreatmentAgent.TOCILIZUMAB);
      }
      if (x.corticosteroids()) {
        agents.add(TreatmentAgent.CORTICOSTEROID);
      }
    }
    return new SafetySubject(s.id(), level(s), tox, agents, death(s));
  }

  /**
   * The cause of death from the journey's free text: "progression"/"relapse" → disease progression;
   * CRS, ICANS, infection, IEC-HS/HLH by name; anything else → other.
   */
  static DeathCause death(AnalysisSubject s) {
    for (JourneyEvent e : s.journey()) {
      if (e instanceof JourneyEvent.Death d) {
        String c = d.cause() == null ? "" : d.cause().toLowerCase(Locale.ROOT);
        if (c.contains("progression") || c.contains("relapse")) {
          return DeathCause.DISEASE_PROGRESSION;
        } else if (c.contains("icans") || c.contains("neurotox")) {
          return DeathCause.ICANS;
        } else if (c.contains("crs") || c.contains("cytokine")) {
          return DeathCause.CRS;
        } else if (c.contains("infection") || c.contains("sepsis")) {
          return DeathCause.INFECTION;
        } else if (c.contains("iec-hs") || c.contains("hlh")) {
          return DeathCause.IEC_HS;
        }
        return DeathCause.OTHER;
      }
    }
    return null;
  }
}
