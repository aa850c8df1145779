package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.gsd.GroupSequentialDesign;
import org.celltrial.design.gsd.GsdSpec;
import org.celltrial.design.gsd.SpendingFunction;

/** The text and CSV table of {@code design gsd}, ending with a protocol paragraph. */
final class GsdText {
  private GsdText() {}

  static Table table(GroupSequentialDesign d, double power, Lang lang) {
    GsdSpec spec = d.spec();
    boolean futility = d.hasFutility();
    List<String> columns = new ArrayList<>();
    for (String key :
        futility
            ? List.of(
                "look",
                "info",
                "efficacy",
                "nominal",
                "alphaSpent",
                "futility",
                "betaSpent",
                "power")
            : List.of("look", "info", "efficacy", "nominal", "alphaSpent", "power")) {
      columns.add(t(lang, "gsd.col." + key));
    }
    Table.Builder table =
        Table.builder(
            t(lang, "gsd.title", spec.looks(), name(spec.alphaSpending(), lang)),
            columns.toArray(String[]::new));
    double[] info = spec.informationRates();
    List<String> efficacy = new ArrayList<>();
    List<String> stops = new ArrayList<>();
    for (int k = 0; k < spec.looks(); k++) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(k + 1));
      row.add(Numbers.fixed(info[k], 3));
      row.add(Numbers.fixed(d.criticalValues()[k], 4));
      row.add(Numbers.fixed(d.stageLevels()[k], 6));
      row.add(Numbers.fixed(d.alphaSpent()[k], 6));
      if (futility) {
        boolean last = k == spec.looks() - 1;
        row.add(last ? "" : Numbers.fixed(d.futilityBounds()[k], 4));
        row.add(Numbers.fixed(d.betaSpent()[k], 6));
        if (!last) {
          stops.add(Numbers.fixed(d.futilityBounds()[k], 4));
        }
      }
      row.add(Numbers.fixed(d.power()[k], 4));
      table.row(row);
      efficacy.add(
          t(
              lang,
              "gsd.protocol.bound",
              Numbers.fixed(d.criticalValues()[k], 4),
              Numbers.fixed(d.stageLevels()[k], 6)));
    }
    table.note(
        t(
            lang,
            "gsd.note.inflation",
            Numbers.fixed(d.inflationFactor(), 4),
            Numbers.level(power),
            Numbers.fixed(d.drift(), 4)));
    List<String> fractions = new ArrayList<>();
    for (double x : info) {
      fractions.add(Numbers.plain(Double.parseDouble(Numbers.fixed(x, 3))));
    }
    table.note(
        t(
            lang,
            "gsd.protocol.efficacy",
            spec.looks(),
            String.join(", ", fractions),
            Numbers.plain(spec.alpha()),
            name(spec.alphaSpending(), lang),
            String.join(t(lang, "design.join.list"), efficacy)));
    if (futility) {
      table.note(
          t(
              lang,
              "gsd.protocol.futility",
              name(spec.betaSpending(), lang),
              String.join(t(lang, "design.join.list"), stops)));
    }
    table.note(
        t(
            lang,
            "gsd.protocol.inflation",
            Numbers.level(power),
            Numbers.fixed(d.inflationFactor(), 4)));
    return table.build();
  }

  private static Message name(SpendingFunction f, Lang lang) {
    if (f instanceof SpendingFunction.HwangShihDeCani h) {
      return CliMessages.of("gsd.spending.hsd", Numbers.plain(h.gamma()));
    }
    return CliMessages.of("gsd.spending." + f.label());
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
