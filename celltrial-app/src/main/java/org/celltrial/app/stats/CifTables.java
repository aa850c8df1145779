package org.celltrial.app.stats;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.competing.FineGrayCoefficient;
import org.celltrial.stats.competing.FineGrayFit;
import org.celltrial.stats.competing.IncidencePoint;

/** The text and CSV tables of {@code stats cif}. */
final class CifTables {
  private CifTables() {}

  static List<Table> of(
      CifCommand.Result result, double level, boolean grouped, String strata, Lang lang) {
    List<Table> tables = new ArrayList<>();
    tables.add(incidence(result, level, lang));
    if (grouped) {
      tables.add(gray(result.grayTests(), strata, lang));
    }
    if (result.fineGray() != null) {
      tables.add(fineGray(result.fineGray(), lang));
    }
    return tables;
  }

  private static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }

  private static Table incidence(CifCommand.Result result, double level, Lang lang) {
    Table.Builder table =
        Table.builder(
            t(lang, "cif.title"),
            t(lang, "cif.col.group"),
            t(lang, "cif.col.cause"),
            t(lang, "cif.col.time"),
            t(lang, "cif.col.estimate"),
            t(lang, "cif.col.se"),
            t(lang, "cif.col.lower"),
            t(lang, "cif.col.upper"));
    for (CifCommand.Curve c : result.curves()) {
      List<IncidencePoint> points = c.at();
      if (points.isEmpty()) {
        int last = c.time().length - 1;
        points =
            List.of(
                new IncidencePoint(
                    c.time()[last],
                    c.estimate()[last],
                    c.variance()[last],
                    c.lower()[last],
                    c.upper()[last]));
      }
      for (IncidencePoint p : points) {
        table.row(
            c.group() == null ? t(lang, "cif.all") : c.group(),
            Integer.toString(c.cause()),
            Numbers.plain(p.time()),
            Numbers.fixed(p.estimate(), 4),
            Numbers.fixed(Math.sqrt(p.variance()), 4),
            Numbers.fixed(p.lower(), 4),
            Numbers.fixed(p.upper(), 4));
      }
    }
    table.note(t(lang, "cif.note.method", Numbers.level(level)));
    if (result.curves().stream().allMatch(c -> c.at().isEmpty())) {
      table.note(t(lang, "cif.note.last"));
    }
    table.note(t(lang, "cif.note.na"));
    table.note(t(lang, "cif.note.nrm"));
    table.note(t(lang, "cif.note.dropped", result.dropped()));
    return table.build();
  }

  private static Table gray(List<CifCommand.Gray> tests, String strata, Lang lang) {
    Table.Builder table =
        Table.builder(
            t(lang, "cif.gray.title"),
            t(lang, "cif.col.cause"),
            t(lang, "cif.gray.col.statistic"),
            t(lang, "cif.gray.col.df"),
            t(lang, "cif.gray.col.p"));
    for (CifCommand.Gray g : tests) {
      table.row(
          Integer.toString(g.cause()),
          Numbers.fixed(g.statistic(), 4),
          Integer.toString(g.df()),
          Numbers.pValue(g.p()));
    }
    table.note(t(lang, "cif.gray.note"));
    if (tests.stream().anyMatch(g -> g.statistic() < 0)) {
      table.note(t(lang, "cif.gray.negative"));
    }
    if (strata != null) {
      table.note(t(lang, "cif.gray.strata", strata));
    }
    return table.build();
  }

  private static Table fineGray(FineGrayFit fit, Lang lang) {
    Table.Builder table =
        Table.builder(
            t(lang, "cif.fg.title", fit.failcode()),
            t(lang, "cif.fg.col.covariate"),
            t(lang, "cif.fg.col.coef"),
            t(lang, "cif.fg.col.se"),
            t(lang, "cif.fg.col.hr"),
            t(lang, "cif.col.lower"),
            t(lang, "cif.col.upper"),
            t(lang, "cif.fg.col.z"),
            t(lang, "cif.gray.col.p"));
    for (FineGrayCoefficient c : fit.coefficients()) {
      table.row(
          c.name(),
          Numbers.fixed(c.coef(), 4),
          Numbers.fixed(c.se(), 4),
          Numbers.fixed(c.hazardRatio(), 4),
          Numbers.fixed(c.lower(), 4),
          Numbers.fixed(c.upper(), 4),
          Numbers.fixed(c.z(), 3),
          Numbers.pValue(c.p()));
    }
    table.note(
        t(
            lang,
            "cif.fg.note",
            fit.n(),
            fit.events(),
            Numbers.fixed(fit.logLik(), 4),
            Numbers.fixed(fit.logLikNull(), 4),
            Numbers.level(fit.level())));
    if (!fit.converged()) {
      table.note(t(lang, "cif.fg.notConverged", fit.iterations()));
    }
    return table.build();
  }
}
