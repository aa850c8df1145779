package org.celltrial.design.singlearm;

import java.util.List;

/**
 * The result of a {@link TargetValueDesign} search.
 *
 * @param design what was asked
 * @param first the smallest n whose power reaches the target
 * @param stable the smallest n from which every n up to {@code maxN} reaches it: the recommended
 *     design, robust to enrolling a few subjects more
 * @param dips the n between the two whose power falls below the target (the saw-tooth)
 * @param powerCurve power of the stable rule at a range of true rates
 */
public record TargetValuePlan(
    TargetValueDesign design,
    SingleArmRule first,
    SingleArmRule stable,
    List<Integer> dips,
    List<PowerPoint> powerCurve) {
  /** The guideline requirements this plan answers. */
  public static final String RULES = "G-DES-1, G-DES-2, G-DES-5";

  /** Copies the lists. */
  public TargetValuePlan {
    dips = List.copyOf(dips);
    powerCurve = List.copyOf(powerCurve);
  }
}
