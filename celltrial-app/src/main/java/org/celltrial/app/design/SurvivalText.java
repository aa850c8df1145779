package org.celltrial.app.design;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.survival.SurvivalSampleSize;
import org.celltrial.design.survival.SurvivalSpec;

/** The text and CSV tables of {@code design survival}, ending with a protocol paragraph. */
final class SurvivalText {
  private SurvivalText() {}

  static List<Table> tables(
      SurvivalSpec spec,
      SurvivalSampleSize.Events events,
      long eventsRounded,
      SurvivalCommand.Patients patients,
      Lang lang) {
    Table.Builder first =
        Table.builder(
            t(lang, "survival.title", Numbers.plain(spec.hazardRatio())),
            t(lang, "design.col.item"),
            t(lang, "design.col.value"));
    first.row(t(lang, "survival.row.hr"), Numbers.plain(spec.hazardRatio()));
    first.row(t(lang, "survival.row.alpha"), alpha(spec, lang));
    first.row(t(lang, "survival.row.power"), Numbers.level(spec.power()));
    first.row(t(lang, "survival.row.ratio"), Numbers.plain(spec.allocationRatio()) + " : 1");
    first.row(t(lang, "survival.row.method"), t(lang, "survival.method." + spec.method().label()));
    first.row(t(lang, "survival.row.z"), Numbers.fixed(events.z(), 4));
    first.row(t(lang, "survival.row.events"), Numbers.fixed(events.events(), 2));
    first.row(t(lang, "survival.row.eventsRounded"), Long.toString(eventsRounded));
    String paragraph =
        t(
            lang,
            "survival.protocol.events",
            t(lang, "design.sided." + spec.sided()),
            Numbers.plain(spec.allocationRatio()),
            eventsRounded,
            Numbers.level(spec.power()),
            Numbers.plain(spec.hazardRatio()),
            t(lang, "survival.method." + spec.method().label()),
            Numbers.plain(spec.alpha()));
    List<Table> tables = new ArrayList<>();
    if (patients == null) {
      tables.add(first.note(paragraph).build());
      return tables;
    }
    tables.add(first.build());
    Table.Builder second =
        Table.builder(
            t(lang, "survival.patients.title"),
            t(lang, "design.col.item"),
            t(lang, "survival.col.cart"),
            t(lang, "survival.col.control"),
            t(lang, "survival.col.total"));
    double r = spec.allocationRatio();
    second.row(
        t(lang, "survival.row.median"),
        Numbers.fixed(patients.median1(), 2),
        Numbers.fixed(patients.median2(), 2),
        "");
    second.row(
        t(lang, "survival.row.hazard"),
        Numbers.fixed(patients.hazard1(), 5),
        Numbers.fixed(patients.hazard2(), 5),
        "");
    second.row(
        t(lang, "survival.row.eventProbability"),
        Numbers.fixed(patients.eventProbability1(), 4),
        Numbers.fixed(patients.eventProbability2(), 4),
        Numbers.fixed(
            (r * patients.eventProbability1() + patients.eventProbability2()) / (1 + r), 4));
    second.row(
        t(lang, "survival.row.patients"),
        Numbers.fixed(patients.patients1(), 2),
        Numbers.fixed(patients.patients2(), 2),
        Numbers.fixed(patients.patients(), 2));
    long total = patients.patients1Rounded() + patients.patients2Rounded();
    second.row(
        t(lang, "survival.row.patientsRounded"),
        Long.toString(patients.patients1Rounded()),
        Long.toString(patients.patients2Rounded()),
        Long.toString(total));
    second.note(
        t(
            lang,
            "survival.note.timing",
            Numbers.plain(patients.accrualTime()),
            Numbers.plain(patients.followUpTime()),
            Numbers.fixed(patients.accrualIntensity(), 2),
            Numbers.plain(patients.analysisTime())));
    second.note(paragraph);
    second.note(
        t(
            lang,
            "survival.protocol.patients",
            Numbers.fixed(patients.median2(), 1),
            Numbers.fixed(patients.median1(), 1),
            Numbers.plain(patients.accrualTime()),
            Numbers.plain(patients.followUpTime()),
            Numbers.percent(patients.dropoutRate()),
            Numbers.plain(patients.dropoutTime()),
            total,
            patients.patients1Rounded(),
            patients.patients2Rounded(),
            Numbers.plain(patients.analysisTime())));
    tables.add(second.build());
    return tables;
  }

  private static String alpha(SurvivalSpec spec, Lang lang) {
    return t(lang, "design.alpha." + spec.sided() + "sided", Numbers.plain(spec.alpha()));
  }

  static String t(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
