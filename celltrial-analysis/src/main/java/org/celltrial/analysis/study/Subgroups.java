package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * The primary endpoint's rate by subgroup in the infused set (mITT), for the forest plot: age group
 * (below 65, 65 or older), disease subtype, prior lines (at most 2, 3, 4 or more), bridging
 * (G-BR-3) and dose level when the study has more than one. Each level's rate with its two-sided 95
 * % Clopper–Pearson interval; subjects whose level is unknown are left out of that grouping. The
 * subgroups are descriptive: no interaction test, no multiplicity adjustment.
 */
final class Subgroups {
  private Subgroups() {}

  /** The estimates, grouping by grouping, levels in report order. */
  static List<SubgroupEstimate> estimates(List<AnalysisSubject> mitt, AnalysisInput input) {
    List<Profile> profiles = Profile.of(mitt, input);
    List<SubgroupEstimate> out = new ArrayList<>();
    group(out, mitt, profiles, "subgroup.age", Profile::ageGroup);
    group(out, mitt, profiles, "subgroup.subtype", Profile::subtype);
    group(out, mitt, profiles, "subgroup.lines", Profile::linesGroup);
    for (boolean bridged : new boolean[] {true, false}) {
      List<AnalysisSubject> in = mitt.stream().filter(s -> Sets.bridged(s) == bridged).toList();
      add(
          out,
          AnalysisMessages.of("subgroup.bridging"),
          AnalysisMessages.of(bridged ? "stratum.bridged" : "stratum.notBridged"),
          in);
    }
    for (String dose : doseLevels(mitt, input)) {
      add(
          out,
          AnalysisMessages.of("subgroup.dose"),
          AnalysisMessages.raw(dose),
          mitt.stream().filter(s -> dose.equals(s.doseLevel())).toList());
    }
    return out;
  }

  /**
   * The forest plot of the estimates, with the overall rate of the infused set and the p0 the
   * verdict used (the protocol's, else the library's) as reference lines.
   */
  static ForestFigure forest(StudyAnalysis a) {
    List<AnalysisSubject> mitt = Sets.MITT.of(a.input().subjects());
    int x = (int) mitt.stream().filter(Efficacy::responder).count();
    return new ForestFigure(
        "forest",
        AnalysisMessages.of("figure.forest.title", a.endpoint()),
        Sets.MITT.label(),
        "G-DES-2, G-BR-3",
        List.of(AnalysisMessages.of("figure.forest.note")),
        a.subgroups(),
        mitt.isEmpty() ? 0 : x / (double) mitt.size(),
        a.itt().target());
  }

  /** The dose levels to show: the study's, else those given, when more than one was given. */
  private static List<String> doseLevels(List<AnalysisSubject> mitt, AnalysisInput input) {
    Set<String> given = new LinkedHashSet<>();
    mitt.stream().map(AnalysisSubject::doseLevel).filter(d -> d != null).forEach(given::add);
    if (given.size() < 2) {
      return List.of();
    }
    List<String> order = input.study() == null ? List.of() : input.study().doseLevels();
    List<String> out = new ArrayList<>(order.stream().filter(given::contains).toList());
    given.stream().filter(d -> !out.contains(d)).forEach(out::add);
    return out;
  }

  private static void group(
      List<SubgroupEstimate> out,
      List<AnalysisSubject> mitt,
      List<Profile> profiles,
      String key,
      Function<Profile, Message> level) {
    for (Message l : Profile.levels(profiles, level)) {
      List<AnalysisSubject> in = new ArrayList<>();
      for (int i = 0; i < mitt.size(); i++) {
        if (l.equals(level.apply(profiles.get(i)))) {
          in.add(mitt.get(i));
        }
      }
      add(out, AnalysisMessages.of(key), l, in);
    }
  }

  private static void add(
      List<SubgroupEstimate> out, Message group, Message level, List<AnalysisSubject> in) {
    if (in.isEmpty()) {
      return;
    }
    int x = (int) in.stream().filter(Efficacy::responder).count();
    ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(x, in.size(), Efficacy.LEVEL);
    out.add(
        new SubgroupEstimate(
            group, level, in.size(), x, (double) x / in.size(), ci.lower(), ci.upper()));
  }

  static ReportTable table(List<SubgroupEstimate> estimates, Message endpoint) {
    List<List<Message>> rows = new ArrayList<>();
    for (SubgroupEstimate e : estimates) {
      rows.add(
          List.of(
              e.group(),
              e.level(),
              AnalysisMessages.raw(e.n()),
              AnalysisMessages.raw(e.responders()),
              AnalysisMessages.raw(Fmt.percent(e.rate())),
              AnalysisMessages.raw(Fmt.interval(e.lower(), e.upper()))));
    }
    return new ReportTable(
        "subgroups",
        AnalysisMessages.of("subgroup.title", endpoint),
        Sets.MITT.label(),
        "G-DES-2, G-BR-3",
        List.of(
            AnalysisMessages.of("col.subgroup"),
            AnalysisMessages.of("col.level"),
            AnalysisMessages.of("col.n"),
            AnalysisMessages.of("col.respondersN"),
            AnalysisMessages.of("col.ratePercent"),
            AnalysisMessages.of("col.ci95")),
        rows,
        List.of(AnalysisMessages.of("subgroup.note")));
  }
}
