package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.kinetics.BlqAfterPeak;
import org.celltrial.stats.kinetics.GeometricSummary;
import org.celltrial.stats.kinetics.KineticsSummary;
import org.celltrial.stats.kinetics.NcaSettings;
import org.celltrial.stats.kinetics.NonCompartmental;
import org.celltrial.stats.kinetics.Persistence;
import org.celltrial.stats.kinetics.RangeSummary;
import org.celltrial.stats.kinetics.SubjectNca;

/**
 * Cellular kinetics (G-PH-1: early trials collect PK/PD and find the effective dose range): Cmax,
 * Tmax, AUC0–28, Tlast and persistence of the CAR transgene in blood, for all subjects of the PK
 * set, by dose level (when two or more were given) and by response. Every parameter comes from the
 * non-compartmental engine of {@code stats nca} ({@link NonCompartmental}, linear-up/log-down AUC,
 * BLQ before Tmax = 0, BLQ after Tmax left out) and every group summary from its {@link
 * KineticsSummary} (geometric mean, geometric CV% = 100·sqrt(exp(s²) − 1)) and {@link RangeSummary}
 * (median as R's {@code median}, range).
 *
 * <p>Persistence at month m (3, 6, 12) is judged on the samples from day round(30.4375·m) − 7 on
 * (the visit window opens 7 days early): detectable when one of them is quantifiable; subjects
 * without such a sample are not evaluable and left out of the denominator.
 */
public final class Kinetics {
  /** The table's id. */
  public static final String ID = "kinetics";

  /** End of the partial AUC, days. */
  static final double AUC_END = 28;

  /** Months at which persistence is reported. */
  static final int[] PERSIST_MONTHS = {3, 6, 12};

  /** First day of each month's visit window: round(30.4375·m) − 7. */
  static final double[] PERSIST_DAYS = {84, 176, 358};

  /** The settings of every analysis: BLQ is coded 0 in the data, so the LLOQ setting is 0. */
  static final NcaSettings SETTINGS =
      new NcaSettings(AUC_END, 0, BlqAfterPeak.EXCLUDE, PERSIST_DAYS);

  private Kinetics() {}

  /**
   * The data of the expansion figures: one curve per dose level when two or more were given ({@code
   * expansion-dose}), and for responders and non-responders ({@code expansion-response}); none when
   * kinetics were not collected or no subject is in the PK set.
   */
  public static List<ExpansionCurve> expansion(AnalysisInput input) {
    List<ExpansionCurve> curves = new ArrayList<>();
    if (input.kinetics() == null) {
      return curves;
    }
    for (Group g : groups(input)) {
      if (!g.kind().equals("all") && !g.profiles().isEmpty()) {
        curves.add(ExpansionCurve.of("expansion-" + g.kind(), g.label(), g.profiles()));
      }
    }
    return curves;
  }

  /** A group of the PK set: its label and its members' profiles. */
  record Group(Message label, String kind, List<KineticProfile> profiles) {}

  /** The kinetics table; "not collected" when the package has no {@code kinetics/} folder. */
  static ReportTable table(AnalysisInput input) {
    List<Message> header = new ArrayList<>();
    header.add(AnalysisMessages.of("kinetics.col.group"));
    header.add(AnalysisMessages.of("col.n"));
    for (String c : List.of("cmaxGeo", "cmaxMedian", "tmax", "aucGeo", "aucMedian", "tlast")) {
      header.add(AnalysisMessages.of("kinetics.col." + c));
    }
    for (int m : PERSIST_MONTHS) {
      header.add(AnalysisMessages.of("kinetics.col.persist", m));
    }
    List<List<Message>> rows = new ArrayList<>();
    List<Message> notes = new ArrayList<>();
    int n = 0;
    if (input.kinetics() == null) {
      List<Message> row = new ArrayList<>();
      row.add(AnalysisMessages.of("kinetics.notCollected"));
      while (row.size() < header.size()) {
        row.add(AnalysisMessages.raw("-"));
      }
      rows.add(row);
    } else {
      List<Group> groups = groups(input);
      n = groups.get(0).profiles().size();
      for (Group g : groups) {
        rows.add(row(g));
      }
      notes.add(AnalysisMessages.of("kinetics.note"));
    }
    notes.add(
        AnalysisMessages.of("kinetics.cutoff", input.cutoff() == null ? "-" : input.cutoff()));
    return new ReportTable(
        ID,
        AnalysisMessages.of("kinetics.title"),
        AnalysisMessages.of("kinetics.set", n),
        "G-PH-1",
        header,
        rows,
        notes);
  }

