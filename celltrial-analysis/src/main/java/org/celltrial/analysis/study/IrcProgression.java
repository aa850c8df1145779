package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * Agreement of the investigator and the independent review committee on progression (G-EP-10,
 * G-EP-1), among infused subjects the IRC read, overall and by bridging stratum (G-BR-3). With a =
 * progression by both (a1 on the same date, a2 the investigator later than the IRC, a3 the
 * investigator earlier), b = by the investigator only, c = by the IRC only and d = by neither:
 *
 * <pre>
 * event agreement = (a + d) / n
 * EDR = (a3 + b) / (a + b)              early discrepancy rate
 * LDR = (a2 + c) / (a2 + a3 + b + c)    late discrepancy rate
 * </pre>
 *
 * (Amit, Mannino, Stone et al., "Blinded independent central review of progression in cancer
 * clinical trials: results from a meta-analysis", Eur J Cancer 2011;47:1772-1778; the measures FDA
 * reviewers use to audit investigator-assessed PFS). A rate with a zero denominator is NE.
 * Progression is each review's first PD time point (relapse for B-ALL); deaths are not compared.
 */
final class IrcProgression {
  private IrcProgression() {}

  /** The cells a, a1, a2, a3, b, c, d of one set. */
  record Counts(int a1, int a2, int a3, int b, int c, int d) {
    int a() {
      return a1 + a2 + a3;
    }

    int n() {
      return a() + b + c + d;
    }

    double agreement() {
      return n() == 0 ? Double.NaN : (double) (a() + d) / n();
    }

    double early() {
      return a() + b == 0 ? Double.NaN : (double) (a3 + b) / (a() + b);
    }

    double late() {
      int discrepant = a2 + a3 + b + c;
      return discrepant == 0 ? Double.NaN : (double) (a2 + c) / discrepant;
    }
  }

  static Counts counts(List<AnalysisSubject> read) {
    int[] k = new int[6];
    for (AnalysisSubject s : read) {
      LocalDate inv = Review.INVESTIGATOR.progression(s);
      LocalDate irc = Review.IRC.progression(s);
      int cell;
      if (inv != null && irc != null) {
        cell = inv.equals(irc) ? 0 : inv.isAfter(irc) ? 1 : 2;
      } else {
        cell = inv != null ? 3 : irc != null ? 4 : 5;
      }
      k[cell]++;
    }
    return new Counts(k[0], k[1], k[2], k[3], k[4], k[5]);
  }

  /** The table, or none when the IRC read nobody. */
  static List<ReportTable> tables(List<AnalysisSubject> mitt, LocalDate cutoff) {
    List<AnalysisSubject> read = mitt.stream().filter(Irc::read).toList();
    if (read.isEmpty()) {
      return List.of();
    }
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(read)) {
      if (st.members().isEmpty()) {
        continue;
      }
      Counts c = counts(st.members());
      rows.add(
          List.of(
              st.label(),
              AnalysisMessages.raw(c.n()),
              AnalysisMessages.raw(c.a() + " (" + c.a1() + " / " + c.a2() + " / " + c.a3() + ")"),
              AnalysisMessages.raw(c.b()),
              AnalysisMessages.raw(c.c()),
              AnalysisMessages.raw(c.d()),
              rate(c.agreement()),
              rate(c.early()),
              rate(c.late())));
    }
    return List.of(
        new ReportTable(
            "irc-progression",
            AnalysisMessages.of("ircpd.title"),
            AnalysisMessages.of("irc.set"),
            "G-EP-10, G-EP-1, G-BR-3",
            List.of(
                AnalysisMessages.of("col.stratum"),
                AnalysisMessages.of("col.n"),
                AnalysisMessages.of("ircpd.both"),
                AnalysisMessages.of("ircpd.invOnly"),
                AnalysisMessages.of("ircpd.ircOnly"),
                AnalysisMessages.of("ircpd.neither"),
                AnalysisMessages.of("ircpd.agreement"),
                AnalysisMessages.of("ircpd.edr"),
                AnalysisMessages.of("ircpd.ldr")),
            rows,
            List.of(
                AnalysisMessages.of("ircpd.note"),
                AnalysisMessages.of("kinetics.cutoff", cutoff == null ? "-" : cutoff))));
  }

  private static Message rate(double p) {
    return AnalysisMessages.raw(Double.isNaN(p) ? "NE" : Fmt.percent(p));
  }
}
