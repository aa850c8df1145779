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
import org.celltrial.clinical.response.imwg.LightChain;
import org.celltrial.clinical.response.imwg.MmAssessment;
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
 * in 0.74 (ELIANA CR 60 of CR/CRi 81 %); MM stringent CR (rather than VGPR) in 0.57 (KarMMa ≥CR 33
 * of ORR 73 %, CARTITUDE-1 sCR 67 of 97 %: 0.45 and 0.69). Assessments on days 28, 56 and 90, then
 * every 90 days; disease returns 7 days before the new therapy (MM: read twice, 7 days apart, as
 * IMWG progression needs two consecutive assessments). The IRC reads and the myeloma MRD tests are
 * added by {@link IrcReads} on a stream of their own.
 */
public final class ResponseSimulator {
  /** Share of LBCL responders in complete metabolic response. */
  static final double LBCL_CR_AMONG_RESPONDERS = 0.66;

  /** Share of B-ALL responders in CR with full count recovery. */
  static final double BALL_CR_AMONG_RESPONDERS = 0.74;

  /** Share of MM responders in stringent CR. */
  static final double MM_SCR_AMONG_RESPONDERS = 0.57;

  private static final long STREAM = 0x5245_5350_4f4e_5345L;

  private ResponseSimulator() {}

  /** The response files of the infused subjects, in screening order. */
  public static List<ResponseRecord> simulate(SimulatedStudy trial) {
    List<ResponseRecord> out = new ArrayList<>();
    SplittableRandom root = new SplittableRandom(trial.seed() ^ STREAM);
    SplittableRandom reviewRoot = new SplittableRandom(trial.seed() ^ IrcReads.STREAM);
    for (SimulatedSubject s : trial.subjects()) {
      SplittableRandom rng = root.split();
      SplittableRandom review = reviewRoot.split();
      if (s.outcome().infused()) {
        out.add(IrcReads.add(subject(trial.indication(), s, rng), trial.indication(), review));
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
        switch (indication) {
          case LBCL -> LBCL_CR_AMONG_RESPONDERS;
          case B_ALL -> BALL_CR_AMONG_RESPONDERS;
          case MM -> MM_SCR_AMONG_RESPONDERS;
        };
    boolean complete = rng.nextDouble() < crShare;
    LocalDate firstProgression =
        relapse == null || indication != SimIndication.MM ? relapse : relapse.minusDays(7);
    List<LocalDate> dates = new ArrayList<>();
    for (int day = 28; ; day = day < 90 ? Math.min(day + 28, 90) : day + 90) {
      LocalDate d = infusion.plusDays(day);
      if (d.isAfter(end) || (relapse != null && !d.isBefore(firstProgression))) {
        break;
      }
      dates.add(d);
    }
    if (relapse != null && !relapse.isAfter(end)) {
      for (LocalDate d = firstProgression; !d.isAfter(relapse); d = d.plusDays(7)) {
        if (d.isAfter(infusion)) {
          dates.add(d);
        }
      }
    }
    if (indication == SimIndication.LBCL) {
      List<ResponseRecord.Visit> visits = new ArrayList<>();
      for (LocalDate d : dates) {
        boolean progressed = !responder || d.equals(relapse);
        visits.add(new ResponseRecord.Visit(d, pet(progressed, complete)));
      }
      return new ResponseRecord(
          s.subject().id(), journey, end, new ResponseRecord.Lugano(visits), null, null, List.of());
    }
    if (indication == SimIndication.MM) {
      List<MmAssessment> visits = new ArrayList<>();
      for (LocalDate d : dates) {
        boolean progressed = !responder || (relapse != null && !d.isBefore(firstProgression));
        visits.add(myeloma(d, progressed, complete));
      }
      MmAssessment baseline =
          new MmAssessment(
              infusion.minusDays(10), 3.0, 500.0, 60.0, 1.0, true, true, 40.0, true, null, false);
      return new ResponseRecord(
          s.subject().id(),
          journey,
          end,
          null,
          null,
          new ResponseRecord.Imwg(LightChain.KAPPA, baseline, visits, List.of()),
          List.of());
    }
    List<AllAssessment> marrow = new ArrayList<>();
    for (LocalDate d : dates) {
      boolean progressed = !responder || d.equals(relapse);
      marrow.add(marrow(d, progressed, complete));
    }
    return new ResponseRecord(
        s.subject().id(), journey, end, null, new ResponseRecord.All(marrow), null, List.of());
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

  /**
   * An IMWG visit: progression 4.0 g/dL serum M-protein (≥ 25 % and ≥ 0.5 g/dL above any nadir);
   * stringent CR with negative immunofixation, normal light-chain ratio, 2 % marrow plasma cells
   * without clonal cells; VGPR with 0.2 g/dL (≥ 90 % reduction) and urine below 100 mg/24 h.
   */
  private static MmAssessment myeloma(LocalDate d, boolean progressed, boolean complete) {
    if (progressed) {
      return new MmAssessment(d, 4.0, 600.0, null, null, true, true, null, null, null, false);
    }
    return complete
        ? new MmAssessment(d, 0.0, 0.0, 1.2, 1.0, false, false, 2.0, false, null, false)
        : new MmAssessment(d, 0.2, 50.0, null, null, true, true, null, null, null, false);
  }

  private static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
