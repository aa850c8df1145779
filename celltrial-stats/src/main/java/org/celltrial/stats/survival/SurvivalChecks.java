package org.celltrial.stats.survival;

import org.celltrial.stats.StatsMessages;

/** Checks of survival data shared by the estimators; observations are numbered from 1. */
final class SurvivalChecks {
  private SurvivalChecks() {}

  /**
   * Throws on the first bad value: no observations, arrays of unequal length, a time that is NaN,
   * infinite or negative, an event code other than 0 or 1, a negative group code, or an entry time
   * that is not finite, negative or not before its exit time.
   */
  static void check(double[] time, int[] event, int[] group, double[] entry) {
    if (time.length == 0) {
      throw StatsMessages.error("km.empty");
    }
    sameLength("event", event.length, time.length);
    sameLength("group", group.length, time.length);
    if (entry != null) {
      sameLength("entry", entry.length, time.length);
    }
    for (int i = 0; i < time.length; i++) {
      if (!(Double.isFinite(time[i]) && time[i] >= 0)) {
        throw StatsMessages.error("km.time", i + 1, time[i]);
      }
      if (event[i] != 0 && event[i] != 1) {
        throw StatsMessages.error("km.event", i + 1, event[i]);
      }
      if (group[i] < 0) {
        throw StatsMessages.error("km.group", i + 1, group[i]);
      }
      if (entry != null && !(Double.isFinite(entry[i]) && entry[i] >= 0 && entry[i] < time[i])) {
        throw StatsMessages.error("km.entry", i + 1, entry[i], time[i]);
      }
    }
  }

  private static void sameLength(String what, int length, int expected) {
    if (length != expected) {
      throw StatsMessages.error("km.length", what, length, expected);
    }
  }
}
