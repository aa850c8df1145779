package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;
import org.celltrial.stats.binomial.TargetValueVerdict;

/**
 * The primary endpoint against the target value (G-DES-2: success when the lower limit of the
 * two-sided 95 % Clopper–Pearson interval exceeds p0) and the best-overall-response table (G-EP-2),
 * each overall and by bridging stratum (G-BR-3). A subject without a best response (not infused, or
 * no assessment) counts as a non-responder.
 */
final class Efficacy {
  static final double LEVEL = 0.95;

  private Efficacy() {}

  /** Whether the subject responded (ORR numerator; CR/CRi for B-ALL). */
  static boolean responder(AnalysisSubject s) {
    return s.bor() != null && s.bor().objectiveResponse();
  }

  /** The verdict of a set, or {@code null} when it is empty. */
  static TargetValueVerdict verdict(List<AnalysisSubject> set, double p0) {
    return verdict(set, p0, Efficacy::responder);
  }

  /** The verdict of a set with the given responders, or {@code null} when it is empty. */
  static TargetValueVerdict verdict(
      List<AnalysisSubject> set, double p0, Predicate<AnalysisSubject> responder) {
    if (set.isEmpty()) {
      return null;
    }
    int x = (int) set.stream().filter(responder).count();
    return TargetValueVerdict.judge(x, set.size(), p0, LEVEL);
  }

  static ReportTable primary(
      List<AnalysisSubject> all, double p0, Message endpoint, List<Message> p0Why) {
    return primary(
        "primary",
        AnalysisMessages.of("primary.title", endpoint, Fmt.percent(p0)),
        "G-DES-2, G-BR-3",
        all,
        p0,
        Efficacy::responder,
        Stream.concat(Stream.of(AnalysisMessages.of("primary.note")), p0Why.stream()).toList());
  }

  /**
   * The G-DES-2 verdict in the ITT and mITT sets and their bridging strata, with the given
   * responders (the investigator's in {@code primary}, the IRC's in {@code irc-primary}).
   */
  static ReportTable primary(
      String id,
      Message title,
      String rules,
      List<AnalysisSubject> all,
      double p0,
      Predicate<AnalysisSubject> responder,
      List<Message> notes) {
    List<List<Message>> rows = new ArrayList<>();
    for (Sets set : Sets.values()) {
      for (Strata st : Strata.of(set.of(all))) {
        TargetValueVerdict v = verdict(st.members(), p0, responder);
        if (v == null) {
          continue;
        }
        int x = (int) st.members().stream().filter(responder).count();
        rows.add(
            List.of(
                set.label(),
                st.label(),
                AnalysisMessages.raw(st.members().size()),
                Fmt.countPercent(x, st.members().size()),
                AnalysisMessages.raw(Fmt.interval(v.interval().lower(), v.interval().upper())),
                AnalysisMessages.raw(Fmt.pValue(v.pValueGreater())),
                AnalysisMessages.of(v.met() ? "verdict.met" : "verdict.notMet")));
      }
    }
    return new ReportTable(
        id,
        title,
        AnalysisMessages.of("set.ittMitt"),
        rules,
        List.of(
            AnalysisMessages.of("col.set"),
            AnalysisMessages.of("col.stratum"),
            AnalysisMessages.of("col.n"),
            AnalysisMessages.of("col.responders"),
            AnalysisMessages.of("col.ci95"),
            AnalysisMessages.of("col.pOneSided"),
            AnalysisMessages.of("col.verdict")),
        rows,
        notes);
  }

  static ReportTable bor(List<AnalysisSubject> all) {
    List<Strata> strata = Strata.of(Sets.MITT.of(all));
    List<Message> header = new ArrayList<>();
    header.add(AnalysisMessages.of("col.response"));
    for (Strata st : strata) {
      header.add(AnalysisMessages.of("col.stratumN", st.label(), st.members().size()));
    }
    List<List<Message>> rows = new ArrayList<>();
    for (Category c : Category.values()) {
      if (Sets.MITT.of(all).stream().anyMatch(s -> best(s) == c)) {
        rows.add(row(AnalysisMessages.raw(c.label()), strata, s -> best(s) == c));
      }
    }
    rows.add(row(AnalysisMessages.of("bor.orr"), strata, Efficacy::responder));
    rows.add(
        row(
            AnalysisMessages.of("bor.cr"),
            strata,
            s -> s.bor() != null && s.bor().completeResponse()));
    rows.add(
        row(
            AnalysisMessages.of("bor.dcr"),
            strata,
            s -> s.bor() != null && s.bor().diseaseControl()));
    return new ReportTable(
        "bor",
        AnalysisMessages.of("bor.title"),
        Sets.MITT.label(),
        "G-EP-2, G-BR-3",
        header,
        rows,
        List.of(AnalysisMessages.of("bor.note")));
  }

  private static Category best(AnalysisSubject s) {
    BorResult b = s.bor();
    return b == null ? Category.NE : b.best();
  }

  private static List<Message> row(
      Message label, List<Strata> strata, Predicate<AnalysisSubject> test) {
    List<Message> row = new ArrayList<>();
    row.add(label);
    for (Strata st : strata) {
      int n = st.members().size();
      int x = (int) st.members().stream().filter(test).count();
      if (n == 0) {
        row.add(AnalysisMessages.raw("0"));
        continue;
      }
      ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(x, n, LEVEL);
      row.add(
          AnalysisMessages.raw(
              x
                  + " ("
                  + Fmt.percent((double) x / n)
                  + ") ["
                  + Fmt.interval(ci.lower(), ci.upper())
                  + "]"));
    }
    return row;
  }
}
