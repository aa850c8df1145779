package org.celltrial.app.grading;

import static org.celltrial.app.grading.TimelineOutput.render;
import static org.celltrial.app.grading.TimelineOutput.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsResult;
import org.celltrial.clinical.grading.tls.TlsVariant;
import org.celltrial.clinical.grading.tls.TumorLysis;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial grade tls}: laboratory and clinical tumor lysis syndrome by Cairo-Bishop 2004
 * and by the Howard 2011 modification, with the Cairo-Bishop clinical grade (G-SAF-1).
 */
@Command(name = "tls", mixinStandardHelpOptions = true)
public final class TlsCommand extends LeafCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE")
  Path input;

  /** JSON contract of {@code grade tls} (docs/cli.md). */
  record Result(List<Variant> variants) {}

  /** The assessment under one definition. */
  record Variant(
      String variant,
      boolean laboratoryTls,
      boolean clinicalTls,
      int clinicalGrade,
      List<String> reasons) {}

  @Override
  protected CliResult execute(Lang lang) {
    TlsInput in = JsonInput.read(input, TlsInput.class);
    List<Variant> variants = new ArrayList<>();
    Table.Builder table =
        Table.builder(
            text("tls.title", lang),
            text("tls.col.variant", lang),
            text("tls.col.laboratory", lang),
            text("tls.col.clinical", lang),
            text("grade.col.grade", lang),
            text("grade.col.reasons", lang));
    for (TlsVariant v : TlsVariant.values()) {
      TlsResult r = TumorLysis.assess(in, v);
      String label = v == TlsVariant.HOWARD_2011 ? "Howard 2011" : "Cairo-Bishop 2004";
      List<String> reasons = render(r.reasons(), lang);
      variants.add(
          new Variant(label, r.laboratoryTls(), r.clinicalTls(), r.clinicalGrade(), reasons));
      table.row(
          label,
          text(r.laboratoryTls() ? "grade.yes" : "grade.no", lang),
          text(r.clinicalTls() ? "grade.yes" : "grade.no", lang),
          String.valueOf(r.clinicalGrade()),
          String.join("; ", reasons));
    }
    table.note(text("tls.note", lang));
    return new CliResult(new Result(variants), List.of(table.build()));
  }
}
