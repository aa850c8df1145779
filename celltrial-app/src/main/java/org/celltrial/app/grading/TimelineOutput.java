package org.celltrial.app.grading;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.cli.CliResult;
import org.celltrial.app.cli.Table;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.Graded;
import org.celltrial.clinical.grading.Rejected;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;

/**
 * Prints a graded CRS or ICANS time line: the JSON contract of {@code grade crs} and {@code grade
 * icans} (docs/cli.md) and three tables (observations, episodes, rejected records).
 */
final class TimelineOutput {
  private TimelineOutput() {}

  /** JSON contract of {@code grade crs} and {@code grade icans}. */
  record Result(
      String syndrome,
      String system,
      int maxGrade,
      long episodeGapHours,
      List<Observation> observations,
      List<EpisodeJson> episodes,
      List<RejectedJson> rejected,
      List<String> notes) {}

  /** One graded observation. */
  record Observation(int index, String time, long day, int grade, List<String> reasons) {}

  /** One episode. */
  record EpisodeJson(
      int number,
      String onset,
      long onsetDay,
      String lastGraded,
      String resolved,
      boolean ongoing,
      int maxGrade,
      long durationDays,
      int tocilizumabDoses,
      int corticosteroidDoses,
      int otherAntiCytokineDoses) {}

  /** One record that could not be graded. */
  record RejectedJson(String kind, int index, String time, String reason) {}

  /** The result of one subject's time line, in the given language. */
  static CliResult of(String syndrome, TimelineResult r, long gapHours, Lang lang) {
    List<Observation> obs = new ArrayList<>();
    Table.Builder table =
        Table.builder(
            CliMessages.of("grade.timeline.title", syndrome, r.system().label(), r.maxGrade())
                .render(lang),
            text("grade.col.index", lang),
            text("grade.col.time", lang),
            text("grade.col.day", lang),
            text("grade.col.grade", lang),
            text("grade.col.reasons", lang));
    for (Graded g : r.graded()) {
      List<String> reasons = render(g.reasons(), lang);
      obs.add(new Observation(g.index(), time(g.time()), g.day(), g.grade(), reasons));
      table.row(
          String.valueOf(g.index()),
          time(g.time()),
          String.valueOf(g.day()),
          String.valueOf(g.grade()),
          String.join("; ", reasons));
    }
    List<String> notes = render(r.notes(), lang);
    notes.forEach(table::note);
    table.note(CliMessages.of("grade.timeline.episodeRule", gapHours).render(lang));
    List<EpisodeJson> episodes = new ArrayList<>();
    Table.Builder ep =
        Table.builder(
            CliMessages.of("grade.episodes.title", syndrome).render(lang),
            text("grade.col.episode", lang),
            text("grade.col.onset", lang),
            text("grade.col.onsetDay", lang),
            text("grade.col.maxGrade", lang),
            text("grade.col.durationDays", lang),
            text("grade.col.resolved", lang),
            text("grade.col.treatment", lang));
    for (Episode e : r.episodes()) {
      episodes.add(
          new EpisodeJson(
              e.number(),
              time(e.onset()),
              e.onsetDay(),
              time(e.lastGraded()),
              time(e.resolved()),
              e.ongoing(),
              e.maxGrade(),
              e.durationDays(),
              e.tocilizumabDoses(),
              e.corticosteroidDoses(),
              e.otherAntiCytokineDoses()));
      ep.row(
          String.valueOf(e.number()),
          time(e.onset()),
          String.valueOf(e.onsetDay()),
          String.valueOf(e.maxGrade()),
          String.valueOf(e.durationDays()),
          e.ongoing() ? text("grade.ongoing", lang) : time(e.resolved()),
          CliMessages.of(
                  "grade.doses",
                  e.tocilizumabDoses(),
                  e.corticosteroidDoses(),
                  e.otherAntiCytokineDoses())
              .render(lang));
    }
    if (r.episodes().isEmpty()) {
      ep.note(text("grade.episodes.none", lang));
    }
    List<RejectedJson> rejected = new ArrayList<>();
    for (Rejected x : r.rejected()) {
      rejected.add(new RejectedJson(x.kind(), x.index(), time(x.time()), x.reason().render(lang)));
    }
    List<Table> tables = new ArrayList<>(List.of(table.build(), ep.build()));
    if (!rejected.isEmpty()) {
      tables.add(rejectedTable(r.rejected(), lang));
    }
    return new CliResult(
        new Result(
            syndrome, r.system().label(), r.maxGrade(), gapHours, obs, episodes, rejected, notes),
        tables);
  }

  /**
   * The episode rule of {@code --episode-gap-hours}.
   *
   * @throws CelltrialException naming the option when the gap is negative
   */
  static EpisodeRule episodeRule(long gapHours) {
    if (gapHours < 0) {
      throw new CelltrialException(CliMessages.of("grade.gapHours", gapHours));
    }
    return new EpisodeRule(Duration.ofHours(gapHours));
  }

  /** The table of records that could not be graded. */
  static Table rejectedTable(List<Rejected> rejected, Lang lang) {
    Table.Builder t =
        Table.builder(
            CliMessages.of("grade.rejected.title", rejected.size()).render(lang),
            text("grade.col.reason", lang));
    for (Rejected x : rejected) {
      t.row(x.reason().render(lang));
    }
    return t.build();
  }

  static List<String> render(List<Message> messages, Lang lang) {
    return messages.stream().map(m -> m.render(lang)).toList();
  }

  static String text(String key, Lang lang) {
    return CliMessages.of(key).render(lang);
  }

  /** ISO date-time, {@code null} stays {@code null} in JSON. */
  static String time(LocalDateTime t) {
    return t == null ? null : t.toString();
  }
}
