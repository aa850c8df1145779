package org.celltrial.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Table;
import org.celltrial.app.simulation.TrialFiles;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code celltrial analyze}: one trial's report for the sponsor and the safety review group
 * (G-SAF-5) in Chinese and English, from a study package or a generated demonstration trial
 * (docs/analysis.md).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true)
public final class AnalyzeCommand extends LeafCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "OUT")
  Path out;

  @Option(names = "--report-langs", split = ",", paramLabel = "zh,en")
  List<String> reportLangs = List.of("zh", "en");

  @Option(names = "--sdtm", paramLabel = "SDTM")
  Path sdtm;

  @Option(names = "--demo")
  boolean demo;

  @Option(names = "--indication", paramLabel = "b-all|lbcl|mm")
  String indication = "lbcl";

  @Option(names = "--n", paramLabel = "N")
  int n = 120;

  @Option(names = "--seed", paramLabel = "SEED")
  long seed = 7;

  @Option(names = "--pdf-font", paramLabel = "FILE")
  Path pdfFont;

  /** Where a CJK font is looked for when {@code --pdf-font} is not given ({@link PdfFont}). */
  List<Path> fontCandidates = PdfFont.CANDIDATES;

  /** The clock of the report's one timestamp line (the only line that differs between runs). */
  Clock clock = Clock.systemUTC();

  @Override
  protected CliResult execute(Lang lang) {
    if ((demo ? 1 : 0) + (dir != null ? 1 : 0) + (sdtm != null ? 1 : 0) != 1) {
      throw new CelltrialException(CliMessages.of("analyze.oneSource"));
    }
    List<Lang> langs = new ArrayList<>();
    for (String code : reportLangs) {
      langs.add(Lang.fromCode(code.trim()));
    }
    Path cjkFont = PdfFont.find(pdfFont, fontCandidates);
    String stamp = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    StudyAnalysis[] result = new StudyAnalysis[1];
    List<String> written = new ArrayList<>();
    ReportFiles.atomically(
        out,
        tmp -> {
          Path studyDir = dir;
          if (demo) {
            studyDir = tmp.resolve("study");
            TrialFiles.write(
                StudySimulator.simulate(SimIndication.parse(indication), n, seed), studyDir);
            written.add("study/");
          }
          try (AdamFiles adam = AdamFiles.open(tmp)) {
            AnalysisInput input;
            if (sdtm != null) {
              StudyDirectory.StudyPackage in = SdtmDirectory.read(sdtm);
              input = in.input();
              adam.appendAll(input, in.adam());
            } else {
              input = StudyDirectory.read(studyDir, adam);
            }
            adam.finishRecords(stamp);
            result[0] = StudyAnalysis.of(input);
            written.addAll(ReportFiles.write(result[0], adam, langs, stamp, cjkFont, tmp));
          } catch (IOException | UncheckedIOException e) {
            throw new CelltrialException(
                CliMessages.of("analyze.writeFailed", tmp, String.valueOf(e.getMessage())), e);
          }
        });
    StudyAnalysis a = result[0];
    Table.Builder t =
        Table.builder(
            CliMessages.of("analyze.summary.title", a.input().studyId(), out).render(lang),
            CliMessages.of("analyze.col.item").render(lang),
            CliMessages.of("analyze.col.value").render(lang));
    t.row(CliMessages.of("analyze.row.verdict").render(lang), Html.verdictLine(a, lang));
    t.row(
        CliMessages.of("analyze.row.enrolledInfused").render(lang),
        a.enrolled() + " / " + a.infused());
    t.row(
        CliMessages.of("analyze.row.crs3").render(lang),
        a.infused() == 0
            ? "-"
            : a.crsGrade3() + " (" + Html.pct(a.crsGrade3() / (double) a.infused()) + ")");
    if (cjkFont == null) {
      String noPdf = CliMessages.of("analyze.pdf.noFont", PdfFont.CANDIDATES.get(0)).render(lang);
      spec.commandLine().getErr().println(noPdf);
      t.row(CliMessages.of("analyze.row.pdf").render(lang), noPdf);
    }
    for (String f : written) {
      if (!f.startsWith("tables/")) {
        t.row(CliMessages.of("analyze.row.file").render(lang), out.resolve(f).toString());
      }
    }
    t.row(
        CliMessages.of("analyze.row.tables").render(lang),
        out.resolve("tables")
            + " ("
            + written.stream().filter(f -> f.startsWith("tables/")).count()
            + ")");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("study", a.input().studyId());
    json.put("verdictMet", (a.mitt() != null ? a.mitt() : a.itt()).met());
    json.put("enrolled", a.enrolled());
    json.put("infused", a.infused());
    json.put("responders", a.mittResponders());
    json.put("crsGrade3Plus", a.crsGrade3());
    json.put("targetP0", a.itt().target());
    json.put("files", written);
    json.put("pdfFont", cjkFont == null ? null : cjkFont.toString());
    return new CliResult(json, List.of(t.build()));
  }
}
