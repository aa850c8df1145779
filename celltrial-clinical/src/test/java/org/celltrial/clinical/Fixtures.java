package org.celltrial.clinical;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;

/** Small builders for test histories: one line per therapy keeps the tables readable. */
public final class Fixtures {
  private Fixtures() {}

  /** A date from ISO text. */
  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A therapy with agents, dates and nothing else. */
  public static PriorTherapy rx(String name, String start, String end, String... agents) {
    return new PriorTherapy(
        name,
        List.of(agents),
        d(start),
        end == null ? null : d(end),
        null,
        null,
        null,
        null,
        null,
        false,
        null);
  }

  /** A therapy with outcome data. */
  public static PriorTherapy rx(
      String name,
      String start,
      String end,
      Integer cycles,
      BestResponse best,
      String responseDate,
      String progression,
      StopReason stop,
      String... agents) {
    return new PriorTherapy(
        name,
        List.of(agents),
        d(start),
        end == null ? null : d(end),
        cycles,
        best,
        responseDate == null ? null : d(responseDate),
        progression == null ? null : d(progression),
        stop,
        false,
        null);
  }

  /** The same therapy flagged as a planned continuation of the previous one. */
  public static PriorTherapy planned(PriorTherapy t) {
    return new PriorTherapy(
        t.name(),
        t.agents(),
        t.start(),
        t.end(),
        t.cycles(),
        t.bestResponse(),
        t.responseDate(),
        t.progression(),
        t.stopReason(),
        true,
        t.transplant());
  }

  /** The same therapy with a progression date. */
  public static PriorTherapy progressed(PriorTherapy t, String date) {
    return new PriorTherapy(
        t.name(),
        t.agents(),
        t.start(),
        t.end(),
        t.cycles(),
        t.bestResponse(),
        t.responseDate(),
        d(date),
        StopReason.PROGRESSION,
        t.plannedSequence(),
        t.transplant());
  }

  /** An HSCT on a date, optionally planned, optionally followed by a progression. */
  public static PriorTherapy sct(
      TransplantType type, String date, boolean planned, String progression) {
    return new PriorTherapy(
        type == TransplantType.AUTO ? "ASCT" : "allo-HSCT",
        List.of(),
        d(date),
        d(date),
        null,
        null,
        null,
        progression == null ? null : d(progression),
        null,
        planned,
        type);
  }

  /** A subject with a history and a journey. */
  public static Subject subject(
      Indication diagnosis,
      Subtype subtype,
      Integer age,
      Cytogenetics cyto,
      Boolean transplantEligible,
      List<PriorTherapy> history,
      List<JourneyEvent> journey) {
    return new Subject(
        "S1",
        null,
        age,
        null,
        diagnosis,
        subtype,
        null,
        cyto,
        transplantEligible,
        history,
        journey,
        null,
        null,
        null,
        null,
        null);
  }
}
