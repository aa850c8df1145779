package org.celltrial.clinical.response.all;

import static org.celltrial.clinical.response.Decimals.dec;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * B-ALL response at one assessment (CIBMTR ALL response criteria; G-EP-4).
 *
 * <p>After CR/CRi: relapse (PD) when marrow blasts reach the relapse threshold (5%), blasts
 * circulate, or extramedullary or CNS3 disease appears. Otherwise: CR when marrow blasts are below
 * 5%, no circulating blasts, no extramedullary or CNS3 disease, ANC at least 1.0 and platelets at
 * least 100 × 10^9/L and transfusion independent; CRi when only the count or transfusion conditions
 * fail; MLFS when the marrow and extramedullary conditions hold but counts were not done; no
 * response (NR) otherwise. The 4-week duration of CIBMTR is left to the confirmation of the series,
 * not to this single assessment.
 */
public final class AllResponse {
  /** Criterion stored with every result. */
  public static final String CRITERION = "B-ALL CIBMTR";

  private AllResponse() {}

  /** The response at one assessment; {@code inRemission} if an earlier CR/CRi was recorded. */
  public static ResponseResult classify(AllAssessment a, boolean inRemission, AllParameters p) {
    List<Message> why = new ArrayList<>();
    if (inRemission) {
      if (a.marrowBlastPercent() != null && a.marrowBlastPercent() >= p.relapseMarrowPercent()) {
        why.add(
            msg("response.all.relapseMarrow", a.marrowBlastPercent(), p.relapseMarrowPercent()));
      }
      if (Boolean.TRUE.equals(a.peripheralBlasts())) {
        why.add(msg("response.all.relapseBlood"));
      }
      if (Boolean.TRUE.equals(a.extramedullary()) || Boolean.TRUE.equals(a.cns3())) {
        why.add(msg("response.all.relapseEmd"));
      }
      if (!why.isEmpty()) {
        return new ResponseResult(CRITERION, Category.PD, "relapse", why);
      }
    }
    if (a.marrowBlastPercent() == null) {
      why.add(msg("response.all.noMarrow"));
      return ResponseResult.of(CRITERION, Category.NE, why);
    }
    boolean marrow = dec(a.marrowBlastPercent()).compareTo(dec(5.0)) < 0;
    boolean noEmd = !Boolean.TRUE.equals(a.extramedullary()) && !Boolean.TRUE.equals(a.cns3());
    boolean noBlood = !Boolean.TRUE.equals(a.peripheralBlasts());
    if (!marrow || !noEmd || !noBlood) {
      why.add(msg("response.all.nr", a.marrowBlastPercent(), noBlood ? 0 : 1, noEmd ? 0 : 1));
      return ResponseResult.of(CRITERION, Category.NR, why);
    }
    if (a.anc() == null || a.platelets() == null) {
      why.add(msg("response.all.mlfs", a.marrowBlastPercent()));
      return ResponseResult.of(CRITERION, Category.MLFS, why);
    }
    boolean counts = a.anc() >= p.anc() && a.platelets() >= p.platelets();
    boolean transfusion = !Boolean.FALSE.equals(a.transfusionIndependent());
    if (counts && transfusion) {
      why.add(msg("response.all.cr", a.marrowBlastPercent(), a.anc(), a.platelets()));
      return ResponseResult.of(CRITERION, Category.CR, why);
    }
    why.add(
        msg(
            "response.all.cri",
            a.marrowBlastPercent(),
            a.anc(),
            p.anc(),
            a.platelets(),
            p.platelets(),
            transfusion ? 1 : 0));
    return ResponseResult.of(CRITERION, Category.CRI, why);
  }

  /** Each assessment in date order, in remission after the first CR or CRi. */
  public static List<ResponseResult> series(List<AllAssessment> assessments, AllParameters p) {
    List<ResponseResult> out = new ArrayList<>();
    boolean remission = false;
    for (AllAssessment a : assessments) {
      ResponseResult r = classify(a, remission, p);
      remission = remission && r.category() != Category.PD || r.category().isComplete();
      out.add(r);
    }
    return out;
  }

  /** The MRD class of a measurement at the threshold. */
  public static MrdClass mrd(AllMrd m, double threshold) {
    if (m.detected()) {
      return m.level() < threshold ? MrdClass.BELOW_THRESHOLD : MrdClass.POSITIVE;
    }
    return m.sensitivity() <= threshold ? MrdClass.UNDETECTABLE : MrdClass.INSUFFICIENT_SENSITIVITY;
  }

  /** Why a measurement falls in its MRD class, with both negativity flags. */
  public static Message mrdReason(AllMrd m, double threshold) {
    MrdClass c = mrd(m, threshold);
    return msg(
        "response.all.mrd",
        m.method(),
        c,
        threshold,
        m.level() == null ? "-" : m.level(),
        m.sensitivity(),
        c.trialNegative() ? 1 : 0,
        c.strictNegative() ? 1 : 0);
  }

  static Message msg(String key, Object... args) {
    return ClinicalMessages.of(key, args);
  }
}
