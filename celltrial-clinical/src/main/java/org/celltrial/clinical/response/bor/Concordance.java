package org.celltrial.clinical.response.bor;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;

/**
 * Investigator versus independent review committee (IRC) best overall response (G-EP-10): observed
 * agreement {@code p_o}, chance agreement {@code p_e = sum_k p_k(inv) p_k(irc)} and Cohen's kappa
 * {@code (p_o - p_e) / (1 - p_e)} (Cohen, Educ Psychol Meas 1960;20:37), with the discordant
 * subjects listed.
 *
 * @param subjects number of subjects compared
 * @param agreement observed agreement p_o
 * @param chanceAgreement chance agreement p_e
 * @param kappa Cohen's kappa (NaN-free: 1 when p_e = 1 and all agree)
 * @param discordant the subjects whose two responses differ
 */
public record Concordance(
    int subjects,
    double agreement,
    double chanceAgreement,
    double kappa,
    List<Discordance> discordant) {

  /** One subject whose investigator and IRC responses differ. */
  public record Discordance(String subject, Category investigator, Category irc) {}

  /** Investigator and IRC best responses of one subject. */
  public record Pair(String subject, Category investigator, Category irc) {}

  /** Compares the pairs. */
  public static Concordance of(List<Pair> pairs) {
    if (pairs.isEmpty()) {
      throw ClinicalMessages.error("response.concordance.empty");
    }
    int k = Category.values().length;
    double[] inv = new double[k];
    double[] irc = new double[k];
    int agree = 0;
    List<Discordance> off = new ArrayList<>();
    for (Pair p : pairs) {
      inv[p.investigator().ordinal()]++;
      irc[p.irc().ordinal()]++;
      if (p.investigator() == p.irc()) {
        agree++;
      } else {
        off.add(new Discordance(p.subject(), p.investigator(), p.irc()));
      }
    }
    double n = pairs.size();
    double po = agree / n;
    double pe = 0;
    for (int c = 0; c < k; c++) {
      pe += inv[c] / n * (irc[c] / n);
    }
    double kappa = pe == 1.0 ? 1.0 : (po - pe) / (1 - pe);
    return new Concordance(pairs.size(), po, pe, kappa, off);
  }
}
