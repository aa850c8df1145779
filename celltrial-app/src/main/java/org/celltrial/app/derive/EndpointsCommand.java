package org.celltrial.app.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.endpoints.CensorPolicy;
import org.celltrial.clinical.endpoints.DayCount;
import org.celltrial.clinical.endpoints.Endpoints;
import org.celltrial.clinical.endpoints.TteParameters;
import org.celltrial.clinical.endpoints.TteRecord;
import org.celltrial.clinical.study.Study;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code celltrial derive endpoints}: one row per time-to-event endpoint (OS, PFS, EFS, DOR, DFS,
 * NRM, RELAPSE) with origin, date, days, status and reason, under FDA-2018-style censoring policies
 * (G-EP-1, G-EP-2, G-EP-8, G-EP-9, G-EP-11).
 */
@Command(name = "endpoints", mixinStandardHelpOptions = true)
public final class EndpointsCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "FILE")
  Path study;

  @Mixin Criteria criteria = new Criteria();

  @Option(names = "--subject", required = true, paramLabel = "FILE")
  Path subject;

  @Option(names = "--day-count", paramLabel = "RULE")
  DayCount dayCount = DayCount.DIFFERENCE;

  @Option(names = "--new-therapy", paramLabel = "POLICY")
  CensorPolicy newTherapy = CensorPolicy.CENSOR_AT_LAST_ASSESSMENT;

  @Option(names = "--hsct", paramLabel = "POLICY")
  CensorPolicy hsct = CensorPolicy.CENSOR_AT_LAST_ASSESSMENT;

  @Option(names = "--efs-new-therapy", paramLabel = "POLICY")
  CensorPolicy efsNewTherapy = CensorPolicy.EVENT;

  @Option(names = "--missed-assessments", paramLabel = "POLICY")
  CensorPolicy missed = CensorPolicy.CENSOR_AT_LAST_ASSESSMENT;

  @Option(names = "--interval-days", paramLabel = "DAYS")
  int intervalDays = 91;

  @Option(names = "--window-days", paramLabel = "DAYS")
  int windowDays = 14;

  @Option(names = "--efs-no-response-day", paramLabel = "DAY")
  Integer efsNoResponseDay;

  @Option(names = "--efs-window-start-day", paramLabel = "DAY")
  Integer efsWindowStartDay;

  @Option(names = "--primary", paramLabel = "REVIEW")
  ResponseCommand.Review primary = ResponseCommand.Review.INVESTIGATOR;

  /** JSON contract (docs/cli.md). */
  record Result(String subject, String dayCount, String primary, List<Row> endpoints) {}

  /** One endpoint. */
  record Row(
      String endpoint,
      boolean inAnalysisSet,
      String origin,
      String date,
      Long days,
      Integer status,
      String reason,
      String explanation) {}

  @Override
  protected CliResult execute(Lang lang) {
    Study s = JsonInput.read(study, Study.class);
    SubjectData d =
        new SubjectData(s.indication(), JsonInput.read(subject, SubjectResponses.class), criteria);
    TteParameters p =
        new TteParameters(
            dayCount,
            newTherapy,
            hsct,
            efsNewTherapy,
            missed,
            intervalDays,
            windowDays,
            d.responseMinimum(),
            efsNoResponseDay,
            efsWindowStartDay,
            true);
    var points =
        primary == ResponseCommand.Review.IRC && !d.ircPoints().isEmpty()
            ? d.ircPoints()
            : SubjectData.points(d.assess());
    List<Row> rows = new ArrayList<>();
    Table.Builder t =
        Table.builder(
            ResponseCommand.text(lang, "derive.endpoints.title", d.subject.id(), dayCount),
            ResponseCommand.text(lang, "derive.col.endpoint"),
            ResponseCommand.text(lang, "derive.col.origin"),
            ResponseCommand.text(lang, "derive.col.date"),
            ResponseCommand.text(lang, "derive.col.days"),
            ResponseCommand.text(lang, "derive.col.status"),
            ResponseCommand.text(lang, "derive.col.reasons"));
    for (TteRecord r : Endpoints.derive(d.course(points), p)) {
      String why = r.explanation().render(lang);
      rows.add(
          new Row(
              r.endpoint().name(),
              r.inAnalysisSet(),
              str(r.origin()),
              str(r.date()),
              r.inAnalysisSet() ? r.days() : null,
              r.inAnalysisSet() ? r.status() : null,
              r.reason(),
              why));
      t.row(
          r.endpoint().name(),
          str(r.origin()),
          str(r.date()),
          r.inAnalysisSet() ? String.valueOf(r.days()) : "-",
          r.inAnalysisSet() ? String.valueOf(r.status()) : "-",
          why);
    }
    t.note(ResponseCommand.text(lang, "derive.endpoints.note"));
    return new CliResult(
        new Result(d.subject.id(), dayCount.name(), primary.name(), rows), List.of(t.build()));
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
