package org.celltrial.clinical.safety.infection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Message;

/**
 * Grades infections by the generic pattern of the CTCAE v5.0 "… infection" terms: 5 = death; 4 =
 * life-threatening consequences, urgent intervention; 3 = intravenous antimicrobials or invasive
 * (radiologic, operative) intervention; 2 = oral antimicrobials; 1 = local or no treatment. The
 * terms differ in detail (some have no grade 1; "Sepsis" only grades 4 and 5) — the pattern is
 * unverified against the NCI spreadsheet term by term [U], so the grade given here is a proposal
 * the investigator confirms. Timing: early when onset is on day 0 to {@code earlyLastDay} (30 by
 * default), late after — an SAP convention, not CTCAE.
 */
public final class InfectionGrader {
  /** The usual last day of the early period. */
  public static final int EARLY_LAST_DAY = 30;

  private InfectionGrader() {}

  /**
   * Grades each infection.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a missing field or a negative early
   *     cut-off
   */
  public static List<GradedInfection> grade(
      List<Infection> infections, LocalDate infusion, int earlyLastDay) {
    if (infusion == null) {
      throw ClinicalMessages.error("infection.infusion");
    }
    if (earlyLastDay < 0) {
      throw ClinicalMessages.error("infection.earlyDay", earlyLastDay);
    }
    List<GradedInfection> out = new ArrayList<>();
    for (int i = 0; i < infections.size(); i++) {
      out.add(grade(i, infections.get(i), infusion, earlyLastDay));
    }
    return out;
  }

  private static GradedInfection grade(int i, Infection f, LocalDate infusion, int earlyLastDay) {
    if (f.onset() == null || f.organism() == null || f.management() == null) {
      throw ClinicalMessages.error("infection.missing", i);
    }
    List<Message> reasons = new ArrayList<>();
    int grade;
    if (f.fatal()) {
      grade = 5;
      reasons.add(ClinicalMessages.of("infection.g5"));
    } else if (f.lifeThreatening()) {
      grade = 4;
      reasons.add(ClinicalMessages.of("infection.g4"));
    } else {
      grade =
          switch (f.management()) {
            case INVASIVE, INTRAVENOUS -> 3;
            case ORAL -> 2;
            case LOCAL -> 1;
          };
      reasons.add(ClinicalMessages.of("infection.management", f.management(), grade));
    }
    long day = ChronoUnit.DAYS.between(infusion, f.onset());
    Period period;
    if (day < 0) {
      period = Period.BEFORE_INFUSION;
    } else if (day <= earlyLastDay) {
      period = Period.EARLY;
    } else {
      period = Period.LATE;
    }
    reasons.add(ClinicalMessages.of("infection.period." + period.name(), day, earlyLastDay));
    return new GradedInfection(f, grade, GradingSystem.CTCAE_5_0, day, period, reasons);
  }
}
