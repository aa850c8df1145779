package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.gsd.GroupSequentialDesign;
import org.celltrial.design.gsd.GsdSpec;

/**
 * The group-sequential part of {@code design survival}: the maximum events (fixed-design events
 * times the inflation factor, as rpact's {@code getSampleSizeSurvival(design = …)}), the events and
 * expected calendar time of each look, and their table.
 */
final class SurvivalSequential {
  private SurvivalSequential() {}

  /**
   * JSON of the group-sequential part; {@code analysisTimes} is {@code null} without recruitment.
   */
  record Sequential(
      int looks,
      double[] informationRates,
      String spending,
      String futility,
      double[] criticalValues,
      double[] stageLevels,
      double[] futilityBounds,
      double inflationFactor,
      double maxEvents,
      long maxEventsRounded,
      double[] eventsPerLook,
      double[] analysisTimes) {}

  /** The cumulative events {@code t_k · maxEvents} of each look. */
  static double[] eventsPerLook(GroupSequentialDesign gsd, double maxEvents) {
    double[] t = gsd.spec().informationRates();
    double[] events = new double[t.length];
    for (int k = 0; k < t.length; k++) {
      events[k] = t[k] * maxEvents;
    }
    return events;
  }

  static Sequential of(GroupSequentialDesign gsd, double maxEvents, double[] analysisTimes) {
    GsdSpec spec = gsd.spec();
    return new Sequential(
        spec.looks(),
        spec.informationRates(),
        spec.alphaSpending().label(),
        spec.betaSpending() == null ? null : spec.betaSpending().label(),
        gsd.criticalValues(),
        gsd.stageLevels(),
        gsd.futilityBounds(),
        gsd.inflationFactor(),
        maxEvents,
        (long) Math.ceil(maxEvents),
        eventsPerLook(gsd, maxEvents),
        analysisTimes);
  }

  static Table table(GroupSequentialDesign gsd, Sequential s, double fixedEvents, Lang lang) {
    boolean futility = gsd.hasFutility();
    List<String> columns = new ArrayList<>();
    for (String key :
        futility
            ? List.of("look", "info", "events", "month", "efficacy", "nominal", "futility")
            : List.of("look", "info", "events", "month", "efficacy", "nominal")) {
      columns.add(
          t(
              lang,
              key.equals("events") || key.equals("month")
                  ? "survival.gsd.col." + key
                  : "gsd.col." + key));
    }
    Table.Builder table =
        Table.builder(
            t(
                lang,
                "survival.gsd.title",
                s.looks(),
                Numbers.fixed(fixedEvents, 2),
                Numbers.fixed(s.inflationFactor(), 4),
                Numbers.fixed(s.maxEvents(), 2)),
            columns.toArray(String[]::new));
    List<String> months = new ArrayList<>();
    for (int k = 0; k < s.looks(); k++) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(k + 1));
      row.add(Numbers.fixed(s.informationRates()[k], 3));
      row.add(Numbers.fixed(s.eventsPerLook()[k], 1));
      row.add(s.analysisTimes() == null ? "" : Numbers.fixed(s.analysisTimes()[k], 1));
      row.add(Numbers.fixed(s.criticalValues()[k], 4));
      row.add(Numbers.fixed(s.stageLevels()[k], 6));
      if (futility) {
        row.add(k < s.looks() - 1 ? Numbers.fixed(s.futilityBounds()[k], 4) : "");
      }
      table.row(row);
      if (s.analysisTimes() != null) {
        months.add(Numbers.fixed(s.analysisTimes()[k], 1));
      }
    }
    table.note(
        t(
            lang,
            "survival.gsd.protocol",
            s.looks(),
            Numbers.fixed(s.inflationFactor(), 4),
            s.maxEventsRounded(),
            gsd.hasFutility() ? t(lang, "survival.gsd.withFutility") : ""));
    if (!months.isEmpty()) {
      table.note(t(lang, "survival.gsd.months", String.join(", ", months)));
    }
    return table.build();
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
