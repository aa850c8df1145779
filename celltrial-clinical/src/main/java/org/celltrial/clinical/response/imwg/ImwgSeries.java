package org.celltrial.clinical.response.imwg;

import static org.celltrial.clinical.response.imwg.ImwgRules.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * IMWG 2016 response over a series of visits with confirmation (Kumar et al. 2016; admiralonco
 * vignette {@code adrs_imwg}).
 *
 * <p>Nadir: the lowest value confirmed by two consecutive visits, i.e. {@code min over i of
 * max(v_i, v_{i+1})} over earlier visits, and the baseline value. Confirmation: a response at a
 * visit is confirmed at {@code worse(this, next)} where next is the next evaluable visit before new
 * anticancer therapy (PD next gives SD); a response with no such visit stays unconfirmed (SD). A
 * serum/urine/FLC progression is confirmed by the next evaluable visit showing PD, which may be
 * after new therapy; followed by a non-PD visit it is not confirmed (NE); with no later visit it is
 * pending (NE). Imaging- and marrow-based results need no confirmation.
 */
public final class ImwgSeries {
  private ImwgSeries() {}

  /**
   * Classifies and confirms every visit.
   *
   * @param baseline the baseline assessment
   * @param involved the involved light chain
   * @param visits follow-up visits in date order
   * @param newTherapy start of new anticancer therapy, or {@code null}
   */
  public static List<MmVisit> assess(
      MmAssessment baseline,
      LightChain involved,
      List<MmAssessment> visits,
      LocalDate newTherapy,
      ImwgParameters p) {
    List<MmResponse> observed = new ArrayList<>();
    for (int k = 0; k < visits.size(); k++) {
      Nadir nadir = nadir(baseline, involved, visits.subList(0, k));
      observed.add(ImwgRules.classify(baseline, involved, nadir, visits.get(k), p));
    }
    List<MmVisit> out = new ArrayList<>();
    for (int k = 0; k < visits.size(); k++) {
      boolean after = newTherapy != null && !visits.get(k).date().isBefore(newTherapy);
      List<Message> why = new ArrayList<>();
      Category c = confirm(observed, visits, k, newTherapy, why);
      out.add(new MmVisit(visits.get(k).date(), observed.get(k).result(), c, after, why));
    }
    return out;
  }

  private static Category confirm(
      List<MmResponse> obs,
      List<MmAssessment> visits,
      int k,
      LocalDate newTherapy,
      List<Message> why) {
    MmResponse here = obs.get(k);
    Category c = here.result().category();
    if (c == Category.NE || c == Category.SD || !here.needsConfirmation()) {
      why.add(msg("response.imwg.conf.none", c.label()));
      return c;
    }
    boolean pd = c == Category.PD;
    for (int j = k + 1; j < obs.size(); j++) {
      Category next = obs.get(j).result().category();
      LocalDate date = visits.get(j).date();
      boolean after = newTherapy != null && !date.isBefore(newTherapy);
      if (next == Category.NE) {
        continue;
      }
      if (pd) {
        if (next == Category.PD) {
          why.add(msg("response.imwg.conf.pd", date));
          return Category.PD;
        }
        why.add(msg("response.imwg.conf.pdNot", date, next.label()));
        return Category.NE;
      }
      if (after) {
        break;
      }
      Category confirmed = next == Category.PD ? Category.SD : Category.worse(c, next);
      why.add(msg("response.imwg.conf.response", c.label(), date, next.label(), confirmed.label()));
      return confirmed;
    }
    if (pd) {
      why.add(msg("response.imwg.conf.pdPending"));
      return Category.NE;
    }
    why.add(msg("response.imwg.conf.unconfirmed", c.label()));
    return Category.SD;
  }

  /** The confirmed nadir of each parameter over the baseline and the given visits. */
  public static Nadir nadir(MmAssessment baseline, LightChain involved, List<MmAssessment> before) {
    return new Nadir(
        low(baseline, before, MmAssessment::serumM),
        low(baseline, before, MmAssessment::urineM),
        low(baseline, before, a -> a.dflc(involved)),
        low(baseline, before, MmAssessment::marrowPcPercent),
        low(baseline, before, MmAssessment::plasmacytomaSpd));
  }

  private static Double low(
      MmAssessment baseline, List<MmAssessment> before, Function<MmAssessment, Double> f) {
    Double best = f.apply(baseline);
    Double previous = null;
    for (MmAssessment a : before) {
      Double v = f.apply(a);
      if (v == null) {
        continue;
      }
      if (previous != null) {
        double pair = Math.max(previous, v);
        best = best == null ? pair : Math.min(best, pair);
      }
      previous = v;
    }
    return best;
  }
}
