package org.celltrial.clinical.grading.icans;

import org.celltrial.clinical.ClinicalMessages;

/**
 * The ICE score, 0-10, recomputed from its items (Lee et al. 2019, Table 5): orientation 4, naming
 * 3, following commands 1, writing 1, attention 1.
 */
public final class IceScore {
  private IceScore() {}

  /**
   * The total of the items.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when an item is missing or out of range,
   *     or the recorded total differs from the sum
   */
  public static int total(IceItems ice) {
    int sum =
        item("ice.orientation", ice.orientation(), 4)
            + item("ice.naming", ice.naming(), 3)
            + item("ice.commands", ice.commands(), 1)
            + item("ice.writing", ice.writing(), 1)
            + item("ice.attention", ice.attention(), 1);
    if (ice.total() != null && ice.total() != sum) {
      throw ClinicalMessages.error("icans.ice.total", ice.total(), sum);
    }
    return sum;
  }

  /**
   * The ICANS grade of the encephalopathy domain: 10 → 0, 7-9 → 1, 3-6 → 2, 0-2 → 3. Grade 4
   * (unable to perform ICE because unarousable) comes from consciousness.
   */
  public static int grade(int score) {
    if (score >= 10) {
      return 0;
    }
    if (score >= 7) {
      return 1;
    }
    return score >= 3 ? 2 : 3;
  }

  private static int item(String field, Integer value, int max) {
    if (value == null) {
      throw ClinicalMessages.error("icans.ice.missingItem", field);
    }
    if (value < 0 || value > max) {
      throw ClinicalMessages.error("icans.ice.item", field, value, max);
    }
    return value;
  }
}
