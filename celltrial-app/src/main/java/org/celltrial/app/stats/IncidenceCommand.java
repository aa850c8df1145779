package org.celltrial.app.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.safety.malignancy.BackgroundRate;
import org.celltrial.clinical.safety.malignancy.ExpectedCases;
import org.celltrial.clinical.safety.malignancy.IncidenceRate;
import org.celltrial.clinical.safety.malignancy.PersonTime;
import org.celltrial.clinical.safety.malignancy.StandardizedIncidenceRatio;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial stats incidence}: an incidence rate per 100 person-years with its exact Poisson
 * interval and, with {@code --expected} or a {@code --cohort} file of background rates and
 * person-time, the standardized incidence ratio O/E (G-SAF-6).
 */
@Command(name = "incidence", mixinStandardHelpOptions = true)
public final class IncidenceCommand extends LeafCommand {
  @Option(names = "--events", required = true, paramLabel = "X")
  int events;

  @Option(names = "--person-years", paramLabel = "T")
  Double personYears;

  @Option(names = "--expected", paramLabel = "E")
  Double expected;

  @Option(names = "--cohort", paramLabel = "FILE")
  Path cohort;

  @Option(names = "--level", paramLabel = "LEVEL")
  double level = 0.95;

  /** The background rates and the subjects' time at risk (docs/data-format.md). */
  record Cohort(List<BackgroundRate> background, List<PersonTime> subjects) {}

  /** JSON contract of {@code stats incidence} (docs/cli.md). */
  record Result(IncidenceRate rate, StandardizedIncidenceRatio sir, String method) {}

  @Override
  protected CliResult execute(Lang lang) {
    Double e = expected;
    Double t = personYears;
    if (cohort != null) {
      if (expected != null) {
        throw new CelltrialException(CliMessages.of("incidence.cohortAndExpected"));
      }
      Cohort c = JsonInput.read(cohort, Cohort.class);
      List<PersonTime> subjects = c.subjects() == null ? List.of() : c.subjects();
      e = ExpectedCases.of(subjects, c.background() == null ? List.of() : c.background());
      if (t == null) {
        t = subjects.stream().mapToDouble(PersonTime::years).sum();
      }
    }
    if (t == null) {
      throw new CelltrialException(CliMessages.of("incidence.noPersonYears"));
    }
    double py = t;
    IncidenceRate rate = IncidenceRate.of(events, py, level);
    StandardizedIncidenceRatio sir =
        e == null ? null : StandardizedIncidenceRatio.of(events, e, level);
    Table.Builder table =
        Table.builder(
            CliMessages.of("incidence.title", events, Numbers.plain(py)).render(lang),
            CliMessages.of("incidence.col.measure").render(lang),
            CliMessages.of("incidence.col.estimate").render(lang),
            CliMessages.of("binom.col.lower").render(lang),
            CliMessages.of("binom.col.upper").render(lang));
    table.row(
        CliMessages.of("incidence.rate").render(lang),
        Numbers.fixed(rate.ratePer100(), 4),
        Numbers.fixed(rate.lowerPer100(), 4),
        Numbers.fixed(rate.upperPer100(), 4));
    if (sir != null) {
      table.row(
          CliMessages.of("incidence.sir", Numbers.plain(sir.expected())).render(lang),
          Numbers.fixed(sir.sir(), 4),
          Numbers.fixed(sir.lower(), 4),
          Numbers.fixed(sir.upper(), 4));
      table.note(CliMessages.of("incidence.sirP", Numbers.pValue(sir.pValue())).render(lang));
    }
    table.note(CliMessages.of("incidence.note", Numbers.level(level)).render(lang));
    List<Table> tables = new ArrayList<>(List.of(table.build()));
    return new CliResult(new Result(rate, sir, "exact Poisson (Garwood 1936)"), tables);
  }
}
