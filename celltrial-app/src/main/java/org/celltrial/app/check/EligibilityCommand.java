package org.celltrial.app.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Eligibility;
import org.celltrial.clinical.eligibility.EligibilityReport;
import org.celltrial.clinical.lines.Line;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial check eligibility}: a subject's prior-therapy eligibility (G-POP-1 to 6). */
@Command(name = "eligibility", mixinStandardHelpOptions = true)
public final class EligibilityCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "STUDY.json")
  Path studyFile;

  @Option(names = "--subject", required = true, paramLabel = "SUBJECT.json")
  Path subjectFile;

  @Override
  protected CliResult execute(Lang lang) {
    Study study = JsonInput.read(studyFile, Study.class);
    Subject subject = JsonInput.read(subjectFile, Subject.class);
    DrugDictionary dictionary = DrugDictionary.standard();
    EligibilityReport report = Eligibility.assess(study, subject, dictionary);

    List<Table> tables = new ArrayList<>();
    Table criteria =
        CriterionRows.table(
            CliMessages.of(
                    "eligibility.title",
                    subject.id(),
                    study.id(),
                    CriterionRows.label(report.overall(), lang))
                .render(lang),
            report.criteria(),
            lang);
    tables.add(criteria);
    if (!report.classifications().isEmpty()) {
      tables.add(
          CriterionRows.table(
              CliMessages.of("eligibility.classifications").render(lang),
              report.classifications(),
              lang,
              true));
    }
    Table.Builder lines =
        Table.builder(
            CliMessages.of("eligibility.lines", report.lines().size()).render(lang),
            CliMessages.of("eligibility.col.line").render(lang),
            CliMessages.of("eligibility.col.start").render(lang),
            CliMessages.of("eligibility.col.therapies").render(lang));
    List<Map<String, Object>> linesJson = new ArrayList<>();
    for (Line line : report.lines()) {
      lines.row(String.valueOf(line.number()), line.head().start().toString(), line.label());
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("number", line.number());
      o.put("start", line.head().start().toString());
      o.put("therapies", line.entries().stream().map(e -> e.label()).toList());
      linesJson.add(o);
    }
    if (!report.unknownAgents().isEmpty()) {
      lines.note(
          CliMessages.of("eligibility.unknownAgents", String.join(", ", report.unknownAgents()))
              .render(lang));
    }
    lines.note(CliMessages.of("eligibility.dictionary", report.dictionaryVersion()).render(lang));
    tables.add(lines.build());

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("study", study.id());
    json.put("subject", subject.id());
    json.put("indication", study.indication().name());
    json.put("overall", CriterionRows.code(report.overall()));
    json.put("criteria", CriterionRows.json(report.criteria()));
    json.put("classifications", CriterionRows.json(report.classifications()));
    json.put("priorLines", report.lines().size());
    json.put("lines", linesJson);
    json.put("unknownAgents", report.unknownAgents());
    json.put("dictionaryVersion", report.dictionaryVersion());
    return new CliResult(json, tables);
  }
}
