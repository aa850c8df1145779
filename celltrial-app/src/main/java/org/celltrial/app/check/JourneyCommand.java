package org.celltrial.app.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.bridging.Bridging;
import org.celltrial.clinical.bridging.BridgingReport;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.journey.Finding;
import org.celltrial.clinical.journey.JourneyCheck;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial check journey}: bridging washouts, re-baseline and same-target bridging (G-BR-2
 * to G-BR-4), the bridging stratum (G-BR-3) and the date order of the cell-therapy journey.
 */
@Command(name = "journey", mixinStandardHelpOptions = true)
public final class JourneyCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "STUDY.json")
  Path studyFile;

  @Option(names = "--subject", required = true, paramLabel = "SUBJECT.json")
  Path subjectFile;

  @Override
  protected CliResult execute(Lang lang) {
    Study study = JsonInput.read(studyFile, Study.class);
    Subject subject = JsonInput.read(subjectFile, Subject.class);
    BridgingReport bridging = Bridging.assess(study, subject, DrugDictionary.standard());
    List<Finding> findings = JourneyCheck.check(subject.journey(), study.protocol());

    Table.Builder bridgingTable =
        Table.builder(
            CliMessages.of("journey.bridging.title", subject.id(), study.id()).render(lang),
            CliMessages.of("check.col.rule").render(lang),
            CliMessages.of("check.col.criterion").render(lang),
            CliMessages.of("check.col.verdict").render(lang),
            CliMessages.of("check.col.reason").render(lang));
    CriterionRows.table("", bridging.checks(), lang).rows().forEach(bridgingTable::row);
    String stratum = bridging.stratum().name();
    bridgingTable.note(
        CliMessages.of(
                "journey.stratum",
                CliMessages.of("journey.stratum." + stratum).render(lang),
                stratum)
            .render(lang));
    if (!bridging.unknownAgents().isEmpty()) {
      bridgingTable.note(
          CliMessages.of("eligibility.unknownAgents", String.join(", ", bridging.unknownAgents()))
              .render(lang));
    }

    Table.Builder findingTable =
        Table.builder(
            CliMessages.of("journey.findings.title", findings.size()).render(lang),
            CliMessages.of("journey.col.location").render(lang),
            CliMessages.of("check.col.rule").render(lang),
            CliMessages.of("journey.col.severity").render(lang),
            CliMessages.of("journey.col.message").render(lang));
    List<Map<String, Object>> findingsJson = new ArrayList<>();
    for (Finding f : findings) {
      String severity = f.severity().name().toLowerCase(Locale.ROOT);
      findingTable.row(
          f.location(),
          f.rule(),
          CliMessages.of("journey.severity." + severity).render(lang),
          f.message().render(lang));
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("location", f.location());
      o.put("rule", f.rule());
      o.put("severity", severity);
      o.put("message", CriterionRows.bilingual(f.message()));
      findingsJson.add(o);
    }

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("study", study.id());
    json.put("subject", subject.id());
    json.put("bridgingStratum", stratum);
    json.put("bridging", CriterionRows.json(bridging.checks()));
    json.put("findings", findingsJson);
    json.put("unknownAgents", bridging.unknownAgents());
    return new CliResult(json, List.of(bridgingTable.build(), findingTable.build()));
  }
}
