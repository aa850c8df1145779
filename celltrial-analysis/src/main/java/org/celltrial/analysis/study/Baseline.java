package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.celltrial.clinical.refractory.Refractoriness.Status;
import org.celltrial.common.i18n.Message;

/**
 * Baseline and prior therapy in the ITT and mITT sets: age, sex, disease subtype, prior lines (IMWG
 * consensus), refractoriness (IMWG window), prior HSCT and CAR-T, and the bridging strata (G-BR-3)
 * — the population the single-arm result applies to (G-POP-3…G-POP-5).
 */
final class Baseline {
  private Baseline() {}

  static ReportTable table(List<AnalysisSubject> all, AnalysisInput input) {
    List<AnalysisSubject> itt = Sets.ITT.of(all);
    List<AnalysisSubject> mitt = Sets.MITT.of(all);
    List<List<Profile>> sets = List.of(Profile.of(itt, input), Profile.of(mitt, input));
    List<List<AnalysisSubject>> subjects = List.of(itt, mitt);
    List<List<Message>> rows = new ArrayList<>();
    rows.add(median(sets, "baseline.ageMedian", Profile::age));
    levels(rows, sets, "baseline.ageGroup", Profile::ageGroup);
    for (String sex : List.of("M", "F")) {
      rows.add(
          count(subjects, AnalysisMessages.of("baseline.sex." + sex), s -> sex.equals(s.sex())));
    }
    if (subjects.get(0).stream().anyMatch(s -> s.sex() == null)) {
      rows.add(count(subjects, AnalysisMessages.of("baseline.sexMissing"), s -> s.sex() == null));
    }
    if (sets.get(0).stream().anyMatch(p -> p.subtype() != null)) {
      levels(rows, sets, "baseline.subtype", Profile::subtype);
    }
    rows.add(median(sets, "baseline.linesMedian", Profile::lines));
    levels(rows, sets, "baseline.linesGroup", Profile::linesGroup);
    status(rows, sets, "baseline.refractoryLast", Profile::refractoryLast);
    status(rows, sets, "baseline.primaryRefractory", Profile::primaryRefractory);
    if (sets.get(0).stream().anyMatch(p -> p.tripleRefractory() != null)) {
      status(rows, sets, "baseline.tripleRefractory", Profile::tripleRefractory);
    }
    rows.add(flag(sets, "baseline.autoHsct", Profile::autoHsct));
    rows.add(flag(sets, "baseline.alloHsct", Profile::alloHsct));
    rows.add(flag(sets, "baseline.priorCarT", Profile::priorCarT));
    rows.add(count(subjects, AnalysisMessages.of("stratum.bridged"), Sets::bridged));
    rows.add(count(subjects, AnalysisMessages.of("stratum.notBridged"), s -> !Sets.bridged(s)));
    return new ReportTable(
        "baseline",
        AnalysisMessages.of("baseline.title"),
        AnalysisMessages.of("set.ittMitt"),
        "G-POP-3, G-POP-4, G-POP-5, G-BR-3",
        List.of(
            AnalysisMessages.of("col.item"),
            AnalysisMessages.of("col.stratumN", Sets.ITT.label(), itt.size()),
            AnalysisMessages.of("col.stratumN", Sets.MITT.label(), mitt.size())),
        rows,
        List.of(AnalysisMessages.of("baseline.note")));
  }

  /** {@code median (min–max)} over the known values of each set, and how many are known. */
  private static List<Message> median(
      List<List<Profile>> sets, String key, Function<Profile, Integer> value) {
    List<Message> row = new ArrayList<>();
    row.add(AnalysisMessages.of(key));
    for (List<Profile> set : sets) {
      int[] x =
          set.stream().map(value).filter(Objects::nonNull).mapToInt(i -> i).sorted().toArray();
      row.add(AnalysisMessages.raw(medianRange(x, set.size())));
    }
    return row;
  }

  /**
   * {@code median (min–max)}; the median of an even count is the mean of the middle two. When some
   * values are unknown, {@code [n = known]} follows.
   */
  static String medianRange(int[] sorted, int of) {
    if (sorted.length == 0) {
      return "NE";
    }
    int n = sorted.length;
    double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    String med = m == Math.rint(m) ? String.valueOf((long) m) : Fmt.number(m, 1);
    String known = n < of ? " [n = " + n + "]" : "";
    return med + " (" + sorted[0] + "–" + sorted[n - 1] + ")" + known;
  }

  /** One row per level met in the ITT set ({@link Profile#levels}), then "not recorded" if any. */
  private static void levels(
      List<List<Message>> rows,
      List<List<Profile>> sets,
      String key,
      Function<Profile, Message> level) {
    for (Message l : Profile.levels(sets.get(0), level)) {
      rows.add(profileCount(sets, AnalysisMessages.of(key, l), p -> l.equals(level.apply(p))));
    }
    if (sets.get(0).stream().anyMatch(p -> level.apply(p) == null)) {
      rows.add(
          profileCount(
              sets,
              AnalysisMessages.of(key, AnalysisMessages.of("baseline.missing")),
              p -> level.apply(p) == null));
    }
  }

  private static void status(
      List<List<Message>> rows,
      List<List<Profile>> sets,
      String key,
      Function<Profile, Status> value) {
    rows.add(
        profileCount(sets, AnalysisMessages.of(key), p -> value.apply(p) == Status.REFRACTORY));
    if (sets.get(0).stream()
        .anyMatch(p -> value.apply(p) == null || value.apply(p) == Status.UNDETERMINED)) {
      rows.add(
          profileCount(
              sets,
              AnalysisMessages.of(key + "Unknown"),
              p -> value.apply(p) == null || value.apply(p) == Status.UNDETERMINED));
    }
  }

  private static List<Message> flag(
      List<List<Profile>> sets, String key, Function<Profile, Boolean> value) {
    return profileCount(sets, AnalysisMessages.of(key), p -> Boolean.TRUE.equals(value.apply(p)));
  }

  private static List<Message> profileCount(
      List<List<Profile>> sets, Message label, Predicate<Profile> test) {
    List<Message> row = new ArrayList<>(Arrays.asList(label));
    for (List<Profile> set : sets) {
      row.add(Fmt.countPercent(set.stream().filter(test).count(), set.size()));
    }
    return row;
  }

  private static List<Message> count(
      List<List<AnalysisSubject>> sets, Message label, Predicate<AnalysisSubject> test) {
    List<Message> row = new ArrayList<>(Arrays.asList(label));
    for (List<AnalysisSubject> set : sets) {
      row.add(Fmt.countPercent(set.stream().filter(test).count(), set.size()));
    }
    return row;
  }
}
