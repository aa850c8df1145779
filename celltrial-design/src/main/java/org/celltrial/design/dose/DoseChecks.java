package org.celltrial.design.dose;

import org.celltrial.design.DesignMessages;

/** Validation of dose-finding inputs shared by every method; each failure names option and rule. */
final class DoseChecks {
  /** Largest total sample size a dose-finding simulation accepts. */
  static final int MAX_SAMPLE_SIZE = 1000;

  private DoseChecks() {}

  static void target(double target) {
    if (!(target > 0 && target < 1)) {
      throw DesignMessages.error("dose.target", target);
    }
  }

  static void cohort(int cohort) {
    if (cohort < 1 || cohort > 6) {
      throw DesignMessages.error("dose.cohort", cohort);
    }
  }

  static void maxN(int maxN, int cohort) {
    if (maxN < cohort || maxN > MAX_SAMPLE_SIZE) {
      throw DesignMessages.error("dose.maxN", maxN, cohort, MAX_SAMPLE_SIZE);
    }
  }

  static void counts(int n, int dlt) {
    if (n < 1 || n > MAX_SAMPLE_SIZE) {
      throw DesignMessages.error("dose.n", n, MAX_SAMPLE_SIZE);
    }
    if (dlt < 0 || dlt > n) {
      throw DesignMessages.error("dose.dlt", dlt, n);
    }
  }

  static void doses(double[] doses) {
    if (doses.length < 1 || doses.length > 20) {
      throw DesignMessages.error("dose.doses.count", doses.length);
    }
    for (int j = 0; j < doses.length; j++) {
      if (!(doses[j] > 0) || !Double.isFinite(doses[j])) {
        throw DesignMessages.error("dose.doses.positive", doses[j], j + 1);
      }
      if (j > 0 && !(doses[j] > doses[j - 1])) {
        throw DesignMessages.error("dose.doses.increasing", doses[j - 1], doses[j], j, j + 1);
      }
    }
  }

  static void trueTox(double[] trueTox, int doseCount) {
    if (trueTox.length != doseCount) {
      throw DesignMessages.error("dose.trueTox.count", trueTox.length, doseCount);
    }
    for (int j = 0; j < trueTox.length; j++) {
      if (!(trueTox[j] >= 0 && trueTox[j] <= 1)) {
        throw DesignMessages.error("dose.trueTox.range", trueTox[j], j + 1);
      }
    }
  }

  static void skeleton(double[] skeleton, int doseCount) {
    if (skeleton.length != doseCount) {
      throw DesignMessages.error("dose.skeleton.count", skeleton.length, doseCount);
    }
    for (int j = 0; j < skeleton.length; j++) {
      if (!(skeleton[j] > 0 && skeleton[j] < 1)) {
        throw DesignMessages.error("dose.skeleton.range", skeleton[j], j + 1);
      }
      if (j > 0 && !(skeleton[j] > skeleton[j - 1])) {
        throw DesignMessages.error(
            "dose.skeleton.increasing", skeleton[j - 1], skeleton[j], j, j + 1);
      }
    }
  }
}
