package org.celltrial.app.derive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.all.AllParameters;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.Landmark;
import org.celltrial.clinical.response.bor.LandmarkResult;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgMrd;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.study.Study;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code celltrial derive response}: the response at each assessment under the study's criterion
 * (Lugano 2014, IMWG 2016 or B-ALL), best overall response with ORR/CR/DCR flags, investigator and
 * IRC side by side, landmark response and IMWG MRD (G-EP-2, G-EP-4, G-EP-6, G-EP-7, G-EP-10).
 */
@Command(name = "response", mixinStandardHelpOptions = true)
public final class ResponseCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "FILE")
  Path study;

  @Mixin Criteria criteria = new Criteria();

  @Option(names = "--subject", required = true, paramLabel = "FILE")
  Path subject;

  @Option(names = "--confirm")
  boolean confirm;

  @Option(names = "--include-after-new-therapy")
  boolean includeAfterNewTherapy;

  @Option(names = "--sd-min-days", paramLabel = "DAYS")
  int sdMinDays;

  @Option(names = "--primary", paramLabel = "REVIEW")
  Review primary = Review.INVESTIGATOR;

  @Option(names = "--landmark-day", paramLabel = "DAY")
  Integer landmarkDay;

  @Option(names = "--landmark-window", paramLabel = "DAYS")
  int landmarkWindow = 14;

  @Option(names = "--mrd-threshold", paramLabel = "FRACTION")
  double mrdThreshold = 1e-5;

  @Option(names = "--year-rule", paramLabel = "RULE")
  ImwgMrd.YearRule yearRule = ImwgMrd.YearRule.ANNIVERSARY;

  /** Whose responses are primary (the SAP names it; G-EP-10). */
  enum Review {
    INVESTIGATOR,
    IRC
  }

  /** JSON contract (docs/cli.md). */
  record Result(
      String subject,
      String indication,
      String criterion,
      String origin,
      List<Row> assessments,
      String primary,
      Best investigator,
      Best irc,
      Landmarked landmark,
      List<Mrd> mrd,
      String sustainedMrdNegativeFrom) {}

  /** One assessment. */
  record Row(
      String date,
      long day,
      String observed,
      String label,
      String confirmed,
      List<String> reasons,
      List<String> confirmation) {}

  /** Best overall response of one review. */
  record Best(
      String best,
      String date,
      boolean objectiveResponse,
      boolean completeResponse,
      boolean diseaseControl,
      List<String> reasons) {}

  /** Landmark response. */
  record Landmarked(
      int day,
      int window,
      String status,
      String assessment,
      boolean responder,
      List<String> reasons) {}

  /** One MRD test. */
  record Mrd(
      String date, String method, String status, boolean negativeAt1e6, List<String> reasons) {}

  @Override
  protected CliResult execute(Lang lang) {
    Study s = JsonInput.read(study, Study.class);
    SubjectData d =
        new SubjectData(s.indication(), JsonInput.read(subject, SubjectResponses.class), criteria);
    List<Assessed> assessed = d.assess();
    List<Row> rows = new ArrayList<>();
    Table.Builder t =
        Table.builder(
            text(lang, "derive.response.title", d.subject.id(), s.indication()),
            text(lang, "derive.col.date"),
            text(lang, "derive.col.day"),
            text(lang, "derive.col.observed"),
            text(lang, "derive.col.confirmed"),
            text(lang, "derive.col.reasons"));
    for (Assessed a : assessed) {
      long day = ChronoUnit.DAYS.between(d.origin, a.date());
      List<String> why = render(a.observed().reasons(), lang);
      List<String> conf = render(a.confirmation(), lang);
      rows.add(
          new Row(
              a.date().toString(),
              day,
              a.observed().category().label(),
              a.observed().label(),
              a.confirmed().label(),
              why,
              conf));
      List<String> all = new ArrayList<>(why);
      all.addAll(conf);
      t.row(
          a.date().toString(),
          String.valueOf(day),
          a.observed().label(),
          a.confirmed().label(),
          String.join(" ", all));
    }
    String criterion = assessed.isEmpty() ? "" : assessed.get(0).observed().criterion();
    BorRules rules = new BorRules(confirm, !includeAfterNewTherapy, sdMinDays);
    List<TimePoint> inv = SubjectData.points(assessed);
    Best invBest = best(Bor.best(inv, d.origin, d.cutoff(), rules), lang);
    Best ircBest =
        d.ircPoints().isEmpty()
            ? null
            : best(Bor.best(d.ircPoints(), d.origin, d.cutoff(), rules), lang);
    Table.Builder b =
        Table.builder(
            text(lang, "derive.bor.title", criterion, text(lang, "derive.review." + primary)),
            text(lang, "derive.col.review"),
            text(lang, "derive.col.best"),
            text(lang, "derive.col.date"),
            "ORR",
            "CR",
            "DCR");
    borRow(b, lang, "INVESTIGATOR", invBest);
    if (ircBest != null) {
      borRow(b, lang, "IRC", ircBest);
    }
    invBest.reasons().forEach(b::note);
    Landmarked lm =
        landmark(primary == Review.IRC && ircBest != null ? d.ircPoints() : inv, d, lang);
    if (lm != null) {
      b.note(
          text(lang, "derive.landmark.note", lm.day(), lm.window(), lm.status(), lm.responder()));
      lm.reasons().forEach(b::note);
    }
    List<Mrd> mrd = new ArrayList<>();
    String sustained = null;
    if (d.subject.imwg() != null && d.subject.imwg().mrd() != null) {
      for (MrdTest m : d.subject.imwg().mrd()) {
        ImwgMrd.Result r = ImwgMrd.status(categoryAt(assessed, m.date()), m, mrdThreshold);
        mrd.add(
            new Mrd(
                m.date().toString(),
                m.method().name(),
                r.status().name(),
                r.negativeAt1e6(),
                render(r.reasons(), lang)));
        render(r.reasons(), lang).forEach(b::note);
      }
      LocalDate from = ImwgMrd.sustainedFrom(d.subject.imwg().mrd(), mrdThreshold, yearRule);
      sustained = from == null ? null : from.toString();
      b.note(text(lang, "derive.mrd.sustained", sustained == null ? "-" : sustained, yearRule));
    }
    if (d.subject.all() != null && d.subject.all().assessments() != null) {
      double threshold = AllParameters.DEFAULT.mrdThreshold();
      for (AllAssessment a : d.subject.all().assessments()) {
        if (a.mrd() != null) {
          String why = AllResponse.mrdReason(a.mrd(), threshold).render(lang);
          mrd.add(
              new Mrd(
                  a.date().toString(),
                  a.mrd().method(),
                  AllResponse.mrd(a.mrd(), threshold).name(),
                  false,
                  List.of(why)));
          b.note(a.date() + ": " + why);
        }
      }
    }
    Result json =
        new Result(
            d.subject.id(),
            s.indication().name(),
            criterion,
            d.origin.toString(),
            rows,
            primary.name(),
            invBest,
            ircBest,
            lm,
            mrd,
            sustained);
    return new CliResult(json, List.of(t.build(), b.build()));
  }

  private Landmarked landmark(List<TimePoint> points, SubjectData d, Lang lang) {
    if (landmarkDay == null) {
      return null;
    }
    LocalDate pd =
        points.stream()
            .filter(p -> p.category() == Category.PD)
            .map(TimePoint::date)
            .findFirst()
            .orElse(null);
    LandmarkResult r =
        Landmark.at(
            points,
            d.origin,
            landmarkDay,
            landmarkWindow,
            d.responseMinimum(),
            pd,
            d.death,
            d.cutoff());
    return new Landmarked(
        landmarkDay,
        landmarkWindow,
        r.status().label(),
        r.assessment() == null ? null : r.assessment().toString(),
        r.responder(),
        render(r.reasons(), lang));
  }

  private static Category categoryAt(List<Assessed> assessed, LocalDate date) {
    Category c = Category.NE;
    for (Assessed a : assessed) {
      if (!a.date().isAfter(date)) {
        c = a.confirmed();
      }
    }
    return c;
  }

  private static void borRow(Table.Builder b, Lang lang, String review, Best x) {
    b.row(
        text(lang, "derive.review." + review),
        x.best(),
        x.date() == null ? "-" : x.date(),
        yes(x.objectiveResponse()),
        yes(x.completeResponse()),
        yes(x.diseaseControl()));
  }

  private static Best best(BorResult r, Lang lang) {
    return new Best(
        r.best().label(),
        r.date() == null ? null : r.date().toString(),
        r.objectiveResponse(),
        r.completeResponse(),
        r.diseaseControl(),
        render(r.reasons(), lang));
  }

  private static String yes(boolean b) {
    return b ? "1" : "0";
  }

  static List<String> render(List<Message> m, Lang lang) {
    return m.stream().map(x -> x.render(lang)).toList();
  }

  static String text(Lang lang, String key, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
