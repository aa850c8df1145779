package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * The subgroup forest plot of the primary endpoint's rate in the infused set (G-DES-2, G-BR-3): age
 * group (below 65 / 65 or more), sex, bridging therapy and dose level, each level with its
 * two-sided 95 % Clopper–Pearson interval; levels without subjects are left out.
 */
final class Subgroups {
  /** Age cut-off of the age groups, years. */
  static final int AGE_CUT = 65;

  private Subgroups() {}

  static ForestFigure forest(AnalysisInput in, double p0, Message endpoint) {
    List<AnalysisSubject> all = in.subjects();
    List<AnalysisSubject> mitt = Sets.MITT.of(all);
    List<SubgroupEstimate> rows = new ArrayList<>();
    Message age = AnalysisMessages.of("subgroup.age");
    add(rows, mitt, age, AnalysisMessages.of("subgroup.ageBelow", AGE_CUT), s -> young(s, true));
    add(rows, mitt, age, AnalysisMessages.of("subgroup.ageAtLeast", AGE_CUT), s -> young(s, false));
    Message sex = AnalysisMessages.of("subgroup.sex");
    add(rows, mitt, sex, AnalysisMessages.of("subgroup.male"), s -> "M".equals(s.sex()));
    add(rows, mitt, sex, AnalysisMessages.of("subgroup.female"), s -> "F".equals(s.sex()));
    Message bridging = AnalysisMessages.of("subgroup.bridging");
    add(rows, mitt, bridging, AnalysisMessages.of("stratum.bridged"), Sets::bridged);
    add(rows, mitt, bridging, AnalysisMessages.of("stratum.notBridged"), s -> !Sets.bridged(s));
    Message dose = AnalysisMessages.of("subgroup.dose");
    for (String level : doseLevels(in)) {
      add(rows, mitt, dose, AnalysisMessages.raw(level), s -> level.equals(s.doseLevel()));
    }
    int x = (int) mitt.stream().filter(Efficacy::responder).count();
    return new ForestFigure(
        "forest",
        AnalysisMessages.of("figure.forest.title", endpoint),
        Sets.MITT.label(),
        "G-DES-2, G-BR-3",
        List.of(AnalysisMessages.of("figure.forest.note")),
        rows,
        mitt.isEmpty() ? 0 : x / (double) mitt.size(),
        p0);
  }

  /** The estimate of one subgroup level. */
  static SubgroupEstimate estimate(Message group, Message level, List<AnalysisSubject> members) {
    int n = members.size();
    int x = (int) members.stream().filter(Efficacy::responder).count();
    ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(x, n, Efficacy.LEVEL);
    return new SubgroupEstimate(group, level, n, x, x / (double) n, ci.lower(), ci.upper());
  }

  private static void add(
      List<SubgroupEstimate> rows,
      List<AnalysisSubject> mitt,
      Message group,
      Message level,
      Predicate<AnalysisSubject> member) {
    List<AnalysisSubject> members = mitt.stream().filter(member).toList();
    if (!members.isEmpty()) {
      rows.add(estimate(group, level, members));
    }
  }

  private static boolean young(AnalysisSubject s, boolean below) {
    return s.age() != null && (s.age() < AGE_CUT) == below;
  }

  /** The study's dose levels in protocol order, else the levels given, sorted. */
  private static List<String> doseLevels(AnalysisInput in) {
    if (in.study() != null && !in.study().doseLevels().isEmpty()) {
      return in.study().doseLevels();
    }
    TreeSet<String> given = new TreeSet<>();
    for (AnalysisSubject s : in.subjects()) {
      if (s.doseLevel() != null) {
        given.add(s.doseLevel());
      }
    }
    return List.copyOf(given);
  }
}
