package org.celltrial.clinical.response.lugano;

import static org.celltrial.clinical.response.Decimals.dec;
import static org.celltrial.clinical.response.lugano.LuganoPet.msg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.celltrial.common.i18n.Message;

/**
 * Lugano 2014 spleen rules. Progression: with splenomegaly at the reference (the smallest length so
 * far), growth by more than 50% of its excess over normal (a 15 cm spleen, normal 13, must exceed
 * 16 cm); without splenomegaly, growth by at least 2 cm. Partial response: regression by more than
 * 50% of the baseline excess over normal.
 */
final class LuganoSpleen {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TWO_CM = new BigDecimal("2");

  private LuganoSpleen() {}

  /** The progression finding, if the spleen grew enough. */
  static Optional<Message> progression(List<CtScan> history, Double nowCm, double normal) {
    Double ref = null;
    for (CtScan s : history) {
      if (s.spleenCm() != null && (ref == null || s.spleenCm() < ref)) {
        ref = s.spleenCm();
      }
    }
    if (ref == null || nowCm == null) {
      return Optional.empty();
    }
    BigDecimal growth = dec(nowCm).subtract(dec(ref));
    if (ref > normal) {
      BigDecimal limit = dec(ref).subtract(dec(normal)).multiply(HALF);
      return growth.compareTo(limit) > 0
          ? Optional.of(msg("response.lugano.ct.spleenPd", nowCm, ref, normal, limit))
          : Optional.empty();
    }
    return growth.compareTo(TWO_CM) >= 0
        ? Optional.of(msg("response.lugano.ct.spleenNew", nowCm, ref))
        : Optional.empty();
  }

  /** Whether the spleen criterion of PR is met (trivially when there was no splenomegaly). */
  static boolean regressed(Double baseCm, Double nowCm, LuganoParameters p, List<Message> why) {
    if (baseCm == null || baseCm <= p.normalSpleenCm()) {
      return true;
    }
    if (nowCm == null) {
      why.add(msg("response.lugano.ct.spleenMissing"));
      return false;
    }
    BigDecimal excess = dec(baseCm).subtract(dec(p.normalSpleenCm()));
    BigDecimal fall = dec(baseCm).subtract(dec(nowCm));
    boolean ok = fall.compareTo(excess.multiply(HALF)) > 0;
    why.add(
        msg(
            "response.lugano.ct.spleenRegression",
            baseCm,
            nowCm,
            excess.toPlainString(),
            fall.toPlainString(),
            ok ? 1 : 0));
    return ok;
  }
}
