package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.CommonOptions;
import org.celltrial.app.cli.Format;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.kinetics.BlqAfterPeak;
import org.celltrial.stats.kinetics.GeometricSummary;
import org.celltrial.stats.kinetics.KineticsSummary;
import org.celltrial.stats.kinetics.NcaSettings;
import org.celltrial.stats.kinetics.NonCompartmental;
import org.celltrial.stats.kinetics.Persistence;
import org.celltrial.stats.kinetics.RangeSummary;
import org.celltrial.stats.kinetics.SubjectNca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats nca}: non-compartmental cellular kinetics (G-PH-1) of CAR transgene
 * expansion and persistence, per subject and by group.
 */
@Command(name = "nca", mixinStandardHelpOptions = true)
public final class NcaCommand extends LeafCommand {
  @Option(names = "--data", required = true, paramLabel = "FILE")
  Path data;

  @Option(names = "--subject", required = true, paramLabel = "COLUMN")
  String subject;

  @Option(names = "--time", required = true, paramLabel = "COLUMN")
  String time;

  @Option(names = "--conc", required = true, paramLabel = "COLUMN")
  String conc;

  @Option(names = "--group", paramLabel = "COLUMN")
  String group;

  @Option(names = "--auc-end", paramLabel = "DAY")
  double aucEnd = 28;

  @Option(names = "--lloq", paramLabel = "LLOQ")
  double lloq = 0;

  @Option(names = "--blq-after-peak", paramLabel = "exclude|zero")
  String blqAfterPeak = "exclude";

  @Option(names = "--persist-day", split = ",", paramLabel = "DAY")
  List<String> persistDay = List.of();

  /** JSON contract of {@code stats nca} (docs/cli.md). */
  record Result(Settings settings, List<SubjectRow> subjects, List<GroupRow> groups, int dropped) {}

  /** The analysis settings echoed. */
  record Settings(double aucEnd, double lloq, String blqAfterPeak, double[] persistDays) {}

  /** One subject's parameters; {@code group} is null without {@code --group}. */
  record SubjectRow(
      String subject,
      String group,
      int samples,
      int quantifiable,
      double cmax,
      Double tmax,
      Double clast,
      Double tlast,
      double aucLast,
      Double aucEnd,
      List<DayStatus> persistence) {}

  /** Persistence at one day. */
  record DayStatus(double day, String status) {}

  /** One group's summary. */
  record GroupRow(
      String group,
      int subjects,
      GeometricSummary cmax,
      GeometricSummary aucEnd,
      GeometricSummary aucLast,
      RangeSummary tmax,
      RangeSummary tlast,
      List<DayCount> persistence) {}

  /** Subjects by persistence state at one day. */
  record DayCount(double day, int detectable, int notDetectable, int notEvaluable) {}

  @Override
  protected CliResult execute(Lang lang) {
    double[] days = KmCommand.numbers("--persist-day", persistDay);
    NcaSettings settings = new NcaSettings(aucEnd, lloq, blq(blqAfterPeak), days);
    NcaInput in = NcaInput.read(data, subject, time, conc, group);
    List<SubjectRow> rows = new ArrayList<>();
    List<SubjectNca> results = new ArrayList<>();
    for (NcaInput.Subject s : in.subjects()) {
      SubjectNca r = NonCompartmental.analyse(s.time(), s.conc(), settings);
      results.add(r);
      List<DayStatus> status = new ArrayList<>();
      for (int d = 0; d < days.length; d++) {
        status.add(new DayStatus(days[d], r.persistence().get(d).label()));
      }
      rows.add(
          new SubjectRow(
              s.id(),
              s.group(),
              r.samples(),
              r.quantifiable(),
              r.cmax(),
              r.tmax(),
              r.clast(),
              r.tlast(),
              r.aucLast(),
              r.aucEnd(),
              status));
    }
    List<GroupRow> groups = new ArrayList<>();
    for (String g : in.groups()) {
      List<SubjectNca> members = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (g == null || g.equals(rows.get(i).group())) {
          members.add(results.get(i));
        }
      }
      KineticsSummary k = KineticsSummary.of(members);
      List<DayCount> counts = new ArrayList<>();
      for (int d = 0; d < days.length; d++) {
        int[] c = k.persistence().get(d);
        counts.add(
            new DayCount(
                days[d],
                c[Persistence.DETECTABLE.ordinal()],
                c[Persistence.NOT_DETECTABLE.ordinal()],
                c[Persistence.NOT_EVALUABLE.ordinal()]));
      }
      groups.add(
          new GroupRow(
              g, k.subjects(), k.cmax(), k.aucEnd(), k.aucLast(), k.tmax(), k.tlast(), counts));
    }
    Result result =
        new Result(
            new Settings(aucEnd, lloq, settings.blqAfterPeak().label(), days),
            rows,
            groups,
            in.dropped());
    boolean csv = CommonOptions.effective(common, spec).format() == Format.CSV;
    NcaTables tables = new NcaTables(lang, result);
    return new CliResult(
        result, csv ? List.of(tables.subjects()) : List.of(tables.subjects(), tables.groups()));
  }

  private static BlqAfterPeak blq(String value) {
    for (BlqAfterPeak b : BlqAfterPeak.values()) {
      if (b.label().equals(value.toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    throw new CelltrialException(CliMessages.of("nca.blqAfterPeak", value));
  }
}
