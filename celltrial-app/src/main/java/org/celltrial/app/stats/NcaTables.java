package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.kinetics.GeometricSummary;
import org.celltrial.stats.kinetics.RangeSummary;

/** The text and CSV tables of {@code stats nca}. */
final class NcaTables {
  private final Lang lang;
  private final NcaCommand.Result result;

  NcaTables(Lang lang, NcaCommand.Result result) {
    this.lang = lang;
    this.result = result;
  }

  private String t(String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }

  /** One row per subject. */
  Table subjects() {
    String end = Numbers.plain(result.settings().aucEnd());
    List<String> header =
        new ArrayList<>(
            List.of(
                t("nca.col.subject"),
                t("nca.col.group"),
                t("nca.col.samples"),
                "Cmax",
                "Tmax",
                "Clast",
                "Tlast",
                "AUClast",
                "AUC0-" + end));
    for (double day : result.settings().persistDays()) {
      header.add(t("nca.col.persist", Numbers.plain(day)));
    }
    Table.Builder table = Table.builder(t("nca.title.subjects"), header.toArray(String[]::new));
    for (NcaCommand.SubjectRow s : result.subjects()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  s.subject(),
                  s.group() == null ? "" : s.group(),
                  s.quantifiable() + "/" + s.samples(),
                  num(s.cmax()),
                  num(s.tmax()),
                  num(s.clast()),
                  num(s.tlast()),
                  num(s.aucLast()),
                  num(s.aucEnd())));
      for (NcaCommand.DayStatus d : s.persistence()) {
        row.add(t("nca.persistence." + d.status()));
      }
      table.row(row);
    }
    table.note(
        t(
            "nca.rulesNote",
            t("nca.blqAfter." + result.settings().blqAfterPeak()),
            Numbers.plain(result.settings().lloq()),
            end));
    if (result.dropped() > 0) {
      table.note(t("nca.droppedNote", result.dropped()));
    }
    return table.build();
  }

  /** One row per group. */
  Table groups() {
    String end = Numbers.plain(result.settings().aucEnd());
    List<String> header =
        new ArrayList<>(
            List.of(
                t("nca.col.group"),
                "n",
                t("nca.col.geo", "Cmax"),
                t("nca.col.geo", "AUC0-" + end),
                t("nca.col.median", "Tmax")));
    for (double day : result.settings().persistDays()) {
      header.add(t("nca.col.detectable", Numbers.plain(day)));
    }
    Table.Builder table = Table.builder(t("nca.title.groups"), header.toArray(String[]::new));
    for (NcaCommand.GroupRow g : result.groups()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  g.group() == null ? t("nca.allSubjects") : g.group(),
                  String.valueOf(g.subjects()),
                  geo(g.cmax()),
                  geo(g.aucEnd()),
                  range(g.tmax())));
      for (NcaCommand.DayCount d : g.persistence()) {
        row.add(d.detectable() + "/" + (d.detectable() + d.notDetectable()));
      }
      table.row(row);
    }
    table.note(t("nca.groupNote"));
    return table.build();
  }

  private static String num(Double v) {
    return v == null ? "NA" : Numbers.plain(Double.parseDouble(Numbers.fixed(v, 4)));
  }

  private static String geo(GeometricSummary g) {
    if (g.n() == 0) {
      return "NA";
    }
    String cv = g.geometricCv() == null ? "NA" : Numbers.fixed(g.geometricCv(), 1);
    return num(g.geometricMean()) + " (" + cv + "%) n=" + g.n();
  }

  private static String range(RangeSummary r) {
    if (r.n() == 0) {
      return "NA";
    }
    return num(r.median()) + " (" + num(r.min()) + "-" + num(r.max()) + ")";
  }
}
