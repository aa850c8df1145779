package org.celltrial.clinical.response.lugano;

import static org.celltrial.clinical.response.Decimals.dec;
import static org.celltrial.clinical.response.lugano.LuganoPet.msg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.Decimals;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * Lugano 2014 CT-based (radiological) response (Cheson et al. 2014, Table 2; G-EP-4).
 *
 * <p>PD if any of: (a) a target lesion with LDi &gt; 1.5 cm whose PPD is at least 150% of its own
 * nadir PPD and whose LDi or SDi grew from the nadir by at least 0.5 cm (nadir LDi ≤ 2 cm) or 1.0
 * cm (nadir LDi &gt; 2 cm); a previously resolved target measurable again; spleen growth (see
 * {@link LuganoSpleen}); non-target progression; a new node &gt; 1.5 cm or new extranodal lesion
 * &gt; 1.0 cm in any axis, or any new lesion unequivocally lymphoma; new or recurrent marrow
 * involvement. CR: nodal targets LDi ≤ 1.5 cm, extranodal targets gone, no other disease, spleen
 * normal, marrow clear. PR: SPD fell by ≥ 50% from baseline with spleen regression and no
 * non-target growth. SD otherwise. Small lesions count 0.5 × 0.5 cm, vanished ones 0 × 0.
 */
public final class LuganoCt {
  private static final BigDecimal ABNORMAL_LDI = new BigDecimal("1.5");
  private static final BigDecimal SMALL_LESION = new BigDecimal("2.0");
  private static final BigDecimal NEW_NODE = new BigDecimal("1.5");
  private static final BigDecimal NEW_EXTRANODAL = new BigDecimal("1.0");

  private LuganoCt() {}

  /**
   * The CT-based response at {@code current}.
   *
   * @param baseline the baseline scan (SPD reference, first nadir)
   * @param priors follow-up scans before {@code current}, in date order (for each lesion's nadir)
   * @param current the scan to classify
   * @param p protocol choices
   */
  public static ResponseResult classify(
      CtScan baseline, List<CtScan> priors, CtScan current, LuganoParameters p) {
    List<CtScan> history = new ArrayList<>();
    history.add(baseline);
    history.addAll(priors);
    List<Message> pd = new ArrayList<>();
    for (Lesion now : current.targets()) {
      lesionProgression(now, nadir(now.id(), history), pd);
    }
    LuganoSpleen.progression(history, current.spleenCm(), p.normalSpleenCm()).ifPresent(pd::add);
    if (current.nonTarget() == NonTarget.PROGRESSED) {
      pd.add(msg("response.lugano.ct.nonTarget"));
    }
    List<Message> notes = new ArrayList<>();
    for (NewLesion n : current.newLesions()) {
      BigDecimal limit = n.nodal() ? NEW_NODE : NEW_EXTRANODAL;
      if (dec(n.longestCm()).compareTo(limit) > 0 || n.unequivocalLymphoma()) {
        pd.add(msg("response.lugano.ct.newLesion", n.longestCm(), limit, n.nodal() ? 1 : 0));
      } else {
        notes.add(msg("response.lugano.ct.newLesionSmall", n.longestCm(), limit));
      }
    }
    if (Boolean.TRUE.equals(current.marrowInvolved())
        && !Boolean.TRUE.equals(baseline.marrowInvolved())) {
      pd.add(msg("response.lugano.ct.marrowNew"));
    }
    if (!pd.isEmpty()) {
      return ResponseResult.of(LuganoPet.CRITERION, Category.PD, pd);
    }
    List<Message> why = new ArrayList<>(notes);
    List<Message> notCr = notComplete(baseline, current, p);
    if (notCr.isEmpty()) {
      why.add(msg("response.lugano.ct.cr"));
      return ResponseResult.of(LuganoPet.CRITERION, Category.CR, why);
    }
    why.addAll(notCr);
    BigDecimal base = baseline.spd();
    BigDecimal now = current.spd();
    String change = Decimals.percentChange(base.doubleValue(), now.doubleValue());
    boolean halved = base.signum() > 0 && now.compareTo(base.multiply(new BigDecimal("0.5"))) <= 0;
    why.add(msg("response.lugano.ct.spd", now.toPlainString(), base.toPlainString(), change));
    boolean spleenOk = LuganoSpleen.regressed(baseline.spleenCm(), current.spleenCm(), p, why);
    boolean nonTargetOk = current.nonTarget() != NonTarget.PROGRESSED;
    if (halved && spleenOk && nonTargetOk) {
      why.add(msg("response.lugano.ct.pr"));
      return ResponseResult.of(LuganoPet.CRITERION, Category.PR, why);
    }
    why.add(msg("response.lugano.ct.sd"));
    return ResponseResult.of(LuganoPet.CRITERION, Category.SD, why);
  }

