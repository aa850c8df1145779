package org.celltrial.app.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.LeafCommand;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.safety.cohort.LongTermFollowUp;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule.Status;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.safety.malignancy.MalignancyAssessment;
import org.celltrial.clinical.safety.malignancy.VisitPlan;
import org.celltrial.clinical.study.Study;
import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code celltrial check malignancy}: the secondary-malignancy register with its product-link flag
 * and each subject's long-term follow-up visits done, overdue and due at a data cut-off (G-SAF-6).
 */
@Command(name = "malignancy", mixinStandardHelpOptions = true)
public final class MalignancyCommand extends LeafCommand {
  @Option(names = "--study", required = true, paramLabel = "STUDY.json")
  Path studyFile;

  @Option(names = "--subject", required = true, paramLabel = "SUBJECT.json|DIR")
  List<Path> subjectFiles;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
  String asOf;

  /** JSON contract of {@code check malignancy} (docs/cli.md). */
  record Result(
      String study,
      String asOf,
      boolean asOfFromData,
      Plan plan,
      int flagged,
      List<Entry> malignancies,
      List<SubjectFollowUp> followUp,
      List<String> notInfused) {}

  /** The visit plan: phases of (every {@code intervalMonths} until {@code untilMonths}), ± days. */
  record Plan(List<VisitPlan.Phase> phases, int windowDays, int totalMonths) {}

  /** One register entry and its assessment. */
  record Entry(
      String subject,
      String diagnosis,
      String lineage,
      String diagnosed,
      long daysFromInfusion,
      String carTransgene,
      String clonality,
      String integrationSite,
      boolean productLinkFlag,
      List<Map<String, String>> reasons) {}

  /** One planned visit up to the cut-off. */
  record Visit(int month, String due, String status, String visit) {}

  /** One subject's long-term follow-up at the cut-off. */
  record SubjectFollowUp(
      String subject,
      String infusion,
      String endOfFollowUp,
      int done,
      int overdue,
      int due,
      List<Visit> visits,
      Visit next) {}

  @Override
  protected CliResult execute(Lang lang) {
    Study study = JsonInput.read(studyFile, Study.class);
    LongTermFollowUp.Register r =
        LongTermFollowUp.assess(SubjectFiles.read(subjectFiles), AsOf.parse(asOf));
    List<Entry> entries = r.malignancies().stream().map(MalignancyCommand::entry).toList();
    int flagged = (int) entries.stream().filter(Entry::productLinkFlag).count();
    List<SubjectFollowUp> followUp =
        r.schedules().stream().map(MalignancyCommand::followUp).toList();
    Result json =
        new Result(
            study.id(),
            r.cutoff().toString(),
            r.cutoffFromData(),
            new Plan(r.plan().phases(), r.plan().windowDays(), r.plan().totalMonths()),
            flagged,
            entries,
            followUp,
            r.notInfused());
    MalignancyTables tables = new MalignancyTables(lang, study.id(), r);
    return new CliResult(
        json,
        List.of(
            tables.register(entries, flagged), tables.subjects(followUp), tables.visits(followUp)));
  }

  private static Entry entry(MalignancyAssessment a) {
    Malignancy m = a.malignancy();
    return new Entry(
        m.subject(),
        m.diagnosis(),
        m.lineage().name(),
        m.diagnosed().toString(),
        a.daysFromInfusion(),
        m.carTransgene().name(),
        m.clonality().name(),
        m.integrationSite().name(),
        a.productLinkFlag(),
        a.reasons().stream().map(CriterionRows::bilingual).toList());
  }

  private static SubjectFollowUp followUp(LongTermFollowUp.Schedule s) {
    List<Visit> visits = new ArrayList<>();
    Visit next = null;
    for (FollowUpSchedule.Visit v : s.visits()) {
      Visit out = new Visit(v.month(), v.due().toString(), code(v.status()), date(v.visit()));
      if (v.status() != Status.UPCOMING) {
        visits.add(out);
      } else if (next == null) {
        next = out;
      }
    }
    return new SubjectFollowUp(
        s.subject(),
        s.infusion().toString(),
        date(s.endOfFollowUp()),
        count(s, Status.DONE),
        count(s, Status.OVERDUE),
        count(s, Status.DUE),
        visits,
        next);
  }

  /** A date as written in JSON, {@code null} when absent. */
  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static int count(LongTermFollowUp.Schedule s, Status status) {
    return (int) s.visits().stream().filter(v -> v.status() == status).count();
  }

  /** A status as written in JSON: {@code done}, {@code overdue}, {@code due}, {@code upcoming}. */
  static String code(Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  static String text(String key, Lang lang, Object... args) {
    return CliMessages.of(key, args).render(lang);
  }
}
