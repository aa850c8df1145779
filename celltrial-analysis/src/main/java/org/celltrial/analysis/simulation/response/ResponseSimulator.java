package org.celltrial.analysis.simulation.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.SimulatedSubject;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.all.AllMrd;
import org.celltrial.clinical.response.lugano.Deauville;
import org.celltrial.clinical.response.lugano.PetScan;
import org.celltrial.clinical.response.lugano.UptakeChange;

/**
 * Response assessments of the infused subjects of a synthetic trial. Whether a subject responds and
 * when disease returns were decided by the study generator (the responder flag, the date of new
 * therapy); this generator only chooses the depth of response and writes the assessments that show
 * it, on its own random stream derived from the study seed so that the study's other files do not
 * change.
 *
 * <p>Depth of response among responders (docs/simulation.md): LBCL complete metabolic response in
 * 0.66 of responders (ZUMA-1 CR 54 of ORR 82 %, JULIET CR 40 of 52 %); B-ALL CR (rather than CRi)
 * in 0.74 (ELIANA CR 60 of CR/CRi 81 %). Assessments on days 28 and 90, then every 90 days; disease
 * returns 7 days before the new therapy. Multiple myeloma is not generated yet.
 */
public final class ResponseSimulator {
  /** Share of LBCL responders in complete metabolic response. */
  static final double LBCL_CR_AMONG_RESPONDERS = 0.66;

  /** Share of B-ALL responders in CR with full count recovery. */
  static final double BALL_CR_AMONG_RESPONDERS = 0.74;

  private static final long STREAM = 0x5245_5350_4f4e_5345L;

  private ResponseSimulator() {}

  /** The response files of the infused subjects, in screening order; empty for MM. */
  public static List<ResponseRecord> simulate(SimulatedStudy trial) {
    List<ResponseRecord> out = new ArrayList<>();
    if (trial.indication() == SimIndication.MM) {
      return out;
    }
    SplittableRandom root = new SplittableRandom(trial.seed() ^ STREAM);
    for (SimulatedSubject s : trial.subjects()) {
      SplittableRandom rng = root.split();
      if (s.outcome().infused()) {
        out.add(subject(trial.indication(), s, rng));
      }
    }
    return out;
  }

  private static ResponseRecord subject(
      SimIndication indication, SimulatedSubject s, SplittableRandom rng) {
    List<JourneyEvent> journey = s.subject().journey();
    LocalDate infusion = first(journey, JourneyEvent.Infusion.class);
    LocalDate death = first(journey, JourneyEvent.Death.class);
    LocalDate lost = first(journey, JourneyEvent.LostToFollowUp.class);
    LocalDate newTherapy = first(journey, JourneyEvent.NewTherapy.class);
    LocalDate end = infusion.plusDays(365);
    end = death != null && death.isBefore(end) ? death : end;
    end = lost != null && lost.isBefore(end) ? lost : end;
    LocalDate relapse = newTherapy == null ? null : newTherapy.minusDays(7);
    boolean responder = s.outcome().responder();
    double crShare =
        indication == SimIndication.LBCL ? LBCL_CR_AMONG_RESPONDERS : BALL_CR_AMONG_RESPONDERS;
    boolean complete = rng.nextDouble() < crShare;
    List<LocalDate> dates = new ArrayList<>();
    for (int day = 28; ; day = day == 28 ? 90 : day + 90) {
      LocalDate d = infusion.plusDays(day);
      if (d.isAfter(end) || (relapse != null && !d.isBefore(relapse))) {
        break;
      }
      dates.add(d);
    }
    if (relapse != null && !relapse.isAfter(end) && relapse.isAfter(infusion)) {
      dates.add(relapse);
    }
    if (indication == SimIndication.LBCL) {
      List<ResponseRecord.Visit> visits = new ArrayList<>();
      for (LocalDate d : dates) {
        boolean progressed = !responder || d.equals(relapse);
        visits.add(new ResponseRecord.Visit(d, pet(progressed, complete)));
      }
      return new ResponseRecord(
          s.subject().id(), journey, end, new ResponseRecord.Lugano(visits), null);
    }
    List<AllAssessment> marrow = new ArrayList<>();
    for (LocalDate d : dates) {
      boolean progressed = !responder || d.equals(relapse);
      marrow.add(marrow(d, progressed, complete));
    }
    return new ResponseRecord(s.subject().id(), journey, end, null, new ResponseRecord.All(marrow));
  }

  private static PetScan pet(boolean progressed, boolean complete) {
    if (progressed) {
      return new PetScan(Deauville.FIVE, UptakeChange.INCREASED, true, false, false, null);
    }
    return complete
        ? new PetScan(Deauville.THREE, null, false, false, false, null)
        : new PetScan(Deauville.FOUR, UptakeChange.REDUCED, false, false, false, null);
  }

  private static AllAssessment marrow(LocalDate d, boolean progressed, boolean complete) {
    if (progressed) {
      return new AllAssessment(d, 40.0, true, false, false, null, null, null, null);
    }
    return new AllAssessment(
        d,
        1.0,
        false,
        false,
        false,
        complete ? 1.5 : 0.6,
        complete ? 150.0 : 60.0,
        complete,
        new AllMrd("FLOW", false, null, 1e-4));
  }

  private static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
