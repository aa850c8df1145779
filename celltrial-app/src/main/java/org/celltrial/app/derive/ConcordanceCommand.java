package org.celltrial.app.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.cli.Numbers;
import org.celltrial.app.cli.Table;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.Concordance;
import org.celltrial.clinical.study.Study;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code celltrial derive concordance}: investigator versus IRC best overall response over several
 * subjects, with agreement, Cohen's kappa and the discordant subjects (G-EP-10).
 */
@Command(name = "concordance", mixinStandardHelpOptions = true)
public final class ConcordanceCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "FILE")
  Path study;

  @Mixin Criteria criteria = new Criteria();

  @Option(names = "--subject", required = true, paramLabel = "FILE")
  List<Path> subjects;

  @Option(names = "--confirm")
  boolean confirm;

  /** JSON contract (docs/cli.md). */
  record Result(
      int subjects,
      double agreement,
      double chanceAgreement,
      double kappa,
      List<Discordant> discordant) {}

  /** One discordant subject. */
  record Discordant(String subject, String investigator, String irc) {}

  @Override
  protected CliResult execute(Lang lang) {
    Study s = JsonInput.read(study, Study.class);
    BorRules rules = new BorRules(confirm, true, 0);
    List<Concordance.Pair> pairs = new ArrayList<>();
    for (Path p : subjects) {
      SubjectData d =
          new SubjectData(s.indication(), JsonInput.read(p, SubjectResponses.class), criteria);
      if (d.ircPoints().isEmpty()) {
        throw new CelltrialException(CliMessages.of("derive.noIrc", p));
      }
      pairs.add(
          new Concordance.Pair(
              d.subject.id(),
              Bor.best(SubjectData.points(d.assess()), d.origin, d.cutoff(), rules).best(),
              Bor.best(d.ircPoints(), d.origin, d.cutoff(), rules).best()));
    }
    Concordance c = Concordance.of(pairs);
    Table.Builder t =
        Table.builder(
            ResponseCommand.text(
                lang,
                "derive.concordance.title",
                c.subjects(),
                Numbers.fixed(c.agreement(), 4),
                Numbers.fixed(c.kappa(), 4)),
            ResponseCommand.text(lang, "derive.col.subject"),
            ResponseCommand.text(lang, "derive.review.INVESTIGATOR"),
            ResponseCommand.text(lang, "derive.review.IRC"));
    List<Discordant> off = new ArrayList<>();
    for (Concordance.Discordance x : c.discordant()) {
      off.add(new Discordant(x.subject(), x.investigator().label(), x.irc().label()));
      t.row(x.subject(), x.investigator().label(), x.irc().label());
    }
    t.note(
        ResponseCommand.text(
            lang, "derive.concordance.note", Numbers.fixed(c.chanceAgreement(), 4)));
    return new CliResult(
        new Result(c.subjects(), c.agreement(), c.chanceAgreement(), c.kappa(), off),
        List.of(t.build()));
  }
}
