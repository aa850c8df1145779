package org.celltrial.stats.competing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.celltrial.stats.StatsMessages;

/**
 * Checks of competing-risks input shared by the estimators: one time, status and group per subject;
 * times finite and ≥ 0; status 0 = censored or a cause code 1…k; group codes 0…g−1 with no group
 * empty. Subjects are numbered from 1 in messages.
 */
final class CompetingInput {
  private CompetingInput() {}

  static void check(double[] time, int[] status) {
    if (time.length != status.length) {
      throw StatsMessages.error("competing.length", "status", status.length, time.length);
    }
    if (time.length == 0) {
      throw StatsMessages.error("competing.empty");
    }
    for (int i = 0; i < time.length; i++) {
      if (!(Double.isFinite(time[i]) && time[i] >= 0)) {
        throw StatsMessages.error("competing.time", i + 1, time[i]);
      }
      if (status[i] < 0) {
        throw StatsMessages.error("competing.status", i + 1, status[i]);
      }
    }
  }

  static void checkGroups(int[] group, int groups, int n, String what) {
    if (group.length != n) {
      throw StatsMessages.error("competing.length", what, group.length, n);
    }
    if (groups < 1) {
      throw StatsMessages.error("competing.groupCount", what, groups);
    }
    int[] size = new int[groups];
    for (int i = 0; i < n; i++) {
      if (group[i] < 0 || group[i] >= groups) {
        throw StatsMessages.error("competing.groupCode", what, i + 1, group[i], groups - 1);
      }
      size[group[i]]++;
    }
    for (int g = 0; g < groups; g++) {
      if (size[g] == 0) {
        throw StatsMessages.error("competing.emptyGroup", what, g);
      }
    }
  }

  /** The causes that occur, ascending; an error when no subject has an event. */
  static int[] causes(int[] status) {
    int[] causes = Arrays.stream(status).filter(s -> s != 0).distinct().sorted().toArray();
    if (causes.length == 0) {
      throw StatsMessages.error("competing.noEvents", status.length);
    }
    return causes;
  }

  /** Checks that a requested cause occurs in the data. */
  static void requireCause(int cause, int[] status) {
    int[] causes = causes(status);
    if (Arrays.binarySearch(causes, cause) < 0) {
      throw StatsMessages.error(
          "competing.noCause",
          cause,
          Arrays.stream(causes).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
    }
  }

  /** Subject indices ordered by time (stable). */
  static int[] order(double[] time) {
    Integer[] idx = new Integer[time.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(time[a], time[b]));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }
}
