package org.celltrial.clinical.response.imwg;

import static org.celltrial.clinical.response.imwg.ImwgRules.fell;
import static org.celltrial.clinical.response.imwg.ImwgRules.msg;

import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.Decimals;
import org.celltrial.common.i18n.Message;

/**
 * The response levels of IMWG 2016 (Kumar et al. 2016, Table 3), each checked with all its
 * conditions; the deepest level met wins.
 */
final class ImwgLevels {
  private ImwgLevels() {}

  static Category deepest(
      Measurable m,
      MmAssessment b,
      LightChain involved,
      MmAssessment now,
      ImwgParameters p,
      List<Message> why) {
    boolean cr = complete(m, b, now, p, why);
    boolean ratioNormal = p.normalRatio(now.ratio());
    if (cr && ratioNormal && Boolean.FALSE.equals(now.clonalPcs())) {
      why.add(msg("response.imwg.scr"));
      return Category.SCR;
    }
    if (cr) {
      why.add(msg("response.imwg.cr", ratioNormal ? 1 : 0, String.valueOf(now.clonalPcs())));
      return Category.CR;
    }
    if (veryGood(m, b, involved, now) && plasmacytoma(m, b, now, "0.5")) {
      why.add(msg("response.imwg.vgpr", change(b.serumM(), now.serumM()), now.urineM()));
      return Category.VGPR;
    }
    if (partial(m, b, involved, now) && plasmacytoma(m, b, now, "0.5")) {
      why.add(
          msg(
              "response.imwg.pr",
              change(b.serumM(), now.serumM()),
              change(b.urineM(), now.urineM())));
      return Category.PR;
    }
    if (minimal(m, b, now) && plasmacytoma(m, b, now, "0.25")) {
      why.add(
          msg(
              "response.imwg.mr",
              change(b.serumM(), now.serumM()),
              change(b.urineM(), now.urineM())));
      return Category.MR;
    }
    why.add(msg("response.imwg.sd", change(b.serumM(), now.serumM())));
    return Category.SD;
  }

  private static boolean complete(
      Measurable m, MmAssessment b, MmAssessment now, ImwgParameters p, List<Message> why) {
    if (now.serumIfePositive() == null || now.urineIfePositive() == null) {
      why.add(msg("response.imwg.crMissing", "serumIfePositive/urineIfePositive"));
      return false;
    }
    if (now.serumIfePositive() || now.urineIfePositive()) {
      return false;
    }
    if (now.marrowPcPercent() == null) {
      why.add(msg("response.imwg.crMissing", "marrowPcPercent"));
      return false;
    }
    if (now.marrowPcPercent() >= 5) {
      why.add(msg("response.imwg.crMarrow", now.marrowPcPercent()));
      return false;
    }
    if (m.plasmacytoma() && !Double.valueOf(0).equals(now.plasmacytomaSpd())) {
      why.add(msg("response.imwg.crMissing", "plasmacytomaSpd"));
      return false;
    }
    if (m.flc() && !p.normalRatio(now.ratio())) {
      why.add(msg("response.imwg.crMissing", "FLC ratio"));
      return false;
    }
    return true;
  }

  private static boolean veryGood(
      Measurable m, MmAssessment b, LightChain involved, MmAssessment now) {
    if (m.flc()) {
      return fell(b.dflc(involved), now.dflc(involved), "0.9");
    }
    if (m.marrow()) {
      return false;
    }
    boolean urineOk = !m.urine() || now.urineM() != null && now.urineM() < 100;
    boolean electrophoresisZero =
        (!m.serum() || Double.valueOf(0).equals(now.serumM()))
            && (!m.urine() || Double.valueOf(0).equals(now.urineM()));
    boolean serumDeep = !m.serum() || fell(b.serumM(), now.serumM(), "0.9");
    return electrophoresisZero || serumDeep && urineOk;
  }

  private static boolean partial(
      Measurable m, MmAssessment b, LightChain involved, MmAssessment now) {
    if (m.flc()) {
      return fell(b.dflc(involved), now.dflc(involved), "0.5");
    }
    if (m.marrow()) {
      return b.marrowPcPercent() >= 30 && fell(b.marrowPcPercent(), now.marrowPcPercent(), "0.5");
    }
    boolean serum = !m.serum() || fell(b.serumM(), now.serumM(), "0.5");
    boolean urine = !m.urine() || fell(b.urineM(), now.urineM(), "0.9") || now.urineM() < 200;
    return serum && urine;
  }

  private static boolean minimal(Measurable m, MmAssessment b, MmAssessment now) {
    if (!m.serum() && !m.urine()) {
      return false;
    }
    boolean serum = !m.serum() || fell(b.serumM(), now.serumM(), "0.25");
    boolean urine = !m.urine() || fell(b.urineM(), now.urineM(), "0.5");
    return serum && urine;
  }

  /** Plasmacytoma condition: when present at baseline its SPD must fall by the fraction. */
  private static boolean plasmacytoma(Measurable m, MmAssessment b, MmAssessment now, String f) {
    return !m.plasmacytoma() || fell(b.plasmacytomaSpd(), now.plasmacytomaSpd(), f);
  }

  private static String change(Double base, Double now) {
    return base == null || now == null ? "n/a" : Decimals.percentChange(base, now) + "%";
  }
}
