package org.celltrial.app.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.clinical.endpoints.Course;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.clinical.response.all.AllAssessment;
import org.celltrial.clinical.response.all.AllParameters;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgParameters;
import org.celltrial.clinical.response.imwg.ImwgSeries;
import org.celltrial.clinical.response.imwg.MmVisit;
import org.celltrial.clinical.response.lugano.CtScan;
import org.celltrial.clinical.response.lugano.Deauville;
import org.celltrial.clinical.response.lugano.Lugano;
import org.celltrial.clinical.response.lugano.LuganoCt;
import org.celltrial.clinical.response.lugano.LuganoParameters;
import org.celltrial.clinical.study.Indication;
import org.celltrial.common.i18n.CelltrialException;

/** Turns a study and a subject file into assessed time points and a course for the endpoints. */
final class SubjectData {
  final SubjectResponses subject;
  final Indication indication;
  final LocalDate origin;
  final LocalDate death;
  final LocalDate hsct;
  final LocalDate newTherapy;
  private final LuganoParameters lugano;
  private final AllParameters all;

  SubjectData(Indication indication, SubjectResponses s, Criteria criteria) {
    this.subject = s;
    this.lugano =
        new LuganoParameters(
            Deauville.parse(criteria.cmrMaxScore), LuganoParameters.LUGANO_2014.normalSpleenCm());
    AllParameters d = AllParameters.DEFAULT;
    this.all =
        new AllParameters(criteria.relapseMarrowPercent, d.mrdThreshold(), d.anc(), d.platelets());
    this.indication = indication;
    this.death = first(s, JourneyEvent.Death.class);
    this.hsct = first(s, JourneyEvent.Hsct.class);
    this.newTherapy = first(s, JourneyEvent.NewTherapy.class);
    LocalDate o = s.origin() != null ? s.origin() : first(s, JourneyEvent.Infusion.class);
    if (o == null) {
      throw new CelltrialException(CliMessages.of("derive.noOrigin"));
    }
    this.origin = o;
  }

  /** The first date of the new therapy or HSCT, whichever is earlier, or {@code null}. */
  LocalDate cutoff() {
    if (hsct == null) {
      return newTherapy;
    }
    return newTherapy == null || hsct.isBefore(newTherapy) ? hsct : newTherapy;
  }

  /** Every assessment under the study's criterion, in date order. */
  List<Assessed> assess() {
    return switch (indication) {
      case B_NHL -> lugano();
      case MM -> imwg();
      case B_ALL -> all();
    };
  }

  private List<Assessed> lugano() {
    SubjectResponses.Lugano l = need(subject.lugano(), "lugano");
    List<Assessed> out = new ArrayList<>();
    List<CtScan> priors = new ArrayList<>();
    for (SubjectResponses.LuganoVisit v : need(l.assessments(), "lugano.assessments")) {
      ResponseResult ct =
          v.ct() == null
              ? null
              : LuganoCt.classify(need(l.baseline(), "lugano.baseline"), priors, v.ct(), lugano);
      ResponseResult r = Lugano.overall(v.pet(), ct, lugano);
      if (v.ct() != null) {
        priors.add(v.ct());
      }
      out.add(new Assessed(need(v.date(), "lugano.assessments.date"), r, r.category(), List.of()));
    }
    return out;
  }

  private List<Assessed> imwg() {
    SubjectResponses.Imwg m = need(subject.imwg(), "imwg");
    List<MmVisit> visits =
        ImwgSeries.assess(
            need(m.baseline(), "imwg.baseline"),
            need(m.involvedLightChain(), "imwg.involvedLightChain"),
            need(m.assessments(), "imwg.assessments"),
            cutoff(),
            ImwgParameters.IMWG_2016);
    return visits.stream()
        .map(v -> new Assessed(v.date(), v.observed(), v.confirmed(), v.confirmation()))
        .toList();
  }

  private List<Assessed> all() {
    List<AllAssessment> a = need(need(subject.all(), "all").assessments(), "all.assessments");
    List<ResponseResult> r = AllResponse.series(a, all);
    List<Assessed> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(new Assessed(a.get(i).date(), r.get(i), r.get(i).category(), List.of()));
    }
    return out;
  }

  /** Time points of the confirmed categories. */
  static List<TimePoint> points(List<Assessed> assessed) {
    return assessed.stream().map(a -> new TimePoint(a.date(), a.confirmed())).toList();
  }

  /** IRC time points. */
  List<TimePoint> ircPoints() {
    return subject.irc().stream().map(i -> new TimePoint(i.date(), i.category())).toList();
  }

  /** The course for the endpoints, from the given time points. */
  Course course(List<TimePoint> points) {
    return new Course(
        subject.id(), origin, points, death, subject.lastKnownAlive(), newTherapy, hsct);
  }

  /** The least category counting as a response: CRi for B-ALL, PR otherwise. */
  Category responseMinimum() {
    return indication == Indication.B_ALL ? Category.CRI : Category.PR;
  }

  private static LocalDate first(SubjectResponses s, Class<? extends JourneyEvent> kind) {
    return s.journey().stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  private static <T> T need(T value, String field) {
    if (value == null) {
      throw new CelltrialException(CliMessages.of("derive.missing", field));
    }
    return value;
  }
}
