package org.celltrial.analysis.simulation.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.clinical.response.all.AllParameters;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.imwg.ImwgParameters;
import org.celltrial.clinical.response.imwg.ImwgSeries;
import org.celltrial.clinical.response.imwg.MmVisit;
import org.celltrial.clinical.response.imwg.MrdMethod;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.response.lugano.Lugano;
import org.celltrial.clinical.response.lugano.LuganoParameters;

/**
 * The independent review committee's reads (G-EP-10) and the myeloma MRD tests (G-EP-7) of a
 * synthetic response file, on a random stream of their own so that the investigator's assessments
 * stay as they were.
 *
 * <p>IRC: the investigator's category at every assessment, read by the response engines, except for
 * a share {@value #DISAGREEMENT} of subjects whom the IRC reads one category lower at every
 * assessment short of progression (LBCL CR → PR → SD; B-ALL CR → CRi → NR; MM sCR → CR → VGPR → PR
 * → MR → SD). The share is ZUMA-1's 1 − 72/83: IRC ORR 72 % against the investigator's 83 %
 * (/work/shared/reference/historical-controls.md); a one-step downgrade costs a response only below
 * CR, so the synthetic IRC ORR falls less than ZUMA-1's did.
 *
 * <p>MRD (MM): an NGS marrow test (sensitivity 10⁻⁵) at each assessment where the investigator's
 * confirmed response is sCR or CR; negative in a share {@value #MM_MRD_NEGATIVE} of those subjects
 * (KarMMa: MRD-negative 33 of 42 with CR or better), otherwise detected at 10⁻⁴. B-ALL MRD is
 * already in the marrow assessments (flow, 10⁻⁴, negative in every responder as in ELIANA).
 */
final class IrcReads {
  /** Share of subjects whom the IRC reads one category lower (ZUMA-1: 1 − 72/83). */
  static final double DISAGREEMENT = 0.13;

  /** Share of MM subjects in CR or better who are MRD-negative (KarMMa 33 of 42). */
  static final double MM_MRD_NEGATIVE = 0.79;

  static final long STREAM = 0x4952_4352_4541_4453L;

  private static final List<Category> LBCL = List.of(Category.CR, Category.PR, Category.SD);
  private static final List<Category> B_ALL = List.of(Category.CR, Category.CRI, Category.NR);
  private static final List<Category> MM =
      List.of(Category.SCR, Category.CR, Category.VGPR, Category.PR, Category.MR, Category.SD);

  private IrcReads() {}

  /** The file with the IRC reads and, for MM, the MRD tests. */
  static ResponseRecord add(ResponseRecord r, SimIndication indication, SplittableRandom rng) {
    boolean disagree = rng.nextDouble() < DISAGREEMENT;
    boolean mrdNegative = rng.nextDouble() < MM_MRD_NEGATIVE;
    List<LocalDate> dates = new ArrayList<>();
    List<Category> inv = investigator(r, indication, dates);
    List<ResponseRecord.Irc> irc = new ArrayList<>();
    List<MrdTest> mrd = new ArrayList<>();
    for (int i = 0; i < inv.size(); i++) {
      Category c = inv.get(i);
      irc.add(new ResponseRecord.Irc(dates.get(i), disagree ? lower(c, indication) : c));
      if (indication == SimIndication.MM && (c == Category.SCR || c == Category.CR)) {
        mrd.add(
            new MrdTest(
                dates.get(i), MrdMethod.NGS, !mrdNegative, mrdNegative ? null : 1e-4, 1e-5, null));
      }
    }
    ResponseRecord.Imwg imwg =
        r.imwg() == null
            ? null
            : new ResponseRecord.Imwg(
                r.imwg().involvedLightChain(), r.imwg().baseline(), r.imwg().assessments(), mrd);
    return new ResponseRecord(
        r.id(), r.journey(), r.lastKnownAlive(), r.lugano(), r.all(), imwg, irc);
  }

  /** One category lower on the indication's scale; progression and others stay. */
  static Category lower(Category c, SimIndication indication) {
    List<Category> scale =
        switch (indication) {
          case LBCL -> LBCL;
          case B_ALL -> B_ALL;
          case MM -> MM;
        };
    int i = scale.indexOf(c);
    return i < 0 || i == scale.size() - 1 ? c : scale.get(i + 1);
  }

  /** The investigator's category at each assessment, as {@code derive response} reads them. */
  private static List<Category> investigator(
      ResponseRecord r, SimIndication indication, List<LocalDate> dates) {
    List<Category> out = new ArrayList<>();
    switch (indication) {
      case LBCL -> {
        for (ResponseRecord.Visit v : r.lugano().assessments()) {
          dates.add(v.date());
          out.add(Lugano.overall(v.pet(), null, LuganoParameters.LUGANO_2014).category());
        }
      }
      case B_ALL -> {
        List<ResponseResult> res = AllResponse.series(r.all().assessments(), AllParameters.DEFAULT);
        for (int i = 0; i < res.size(); i++) {
          dates.add(r.all().assessments().get(i).date());
          out.add(res.get(i).category());
        }
      }
      case MM -> {
        for (MmVisit v :
            ImwgSeries.assess(
                r.imwg().baseline(),
                r.imwg().involvedLightChain(),
                r.imwg().assessments(),
                cutoff(r.journey()),
                ImwgParameters.IMWG_2016)) {
          dates.add(v.date());
          out.add(v.confirmed());
        }
      }
    }
    return out;
  }

  /** The first new therapy or HSCT, or {@code null}. */
  private static LocalDate cutoff(List<JourneyEvent> journey) {
    return journey.stream()
        .filter(e -> e instanceof JourneyEvent.NewTherapy || e instanceof JourneyEvent.Hsct)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
