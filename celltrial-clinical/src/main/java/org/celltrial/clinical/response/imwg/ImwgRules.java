package org.celltrial.clinical.response.imwg;

import static org.celltrial.clinical.response.Decimals.dec;
import static org.celltrial.clinical.response.Decimals.fellBy;
import static org.celltrial.clinical.response.Decimals.roseBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.Decimals;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * IMWG 2016 category at one visit (Kumar et al. 2016, Table 3; G-EP-4). Progression first (from the
 * confirmed nadir: serum +25% and +0.5 g/dL, or +1 g/dL when the nadir is at least 5 g/dL; urine
 * +25% and +200 mg/24 h; FLC-only dFLC +25% and more than +10 mg/dL; marrow-only +25% and +10
 * percentage points; a new lesion or plasmacytoma SPD +50% on imaging). Then the deepest level all
 * of whose conditions hold: sCR, CR, VGPR, PR, MR, else SD. A condition whose measurement is
 * missing fails, so a missing item downgrades to the next level; if a measurable parameter is
 * missing altogether the visit is not evaluable.
 */
public final class ImwgRules {
  /** Criterion stored with every result. */
  public static final String CRITERION = "IMWG 2016";

  private ImwgRules() {}

  /** The category observed at {@code now}. */
  public static MmResponse classify(
      MmAssessment baseline, LightChain involved, Nadir nadir, MmAssessment now, ImwgParameters p) {
    Measurable m = Measurable.of(baseline, involved, p);
    List<Message> why = new ArrayList<>(m.describe());
    List<Message> imaging = new ArrayList<>();
    if (now.newLesion()) {
      imaging.add(msg("response.imwg.pd.newLesion"));
    }
    if (nadir.plasmacytomaSpd() != null
        && now.plasmacytomaSpd() != null
        && now.plasmacytomaSpd() > 0
        && roseBy(nadir.plasmacytomaSpd(), now.plasmacytomaSpd(), "0.5")) {
      imaging.add(
          msg("response.imwg.pd.plasmacytoma", now.plasmacytomaSpd(), nadir.plasmacytomaSpd()));
    }
    if (!imaging.isEmpty()) {
      why.addAll(imaging);
      return new MmResponse(ResponseResult.of(CRITERION, Category.PD, why), false);
    }
    List<Message> pd = biochemicalProgression(m, involved, nadir, now);
    if (!pd.isEmpty()) {
      why.addAll(pd);
      return new MmResponse(ResponseResult.of(CRITERION, Category.PD, why), !m.marrow());
    }
    List<String> missing = new ArrayList<>();
    if (m.serum() && now.serumM() == null) {
      missing.add("serumM");
    }
    if (m.urine() && now.urineM() == null) {
      missing.add("urineM");
    }
    if (m.flc() && now.dflc(involved) == null) {
      missing.add("kappa/lambda");
    }
    if (m.marrow() && now.marrowPcPercent() == null) {
      missing.add("marrowPcPercent");
    }
    if (!missing.isEmpty()) {
      why.add(msg("response.imwg.missing", String.join(", ", missing)));
      return new MmResponse(ResponseResult.of(CRITERION, Category.NE, why), false);
    }
    Category level = ImwgLevels.deepest(m, baseline, involved, now, p, why);
    return new MmResponse(ResponseResult.of(CRITERION, level, why), !m.marrow());
  }

  private static List<Message> biochemicalProgression(
      Measurable m, LightChain involved, Nadir nadir, MmAssessment now) {
    List<Message> pd = new ArrayList<>();
    if (m.serum() && nadir.serumM() != null && now.serumM() != null) {
      double low = nadir.serumM();
      BigDecimal rise = Decimals.minus(now.serumM(), low);
      boolean relative = roseBy(low, now.serumM(), "0.25") && rise.compareTo(dec(0.5)) >= 0;
      boolean large = low >= 5.0 && rise.compareTo(dec(1.0)) >= 0;
      if (relative || large) {
        pd.add(
            msg("response.imwg.pd.serum", now.serumM(), low, rise.toPlainString(), large ? 1 : 0));
      }
    }
    if (m.urine() && nadir.urineM() != null && now.urineM() != null) {
      BigDecimal rise = Decimals.minus(now.urineM(), nadir.urineM());
      if (roseBy(nadir.urineM(), now.urineM(), "0.25") && rise.compareTo(dec(200)) >= 0) {
        pd.add(msg("response.imwg.pd.urine", now.urineM(), nadir.urineM(), rise.toPlainString()));
      }
    }
    Double d = now.dflc(involved);
    if (m.flc() && nadir.dflc() != null && d != null) {
      BigDecimal rise = Decimals.minus(d, nadir.dflc());
      if (roseBy(nadir.dflc(), d, "0.25") && rise.compareTo(dec(10)) > 0) {
        pd.add(msg("response.imwg.pd.flc", d, nadir.dflc(), rise.toPlainString()));
      }
    }
    if (m.marrow() && nadir.marrowPcPercent() != null && now.marrowPcPercent() != null) {
      BigDecimal rise = Decimals.minus(now.marrowPcPercent(), nadir.marrowPcPercent());
      if (roseBy(nadir.marrowPcPercent(), now.marrowPcPercent(), "0.25")
          && rise.compareTo(dec(10)) >= 0) {
        pd.add(
            msg(
                "response.imwg.pd.marrow",
                now.marrowPcPercent(),
                nadir.marrowPcPercent(),
                rise.toPlainString()));
      }
    }
    return pd;
  }

  /** Whether {@code now} fell from {@code base} by at least the fraction (both present). */
  static boolean fell(Double base, Double now, String fraction) {
    return base != null && now != null && fellBy(base, now, fraction);
  }

  static Message msg(String key, Object... args) {
    return ClinicalMessages.of(key, args);
  }
}