  private static void lesionProgression(Lesion now, Lesion nadir, List<Message> pd) {
    if (nadir.state() == LesionState.NOT_VISIBLE && now.state() == LesionState.MEASURED) {
      pd.add(msg("response.lugano.ct.regrowth", now.id()));
      return;
    }
    BigDecimal ldi = dec(now.effectiveLdi());
    if (ldi.compareTo(ABNORMAL_LDI) <= 0) {
      return;
    }
    BigDecimal nadirPpd = nadir.ppd();
    boolean ppdUp = now.ppd().compareTo(nadirPpd.multiply(new BigDecimal("1.5"))) >= 0;
    BigDecimal step =
        dec(nadir.effectiveLdi()).compareTo(SMALL_LESION) <= 0
            ? new BigDecimal("0.5")
            : new BigDecimal("1.0");
    BigDecimal dl = Decimals.minus(now.effectiveLdi(), nadir.effectiveLdi());
    BigDecimal ds = Decimals.minus(now.effectiveSdi(), nadir.effectiveSdi());
    boolean axisUp = dl.compareTo(step) >= 0 || ds.compareTo(step) >= 0;
    if (ppdUp && axisUp) {
      pd.add(
          msg(
              "response.lugano.ct.lesionPd",
              now.id(),
              now.ppd().toPlainString(),
              nadirPpd.toPlainString(),
              dl.toPlainString(),
              ds.toPlainString(),
              step.toPlainString()));
    }
  }

  /** The lesion's record at its smallest PPD so far (the earliest such scan). */
  static Lesion nadir(String id, List<CtScan> history) {
    Lesion best = null;
    for (CtScan scan : history) {
      for (Lesion l : scan.targets()) {
        if (l.id().equals(id) && (best == null || l.ppd().compareTo(best.ppd()) < 0)) {
          best = l;
        }
      }
    }
    if (best == null) {
      throw ClinicalMessages.error("response.lugano.unknownTarget", id);
    }
    return best;
  }

  private static List<Message> notComplete(CtScan baseline, CtScan now, LuganoParameters p) {
    List<Message> why = new ArrayList<>();
    for (Lesion l : now.targets()) {
      if (l.nodal() && dec(l.effectiveLdi()).compareTo(ABNORMAL_LDI) > 0) {
        why.add(msg("response.lugano.ct.nodeLarge", l.id(), l.effectiveLdi()));
      } else if (!l.nodal() && l.state() != LesionState.NOT_VISIBLE) {
        why.add(msg("response.lugano.ct.extranodalLeft", l.id()));
      }
    }
    if (now.extranodalDisease()) {
      why.add(msg("response.lugano.ct.extranodalLeft", "-"));
    }
    if (now.nonTarget() != NonTarget.ABSENT) {
      why.add(msg("response.lugano.ct.nonTargetPresent"));
    }
    if (now.spleenCm() != null ? now.spleenCm() > p.normalSpleenCm() : enlarged(baseline, p)) {
      why.add(msg("response.lugano.ct.spleenNotNormal", now.spleenCm(), p.normalSpleenCm()));
    }
    if (Boolean.TRUE.equals(now.marrowInvolved())
        || now.marrowInvolved() == null && Boolean.TRUE.equals(baseline.marrowInvolved())) {
      why.add(msg("response.lugano.ct.marrowNotClear"));
    }
    return why;
  }

  private static boolean enlarged(CtScan baseline, LuganoParameters p) {
    return baseline.spleenCm() != null && baseline.spleenCm() > p.normalSpleenCm();
  }
}
