package org.celltrial.clinical.grading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds episodes from graded observations fed in time order, under an {@link EpisodeRule}. It also
 * answers, for CRS, whether an episode is open at a given time, since fever is masked only once CRS
 * has begun.
 */
public final class EpisodeBuilder {
  private final LocalDate day0;
  private final EpisodeRule rule;
  private final List<Open> closed = new ArrayList<>();
  private Open current;

  /** An episode being built. */
  private static final class Open {
    final LocalDateTime onset;
    LocalDateTime lastGraded;
    LocalDateTime resolved;
    int maxGrade;

    Open(LocalDateTime onset, int grade) {
      this.onset = onset;
      this.lastGraded = onset;
      this.maxGrade = grade;
    }
  }

  /**
   * A builder for one subject.
   *
   * @param infusion the infusion time; its calendar day is day 0
   * @param rule when episodes end
   */
  public EpisodeBuilder(LocalDateTime infusion, EpisodeRule rule) {
    this.day0 = infusion.toLocalDate();
    this.rule = rule;
  }

  /** The study day of a time: calendar days since the infusion day. */
  public long day(LocalDateTime time) {
    return ChronoUnit.DAYS.between(day0, time.toLocalDate());
  }

  /** The onset of the episode open at the last observation fed, {@code null} when none is open. */
  public LocalDateTime openOnset() {
    return current != null && current.resolved == null ? current.onset : null;
  }

  /** Feeds the next observation's grade; times must not decrease. */
  public void add(LocalDateTime time, int grade) {
    if (grade > 0) {
      if (current != null
          && (current.resolved == null
              || time.isBefore(current.resolved.plus(rule.newEpisodeGap())))) {
        current.resolved = null;
        current.lastGraded = time;
        current.maxGrade = Math.max(current.maxGrade, grade);
      } else {
        if (current != null) {
          closed.add(current);
        }
        current = new Open(time, grade);
      }
    } else if (current != null && current.resolved == null) {
      current.resolved = time;
    }
  }

  /** The episodes so far, with the doses given during each. */
  public List<Episode> episodes(List<Dose> doses) {
    List<Open> all = new ArrayList<>(closed);
    if (current != null) {
      all.add(current);
    }
    List<Episode> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Open e = all.get(i);
      int toci = 0;
      int steroid = 0;
      int other = 0;
      for (Dose d : doses) {
        boolean within =
            !d.time().isBefore(e.onset) && (e.resolved == null || !d.time().isAfter(e.resolved));
        if (within) {
          toci += d.agent() == TreatmentAgent.TOCILIZUMAB ? 1 : 0;
          steroid += d.agent() == TreatmentAgent.CORTICOSTEROID ? 1 : 0;
          other += d.agent().isOtherAntiCytokine() ? 1 : 0;
        }
      }
      long duration =
          ChronoUnit.DAYS.between(e.onset.toLocalDate(), e.lastGraded.toLocalDate()) + 1;
      out.add(
          new Episode(
              i + 1,
              e.onset,
              day(e.onset),
              e.lastGraded,
              e.resolved,
              e.maxGrade,
              duration,
              toci,
              steroid,
              other));
    }
    return out;
  }
}
