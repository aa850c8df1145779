package org.celltrial.stats.riskset;

import org.celltrial.stats.StatsMessages;

/** Checks shared by the risk-set methods: right-censored times and 0/1 event indicators. */
public final class SurvivalInput {
  private SurvivalInput() {}

  /**
   * Checks times and events and returns the number of events.
   *
   * @param time finite times, each ≥ 0
   * @param event 1 = event, 0 = censored, as long as {@code time}
   * @throws org.celltrial.common.i18n.CelltrialException naming the first bad value and its
   *     position (1-based), or when there are no observations or no events
   */
  public static int check(double[] time, int[] event) {
    if (time.length == 0) {
      throw StatsMessages.error("survival.empty");
    }
    requireLength("event", event.length, time.length);
    int events = 0;
    for (int i = 0; i < time.length; i++) {
      if (!(time[i] >= 0) || Double.isInfinite(time[i])) {
        throw StatsMessages.error("survival.time", i + 1, time[i]);
      }
      if (event[i] != 0 && event[i] != 1) {
        throw StatsMessages.error("survival.event", i + 1, event[i]);
      }
      events += event[i];
    }
    if (events == 0) {
      throw StatsMessages.error("survival.noEvents", time.length);
    }
    return events;
  }

  /** Checks that an input array has one value per observation. */
  public static void requireLength(String what, int length, int n) {
    if (length != n) {
      throw StatsMessages.error("survival.length", what, length, n);
    }
  }
}
