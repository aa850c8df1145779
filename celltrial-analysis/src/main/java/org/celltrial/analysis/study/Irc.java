package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Concordance;
import org.celltrial.common.i18n.Message;

/**
 * Investigator versus independent review committee (G-EP-10): agreement of the best overall
 * responses with Cohen's kappa as {@code derive concordance} computes it ({@link Concordance}), its
 * large-sample standard error (Fleiss, Cohen and Everitt, Psychol Bull 1969;72:323)
 *
 * <pre>
 * var(k) = [ sum_i p_ii (1 - (p_i. + p_.i)(1 - k))^2
 *          + (1 - k)^2 sum_{i != j} p_ij (p_.i + p_j.)^2
 *          - (k - p_e (1 - k))^2 ] / (n (1 - p_e)^2)
 * </pre>
 *
 * and the Wald interval {@code k ± z_0.975 se} (rows: investigator, columns: IRC); and the primary
 * endpoint with the IRC's best responses. Subjects compared: infused, with both best responses.
 */
final class Irc {
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  private Irc() {}

  /** Kappa's confidence interval and standard error. */
  record Kappa(Concordance concordance, double se, double lower, double upper) {}

  /** Whether the IRC read the subject. */
  static boolean read(AnalysisSubject s) {
    return s.bor() != null && s.response() != null && s.response().ircBor() != null;
  }

  /** Whether the IRC found a response (ORR; CR/CRi for B-ALL). */
  static boolean responder(AnalysisSubject s) {
    return read(s) && s.response().ircBor().objectiveResponse();
  }

  /** Agreement, kappa and its interval over the pairs. */
  static Kappa kappa(List<Concordance.Pair> pairs) {
    Concordance c = Concordance.of(pairs);
    int k = Category.values().length;
    double n = pairs.size();
    double[][] p = new double[k][k];
    double[] row = new double[k];
    double[] col = new double[k];
    for (Concordance.Pair x : pairs) {
      int i = x.investigator().ordinal();
      int j = x.irc().ordinal();
      p[i][j] += 1 / n;
      row[i] += 1 / n;
      col[j] += 1 / n;
    }
    double kappa = c.kappa();
    double pe = c.chanceAgreement();
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i == j) {
          double t = 1 - (row[i] + col[i]) * (1 - kappa);
          sum += p[i][i] * t * t;
        } else {
          double t = col[i] + row[j];
          sum += (1 - kappa) * (1 - kappa) * p[i][j] * t * t;
        }
      }
    }
    double last = kappa - pe * (1 - kappa);
    double se = pe == 1.0 ? Double.NaN : Math.sqrt((sum - last * last) / (n * (1 - pe) * (1 - pe)));
    return new Kappa(c, se, kappa - Z * se, kappa + Z * se);
  }

  static List<ReportTable> tables(
      List<AnalysisSubject> all, double p0, Message endpoint, List<Message> p0Why) {
    List<AnalysisSubject> read = Sets.MITT.of(all).stream().filter(Irc::read).toList();
    if (read.isEmpty()) {
      return List.of();
    }
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(read)) {
      if (st.members().isEmpty()) {
        continue;
      }
      List<Concordance.Pair> pairs =
          st.members().stream()
              .map(s -> new Concordance.Pair(s.id(), s.bor().best(), s.response().ircBor().best()))
              .toList();
      Kappa kp = kappa(pairs);
      Concordance c = kp.concordance();
      rows.add(
          List.of(
              st.label(),
              AnalysisMessages.raw(c.subjects()),
              AnalysisMessages.raw(Fmt.percent(c.agreement())),
              AnalysisMessages.raw(Fmt.percent(c.chanceAgreement())),
              AnalysisMessages.raw(
                  Fmt.number(c.kappa(), 3)
                      + " ("
                      + Fmt.number(kp.lower(), 3)
                      + ", "
                      + Fmt.number(kp.upper(), 3)
                      + ")"),
              AnalysisMessages.raw(c.discordant().size())));
    }
    List<ReportTable> out = new ArrayList<>();
    out.add(
        new ReportTable(
            "irc-concordance",
            AnalysisMessages.of("irc.title"),
            AnalysisMessages.of("irc.set"),
            "G-EP-10, G-BR-3",
            List.of(
                AnalysisMessages.of("col.stratum"),
                AnalysisMessages.of("col.n"),
                AnalysisMessages.of("irc.agreement"),
                AnalysisMessages.of("irc.chance"),
                AnalysisMessages.of("irc.kappa"),
                AnalysisMessages.of("irc.discordant")),
            rows,
            List.of(AnalysisMessages.of("irc.note"))));
    List<Message> notes = new ArrayList<>();
    notes.add(AnalysisMessages.of("irc.primaryNote"));
    notes.addAll(p0Why);
    out.add(
        Efficacy.primary(
            "irc-primary",
            AnalysisMessages.of("irc.primaryTitle", endpoint, Fmt.percent(p0)),
            "G-DES-2, G-EP-10, G-BR-3",
            all,
            p0,
            Irc::responder,
            notes));
    return out;
  }
}
