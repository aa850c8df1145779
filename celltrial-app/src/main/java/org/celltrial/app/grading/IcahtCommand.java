package org.celltrial.app.grading;

import static org.celltrial.app.grading.TimelineOutput.render;
import static org.celltrial.app.grading.TimelineOutput.text;
import static org.celltrial.app.grading.TimelineOutput.time;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.Rejected;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.EarlyIcaht;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icaht.LateIcaht;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.icaht.Run;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial grade icaht}: early and late ICAHT (EHA/EBMT 2023), CTCAE 5.0 grade of every
 * count, febrile neutropenia, prolonged and late cytopenia (G-SAF-1).
 */
@Command(name = "icaht", mixinStandardHelpOptions = true)
public final class IcahtCommand extends LeafCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE")
  Path input;

  @Option(names = "--interpolate-days", paramLabel = "DAYS")
  int interpolateDays = IcahtParameters.DEFAULT.maxInterpolatedGap();

  @Option(names = "--late-end-day", paramLabel = "DAY")
  int lateEndDay = IcahtParameters.DEFAULT.lateEndDay();

  @Option(names = "--late-single-value", arity = "1", paramLabel = "true|false")
  boolean lateSingleValue = IcahtParameters.DEFAULT.lateSingleValue();

  @Option(names = "--landmark-day", paramLabel = "DAY")
  int landmarkDay = IcahtParameters.DEFAULT.landmarkDay();

  @Option(names = "--late-cytopenia-day", paramLabel = "DAY")
  int lateCytopeniaDay = IcahtParameters.DEFAULT.lateCytopeniaDay();

  /** JSON contract of {@code grade icaht} (docs/cli.md). */
  record Result(
      IcahtParameters parameters,
      Early earlyIcaht,
      Late lateIcaht,
      List<Cytopenia> cytopenia,
      List<Febrile> febrileNeutropenia,
      List<Count> counts,
      List<TimelineOutput.RejectedJson> rejected) {}

  /** Early ICAHT. */
  record Early(
      int grade,
      String system,
      Run longestRun500,
      Run longestRun100,
      int lastDay,
      List<Integer> interpolatedDays,
      List<String> reasons) {}

  /** Late ICAHT. */
  record Late(
      Integer grade,
      String system,
      BigDecimal nadir,
      int nadirDay,
      int values,
      List<String> reasons) {}

  /** Prolonged and late cytopenia of one lineage. */
  record Cytopenia(
      String test,
      String term,
      Boolean prolonged,
      int landmarkDay,
      int landmarkValueDay,
      boolean late,
      int lateDay,
      List<String> reasons) {}

  /** Febrile neutropenia on one day. */
  record Febrile(int day, BigDecimal anc, Integer grade, String system, List<String> reasons) {}

  /** One graded count. */
  record Count(
      int index,
      String time,
      int day,
      String test,
      String term,
      BigDecimal value,
      String unit,
      BigDecimal lln,
      Integer grade,
      String system,
      String reason) {}

  @Override
  protected CliResult execute(Lang lang) {
    IcahtParameters d = IcahtParameters.DEFAULT;
    IcahtParameters p =
        new IcahtParameters(
            interpolateDays,
            d.stableRecoveryDays(),
            d.earlyEndDay(),
            lateEndDay,
            lateSingleValue,
            landmarkDay,
            d.landmarkWindowDays(),
            lateCytopeniaDay);
    Hematotoxicity h = HematotoxicityAssessment.assess(JsonInput.read(input, CountsInput.class), p);
    EarlyIcaht.Result e = h.early();
    LateIcaht.Result l = h.late();
    Early early =
        new Early(
            e.grade(),
            e.system().label(),
            e.longest500(),
            e.longest100(),
            e.lastDay(),
            e.interpolatedDays(),
            render(e.reasons(), lang));
    Late late =
        new Late(
            l.grade(),
            l.system().label(),
            l.nadir(),
            l.nadirDay(),
            l.values(),
            render(l.reasons(), lang));
    Table.Builder summary =
        Table.builder(
            text("icaht.title", lang),
            text("icaht.col.item", lang),
            text("grade.col.grade", lang),
            text("grade.col.reasons", lang));
    summary.row(
        text("icaht.early", lang), String.valueOf(e.grade()), String.join("; ", early.reasons()));
    summary.row(
        text("icaht.late", lang),
        l.grade() == null ? "NA" : String.valueOf(l.grade()),
        String.join("; ", late.reasons()));
    summary.note(
        CliMessages.of(
                "icaht.parametersNote",
                p.maxInterpolatedGap(),
                p.stableRecoveryDays(),
                p.lateEndDay())
            .render(lang));
    List<Cytopenia> cytopenia = new ArrayList<>();
    Table.Builder cyt =
        Table.builder(
            CliMessages.of("icaht.cytopenia.title", p.landmarkDay(), p.lateCytopeniaDay())
                .render(lang),
            text("icaht.col.test", lang),
            text("icaht.col.prolonged", lang),
            text("icaht.col.late", lang),
            text("grade.col.reasons", lang));
    for (ProlongedCytopenia.Verdict v : h.cytopenia()) {
      List<String> reasons = render(v.reasons(), lang);
      cytopenia.add(
          new Cytopenia(
              v.test().name(),
              v.test().term(),
              v.prolonged(),
              v.landmarkDay(),
              v.landmarkValueDay(),
              v.late(),
              v.lateDay(),
              reasons));
      cyt.row(
          v.test().term(),
          v.prolonged() == null ? "NA" : yesNo(v.prolonged(), lang),
          yesNo(v.late(), lang),
          String.join("; ", reasons));
    }
    List<Febrile> febrile = new ArrayList<>();
    Table.Builder fn =
        Table.builder(
            text("icaht.fn.title", lang),
            text("grade.col.day", lang),
            "ANC (10^9/L)",
            text("grade.col.grade", lang),
            text("grade.col.reasons", lang));
    for (Hematotoxicity.FebrileDay f : h.febrileNeutropenia()) {
      List<String> reasons = render(f.reasons(), lang);
      febrile.add(
          new Febrile(f.day(), f.anc(), f.grade(), GradingSystem.CTCAE_5_0.label(), reasons));
      fn.row(
          String.valueOf(f.day()),
          f.anc() == null ? "NA" : f.anc().toPlainString(),
          f.grade() == null ? "NA" : String.valueOf(f.grade()),
          String.join("; ", reasons));
    }
    if (h.febrileNeutropenia().isEmpty()) {
      fn.note(text("icaht.fn.none", lang));
    }
    List<Count> counts = new ArrayList<>();
    Table.Builder ct =
        Table.builder(
            text("icaht.counts.title", lang),
            text("grade.col.index", lang),
            text("grade.col.time", lang),
            text("grade.col.day", lang),
            text("icaht.col.test", lang),
            text("icaht.col.value", lang),
            text("grade.col.grade", lang),
            text("grade.col.reasons", lang));
    for (Hematotoxicity.CountGrade c : h.counts()) {
      var g = c.grade();
      counts.add(
          new Count(
              c.index(),
              time(c.time()),
              c.day(),
              g.test().name(),
              g.test().term(),
              g.value(),
              g.test().unit(),
              g.lln(),
              g.grade(),
              g.system().label(),
              g.reason().render(lang)));
      ct.row(
          String.valueOf(c.index()),
          time(c.time()),
          String.valueOf(c.day()),
          g.test().name(),
          g.value().stripTrailingZeros().toPlainString() + " " + g.test().unit(),
          g.grade() == null ? "0-1" : String.valueOf(g.grade()),
          g.reason().render(lang));
    }
    List<TimelineOutput.RejectedJson> rejected = new ArrayList<>();
    for (Rejected x : h.rejected()) {
      rejected.add(
          new TimelineOutput.RejectedJson(
              x.kind(), x.index(), time(x.time()), x.reason().render(lang)));
    }
    List<Table> tables =
        new ArrayList<>(List.of(summary.build(), cyt.build(), fn.build(), ct.build()));
    if (!rejected.isEmpty()) {
      tables.add(TimelineOutput.rejectedTable(h.rejected(), lang));
    }
    return new CliResult(new Result(p, early, late, cytopenia, febrile, counts, rejected), tables);
  }

  private static String yesNo(boolean b, Lang lang) {
    return text(b ? "grade.yes" : "grade.no", lang);
  }
}
