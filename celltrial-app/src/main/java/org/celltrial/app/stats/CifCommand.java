package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.data.CsvData;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.competing.CumulativeIncidence;
import org.celltrial.stats.competing.FineGray;
import org.celltrial.stats.competing.FineGrayFit;
import org.celltrial.stats.competing.GrayTest;
import org.celltrial.stats.competing.GrayTestResult;
import org.celltrial.stats.competing.IncidenceCurve;
import org.celltrial.stats.competing.IncidencePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats cif}: cumulative incidence of competing events (relapse, non-relapse
 * mortality; G-EP-1, G-EP-9) by group, Gray's test and Fine–Gray regression, as R's cmprsk.
 */
@Command(name = "cif", mixinStandardHelpOptions = true)
public final class CifCommand extends LeafCommand {
  @Option(names = "--data", required = true, paramLabel = "FILE")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN")
  String time;

  @Option(names = "--status", required = true, paramLabel = "COLUMN")
  String status;

  @Option(names = "--group", paramLabel = "COLUMN")
  String group;

  @Option(names = "--strata", paramLabel = "COLUMN")
  String strata;

  @Option(names = "--at", split = ",", paramLabel = "TIME")
  List<Double> at = new ArrayList<>();

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  @Option(names = "--covariates", split = ",", paramLabel = "COLUMN")
  List<String> covariates = new ArrayList<>();

  @Option(names = "--factors", split = ",", paramLabel = "COLUMN")
  List<String> factors = new ArrayList<>();

  @Option(names = "--failcode", paramLabel = "CAUSE")
  Integer failcode;

  /** JSON contract of {@code stats cif} (docs/cli.md). */
  record Result(List<Curve> curves, List<Gray> grayTests, FineGrayFit fineGray, int dropped) {}

  /** Gray's test of one cause. */
  record Gray(int cause, double statistic, int df, double p) {}

  /** One cause in one group. */
  record Curve(
      String group,
      int cause,
      double[] time,
      double[] estimate,
      double[] variance,
      double[] lower,
      double[] upper,
      List<IncidencePoint> at) {}

  @Override
  protected CliResult execute(Lang lang) {
    if (failcode != null && covariates.isEmpty()) {
      throw new CelltrialException(CliMessages.of("cif.failcodeAlone", failcode));
    }
    if (strata != null && group == null) {
      throw new CelltrialException(CliMessages.of("cif.strataAlone", strata));
    }
    for (double t : at) {
      if (!(t >= 0 && Double.isFinite(t))) {
        throw new CelltrialException(CliMessages.of("cif.at", Numbers.plain(t)));
      }
    }
    CifInput input =
        CifInput.read(CsvData.read(data), time, status, group, strata, covariates, factors);
    int groups = group == null ? 1 : input.groupLabels().size();
    List<IncidenceCurve> estimated =
        CumulativeIncidence.estimate(input.time(), input.status(), input.group(), groups);
    List<Curve> curves = new ArrayList<>();
    for (IncidenceCurve c : estimated) {
      IncidencePoint[] points = c.points(level);
      double[] lower = new double[points.length];
      double[] upper = new double[points.length];
      for (int i = 0; i < points.length; i++) {
        lower[i] = points[i].lower();
        upper[i] = points[i].upper();
      }
      List<IncidencePoint> values = new ArrayList<>();
      for (double t : at.stream().sorted().distinct().toList()) {
        values.add(c.at(t, level));
      }
      curves.add(
          new Curve(
              group == null ? null : input.groupLabels().get(c.group()),
              c.cause(),
              c.time(),
              c.estimate(),
              c.variance(),
              lower,
              upper,
              values));
    }
    List<Gray> tests = new ArrayList<>();
    if (group != null) {
      List<GrayTestResult> results =
          GrayTest.test(
              input.time(),
              input.status(),
              input.group(),
              groups,
              input.strata(),
              input.strataCount(),
              0);
      for (GrayTestResult g : results) {
        tests.add(new Gray(g.cause(), g.statistic(), g.df(), g.pValue()));
      }
    }
    FineGrayFit fit =
        covariates.isEmpty()
            ? null
            : FineGray.fit(
                input.time(),
                input.status(),
                input.covariates(),
                input.names(),
                failcode == null ? 1 : failcode,
                level);
    Result result = new Result(curves, tests, fit, input.dropped());
    return new CliResult(result, CifTables.of(result, level, group != null, strata, lang));
  }
}
