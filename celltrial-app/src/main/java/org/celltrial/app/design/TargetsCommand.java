package org.celltrial.app.design;

import static org.celltrial.app.design.SingleArmCommand.text;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.controls.Bilingual;
import org.celltrial.design.controls.ControlLibrary;
import org.celltrial.design.controls.HistoricalControl;
import org.celltrial.design.controls.Indication;
import org.celltrial.design.controls.TargetAdvisor;
import org.celltrial.design.controls.TargetBasis;
import org.celltrial.design.controls.TargetProposal;
import org.celltrial.stats.binomial.ProportionInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code celltrial design targets}: historical controls and a proposed target value. */
@Command(name = "targets", mixinStandardHelpOptions = true)
public final class TargetsCommand extends LeafCommand {
  @Option(names = "--indication", required = true, paramLabel = "lbcl|b-all|mm")
  String indication;

  @Option(names = "--line", paramLabel = "LINE")
  String line;

  @Option(names = "--basis", paramLabel = "auto|bat|car-t")
  String basis = "auto";

  /** JSON contract of {@code design targets} (docs/cli.md). */
  record Result(
      String indication,
      String line,
      String basis,
      String libraryVersion,
      double p0,
      String rule,
      String source,
      Bilingual justification,
      Bilingual notice,
      List<Control> controls) {}

  /** One library entry with its computed exact interval. */
  record Control(
      String id,
      String study,
      String role,
      String therapy,
      List<String> approvals,
      Bilingual population,
      String endpoint,
      String assessor,
      int n,
      int responders,
      boolean respondersDerived,
      double rate,
      double exactLower,
      double exactUpper,
      Double publishedLower,
      Double publishedUpper,
      Bilingual note,
      String citation) {}

  @Override
  protected CliResult execute(Lang lang) {
    ControlLibrary library = ControlLibrary.bundled();
    Indication which = Indication.of(indication);
    String asked = line != null ? line : library.lines(which).get(0);
    TargetProposal p = TargetAdvisor.propose(library, which, asked, TargetBasis.of(basis));
    Table.Builder table =
        Table.builder(
            text(lang, "targets.title", which.label(), p.line(), p.libraryVersion()),
            "ID",
            text(lang, "targets.col.role"),
            text(lang, "targets.col.endpoint"),
            text(lang, "targets.col.assessor"),
            "r/n",
            text(lang, "targets.col.rate"),
            text(lang, "targets.col.exact"),
            text(lang, "targets.col.published"));
    List<Control> controls = new ArrayList<>();
    for (HistoricalControl c : p.controls()) {
      ProportionInterval ci = c.exactInterval();
      controls.add(
          new Control(
              c.id(),
              c.study(),
              c.role().label(),
              c.therapy(),
              c.approvals(),
              c.population(),
              c.endpoint(),
              c.assessor(),
              c.n(),
              c.responders(),
              c.respondersDerived(),
              c.rate(),
              ci.lower(),
              ci.upper(),
              c.publishedLower(),
              c.publishedUpper(),
              c.note(),
              c.citation()));
      table.row(
          c.id(),
          c.approvedCarT()
              ? text(lang, "targets.role.approved", String.join(", ", c.approvals()))
              : text(lang, "targets.role." + c.role().label()),
          c.endpoint(),
          c.assessor(),
          c.responders() + (c.respondersDerived() ? "*" : "") + "/" + c.n(),
          Numbers.percent(c.rate()),
          Numbers.percent(ci.lower()) + "-" + Numbers.percent(ci.upper()),
          c.publishedLower() == null
              ? "-"
              : Numbers.percent(c.publishedLower()) + "-" + Numbers.percent(c.publishedUpper()));
    }
    table.note(text(lang, "targets.note.derived"));
    for (HistoricalControl c : p.controls()) {
      String note = c.note() == null ? "" : " " + c.note().in(lang);
      table.note(
          "["
              + c.id()
              + "] "
              + c.study()
              + ", "
              + c.therapy()
              + ", "
              + c.population().in(lang)
              + ": "
              + c.citation()
              + "."
              + note);
    }
    table.note(
        text(lang, "targets.note.proposal", Numbers.plain(p.p0()), p.rule(), p.source().id()));
    table.note(p.justification().render(lang));
    table.note(p.justification().render(lang == Lang.ZH ? Lang.EN : Lang.ZH));
    table.note(text(lang, "targets.note.next", Numbers.plain(p.p0())));
    table.note(library.notice().in(lang));
    Result json =
        new Result(
            which.label(),
            p.line(),
            p.basis().label(),
            p.libraryVersion(),
            p.p0(),
            p.rule(),
            p.source().id(),
            new Bilingual(p.justification().render(Lang.EN), p.justification().render(Lang.ZH)),
            library.notice(),
            controls);
    return new CliResult(json, List.of(table.build()));
  }
}