  /**
   * The groups: all subjects of the PK set (infused, with a profile holding a sample after day 0),
   * then each dose level when two or more were given (in the study's order of {@code doseLevels},
   * others after them), then responders and non-responders.
   */
  static List<Group> groups(AnalysisInput input) {
    Map<String, KineticProfile> byId = new HashMap<>();
    for (KineticProfile k : input.kinetics()) {
      byId.put(k.subject(), k);
    }
    List<AnalysisSubject> pk = new ArrayList<>();
    for (AnalysisSubject s : Sets.MITT.of(input.subjects())) {
      KineticProfile k = byId.get(s.id());
      if (k != null && java.util.Arrays.stream(k.day()).anyMatch(d -> d > 0)) {
        pk.add(s);
      }
    }
    List<Group> groups = new ArrayList<>();
    groups.add(group(AnalysisMessages.of("kinetics.all"), "all", pk, byId));
    List<String> levels = new ArrayList<>();
    if (input.study() != null) {
      levels.addAll(input.study().doseLevels());
    }
    pk.stream()
        .map(AnalysisSubject::doseLevel)
        .filter(d -> d != null)
        .sorted()
        .forEach(levels::add);
    List<String> given =
        levels.stream()
            .distinct()
            .filter(l -> pk.stream().anyMatch(s -> l.equals(s.doseLevel())))
            .toList();
    if (given.size() >= 2) {
      for (String level : given) {
        List<AnalysisSubject> members =
            pk.stream().filter(s -> level.equals(s.doseLevel())).toList();
        groups.add(group(AnalysisMessages.of("kinetics.dose", level), "dose", members, byId));
      }
    }
    List<AnalysisSubject> responders = pk.stream().filter(Efficacy::responder).toList();
    List<AnalysisSubject> others = pk.stream().filter(s -> !Efficacy.responder(s)).toList();
    groups.add(group(AnalysisMessages.of("kinetics.responders"), "response", responders, byId));
    groups.add(group(AnalysisMessages.of("kinetics.nonResponders"), "response", others, byId));
    return groups;
  }

  private static Group group(
      Message label, String kind, List<AnalysisSubject> members, Map<String, KineticProfile> by) {
    return new Group(label, kind, members.stream().map(s -> by.get(s.id())).toList());
  }

  private static List<Message> row(Group g) {
    List<SubjectNca> nca = new ArrayList<>();
    for (KineticProfile k : g.profiles()) {
      nca.add(NonCompartmental.analyse(k.day(), k.copies(), SETTINGS));
    }
    KineticsSummary sum = KineticsSummary.of(nca);
    Double[] cmax = nca.stream().map(SubjectNca::cmax).toArray(Double[]::new);
    Double[] auc = nca.stream().map(SubjectNca::aucEnd).toArray(Double[]::new);
    List<Message> row = new ArrayList<>();
    row.add(g.label());
    row.add(AnalysisMessages.raw(sum.subjects()));
    row.add(geometric(sum.cmax()));
    row.add(range(RangeSummary.of(cmax), 0));
    row.add(range(sum.tmax(), -1));
    row.add(geometric(sum.aucEnd()));
    row.add(range(RangeSummary.of(auc), 0));
    row.add(range(sum.tlast(), -1));
    for (int d = 0; d < PERSIST_MONTHS.length; d++) {
      // a group without subjects (e.g. no non-responder) has no persistence counts: "-"
      int[] counts =
          d < sum.persistence().size()
              ? sum.persistence().get(d)
              : new int[Persistence.values().length];
      int yes = counts[Persistence.DETECTABLE.ordinal()];
      int evaluable = yes + counts[Persistence.NOT_DETECTABLE.ordinal()];
      row.add(
          evaluable == 0
              ? AnalysisMessages.raw("-")
              : AnalysisMessages.raw(
                  yes + "/" + evaluable + " (" + Fmt.percent((double) yes / evaluable) + ")"));
    }
    return row;
  }

  /** {@code GM (CV%)}, the mean without decimals and the CV with one; {@code -} for n = 0. */
  static Message geometric(GeometricSummary g) {
    if (g.n() == 0) {
      return AnalysisMessages.raw("-");
    }
    String cv = g.geometricCv() == null ? "NE" : Fmt.number(g.geometricCv(), 1);
    return AnalysisMessages.raw(Fmt.number(g.geometricMean(), 0) + " (" + cv + ")");
  }

  /**
   * {@code median (min–max)} with the given decimals; {@code -1}: days, whole when they are whole
   * and one decimal otherwise.
   */
  static Message range(RangeSummary r, int decimals) {
    if (r.n() == 0) {
      return AnalysisMessages.raw("-");
    }
    return AnalysisMessages.raw(
        num(r.median(), decimals)
            + " ("
            + num(r.min(), decimals)
            + "–"
            + num(r.max(), decimals)
            + ")");
  }

  private static String num(double x, int decimals) {
    if (decimals >= 0) {
      return Fmt.number(x, decimals);
    }
    return Fmt.number(x, x == Math.rint(x) ? 0 : 1);
  }
}
