package org.celltrial.clinical.grading.igg;

import java.math.BigDecimal;
import java.time.Duration;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The severe hypogammaglobulinemia rule of a trial.
 *
 * @param thresholdMgPerDl the IgG threshold (400 mg/dL, Hill et al. 2019)
 * @param inclusive {@code true}: IgG ≤ threshold (Hill et al.); {@code false}: IgG &lt; threshold
 *     (wording of many protocols)
 * @param afterIvig samples drawn within this time after an IVIG dose measure donor IgG and are
 *     excluded (a protocol choice; 28 days by default)
 */
public record IggRule(BigDecimal thresholdMgPerDl, boolean inclusive, Duration afterIvig) {
  /** Hill et al. 2019: IgG ≤ 400 mg/dL; samples within 28 days after IVIG excluded. */
  public static final IggRule HILL_2019 =
      new IggRule(new BigDecimal(400), true, Duration.ofDays(28));

  /** Checks the threshold and window. */
  public IggRule {
    if (thresholdMgPerDl == null || thresholdMgPerDl.signum() <= 0 || afterIvig.isNegative()) {
      throw ClinicalMessages.error("igg.rule", thresholdMgPerDl, afterIvig);
    }
  }
}
