package org.celltrial.app.derive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.sdtm.SdtmResponses;
import org.celltrial.analysis.cdisc.sdtm.SdtmSubject;
import org.celltrial.analysis.study.ResponseCourse;
import org.celltrial.analysis.study.ResponseVisit;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.all.AllMrd;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.MmAssessment;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.clinical.response.lugano.CtScan;
import org.celltrial.clinical.study.Indication;

/**
 * One subject's response file read and derived as {@code derive response} does with its default
 * criteria and rules, for the study analysis.
 *
 * @param bor the investigator's best overall response
 * @param progression the first assessment in PD (progression or relapse), or {@code null}
 * @param lastKnownAlive the file's last contact, or {@code null}
 * @param visits every assessment with its confirmed category and tumour burden (SPD of the CT
 *     targets for Lugano, serum M-protein for IMWG, none for B-ALL), for the figures
 * @param baselineBurden the baseline SPD or serum M-protein, or {@code null}
 * @param course the investigator's and the IRC's time points and the MRD samples
 */
public record DerivedResponse(
    BorResult bor,
    LocalDate progression,
    LocalDate lastKnownAlive,
    List<ResponseVisit> visits,
    Double baselineBurden,
    ResponseCourse course) {
  /**
   * Reads and derives a response file.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the file and JSON path of bad input
   */
  public static DerivedResponse read(Indication indication, Path file) {
    SubjectResponses r = JsonInput.read(file, SubjectResponses.class);
    SubjectData d = new SubjectData(indication, r, new Criteria());
    List<Assessed> assessed = d.assess();
    BorResult bor = Bor.best(SubjectData.points(assessed), d.origin, d.cutoff(), BorRules.DEFAULT);
    LocalDate pd =
        assessed.stream()
            .filter(a -> a.confirmed() == Category.PD)
            .map(Assessed::date)
            .findFirst()
            .orElse(null);
    Map<LocalDate, Double> burden = new HashMap<>();
    Double baseline = null;
    if (indication == Indication.B_NHL) {
      for (SubjectResponses.LuganoVisit v : r.lugano().assessments()) {
        if (v.ct() != null) {
          burden.put(v.date(), v.ct().spd().doubleValue());
        }
      }
      CtScan base = r.lugano().baseline();
      baseline = base == null ? null : base.spd().doubleValue();
    } else if (indication == Indication.MM) {
      for (MmAssessment m : r.imwg().assessments()) {
        if (m.serumM() != null) {
          burden.put(m.date(), m.serumM());
        }
      }
      baseline = r.imwg().baseline() == null ? null : r.imwg().baseline().serumM();
    }
    List<ResponseVisit> visits =
        assessed.stream()
            .map(a -> new ResponseVisit(a.date(), a.confirmed(), burden.get(a.date())))
            .toList();
    List<TimePoint> irc = d.ircPoints();
    BorResult ircBor = irc.isEmpty() ? null : Bor.best(irc, d.origin, d.cutoff(), BorRules.DEFAULT);
    ResponseCourse course = new ResponseCourse(SubjectData.points(assessed), irc, ircBor, mrd(r));
    return new DerivedResponse(bor, pd, r.lastKnownAlive(), visits, baseline, course);
  }

  /** The MRD samples: B-ALL from the marrow assessments, MM from the IMWG MRD tests. */
  private static List<ResponseCourse.MrdSample> mrd(SubjectResponses r) {
    List<ResponseCourse.MrdSample> out = new ArrayList<>();
    if (r.all() != null && r.all().assessments() != null) {
      for (AllAssessment a : r.all().assessments()) {
        AllMrd m = a.mrd();
        if (m != null) {
          out.add(
              new ResponseCourse.MrdSample(
                  a.date(), m.method(), m.detected(), m.level(), m.sensitivity()));
        }
      }
    }
    if (r.imwg() != null && r.imwg().mrd() != null) {
      for (MrdTest t : r.imwg().mrd()) {
        out.add(
            new ResponseCourse.MrdSample(
                t.date(), t.method().name(), t.detected(), t.level(), t.sensitivity()));
      }
    }
    out.sort(Comparator.comparing(ResponseCourse.MrdSample::date));
    return out;
  }

  /**
   * Derives from the responses as SDTM holds them (the SDTM import): the same best overall
   * response, from the first infusion and cut at the first new therapy or HSCT, for the
   * investigator and for the IRC.
   */
  public static DerivedResponse of(List<JourneyEvent> journey, SdtmSubject.Responses r) {
    List<TimePoint> points = r.points();
    BorResult bor = SdtmResponses.bor(journey, points);
    LocalDate pd =
        points.stream()
            .filter(p -> p.category() == Category.PD)
            .map(TimePoint::date)
            .findFirst()
            .orElse(null);
    BorResult ircBor = r.irc().isEmpty() ? null : SdtmResponses.bor(journey, r.irc());
    ResponseCourse course = new ResponseCourse(points, r.irc(), ircBor, r.mrd());
    return new DerivedResponse(bor, pd, r.lastKnownAlive(), r.visits(), r.baselineBurden(), course);
  }

  /**
   * A response file's assessments for the SDTM export: each assessment's confirmed category and
   * tumour burden (as {@link #read} gives them), the IRC reads, the last contact, the baseline
   * burden and the MRD samples.
   */
  public static SdtmSubject.Responses series(Indication indication, Path file) {
    DerivedResponse d = read(indication, file);
    SubjectResponses r = JsonInput.read(file, SubjectResponses.class);
    return new SdtmSubject.Responses(
        d.visits(), d.course().irc(), r.lastKnownAlive(), d.baselineBurden(), d.course().mrd());
  }
}
