package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.analysis.study.ResponseCourse;
import org.celltrial.analysis.study.ResponseVisit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Message;

/**
 * Reads SDTM tables back into the study package's model (docs/cdisc.md, "SDTM"): validates the
 * whole input first ({@link SdtmChecks}), then builds the study and every subject, and fails as a
 * whole, listing every problem located by file, row, variable and value with the rule broken. A
 * partial import never happens.
 */
public final class SdtmReader {
  private SdtmReader() {}

  /**
   * The study package the tables hold.
   *
   * @throws org.celltrial.common.i18n.CelltrialException listing every problem
   */
  public static SdtmStudy read(List<SdtmTable> tables) {
    return read(tables, Map.of());
  }

  /**
   * The study package the tables hold, failing also with the files that could not be read at all.
   *
   * @param unreadable why each unreadable file (by name) could not be read
   * @throws org.celltrial.common.i18n.CelltrialException listing every problem
   */
  public static SdtmStudy read(List<SdtmTable> tables, Map<String, Message> unreadable) {
    Located p = new Located();
    unreadable.forEach((file, why) -> p.table(file, "sdtm.rule.model", why));
    Map<String, List<Rec>> domains = SdtmChecks.check(tables, p);
    p.throwIfAny();
    Source src = new Source(domains, p);
    Study study = StudyReader.read(src);
    List<SdtmSubject> subjects = new ArrayList<>();
    for (Rec dm : src.all("DM")) {
      SdtmSubject s = subject(src, dm, study == null ? null : study.indication());
      if (s != null) {
        subjects.add(s);
      }
    }
    List<KineticProfile> kinetics = src.supplied("PC") ? kinetics(src) : null;
    p.throwIfAny();
    return new SdtmStudy(study, subjects, kinetics);
  }

  /** The CAR transgene profiles from PC, in DM order: {@code BLQ} is 0 (as {@code stats nca}). */
  private static List<KineticProfile> kinetics(Source src) {
    List<KineticProfile> out = new ArrayList<>();
    for (Rec dm : src.all("DM")) {
      List<Rec> pc = src.of("PC", dm.text("USUBJID"));
      if (pc.isEmpty()) {
        continue;
      }
      double[] day = new double[pc.size()];
      double[] copies = new double[pc.size()];
      for (int i = 0; i < pc.size(); i++) {
        Rec r = pc.get(i);
        day[i] = r.number("PCTPTNUM");
        String orres = r.text("PCORRES");
        if (r.number("PCSTRESN") != null) {
          copies[i] = r.number("PCSTRESN");
        } else if (orres.equals("BLQ")) {
          copies[i] = 0;
        } else if (orres.matches("\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
          copies[i] = Double.parseDouble(orres);
        } else {
          src.problems.at(r, "PCORRES", "sdtm.rule.num");
        }
      }
      KineticProfile k =
          src.build(
              pc.get(0), "PCTPTNUM", () -> new KineticProfile(dm.text("SUBJID"), day, copies));
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  private static SdtmSubject subject(Source src, Rec dm, Indication studyIndication) {
    String u = dm.text("USUBJID");
    Subject sub = demographics(src, dm, u, studyIndication);
    if (sub == null) {
      return null;
    }
    JourneyReader.Exposure journey = JourneyReader.read(src, u);
    SafetyReader safety = new SafetyReader(src, u, journey);
    Subject full =
        src.build(
            dm,
            "USUBJID",
            () ->
                new Subject(
                    sub.id(),
                    sub.birthDate(),
                    sub.ageYears(),
                    sub.sex(),
                    sub.diagnosis(),
                    sub.subtype(),
                    sub.diagnosisDate(),
                    sub.cytogenetics(),
                    sub.transplantEligible(),
                    JourneyReader.history(src, u),
                    journey.events(),
                    sub.doseLevel(),
                    safety.adverseEvents(),
                    safety.infections(),
                    safety.malignancies(sub.id()),
                    visits(src, u)));
    if (full == null) {
      return null;
    }
    SdtmSubject.Responses responses = responses(src, dm, u, full);
    return new SdtmSubject(
        full,
        safety.graded() ? journey.infusionTime() : null,
        safety.episodes(Terms.AE_CRS),
        safety.episodes(Terms.AE_ICANS),
        safety.counts(),
        responses,
        LabsSdtm.igg(src, u),
        LabsSdtm.tls(src, u));
  }

  private static Subject demographics(Source src, Rec dm, String u, Indication studyIndication) {
    Sex sex =
        switch (dm.text("SEX")) {
          case "M" -> Sex.MALE;
          case "F" -> Sex.FEMALE;
          case "U" -> null;
          default -> {
            src.problems.at(dm, "SEX", "sdtm.rule.sex");
            yield null;
          }
        };
    LocalDate birth = dm.date("BRTHDTC");
    Integer age =
        birth == null
            ? (dm.integer("AGE") == null ? null : dm.integer("AGE").intValue())
            : qint(src, u);
    Indication diagnosis = src.qcode(Indication.class, "DM", u, null, null, "DIAGNOS");
    Subtype subtype = src.qcode(Subtype.class, "DM", u, null, null, "SUBTYPE");
    PhStatus ph = src.qcode(PhStatus.class, "DM", u, null, null, "PHSTATUS");
    String mutations = src.qval("DM", u, null, null, "ABL1MUT");
    Rec diagDate = src.qualifier("DM", u, null, null, "DIAGDTC");
    Rec elig = src.qualifier("DM", u, null, null, "TRANSELG");
    String arm = dm.text("ARMCD");
    String dose =
        List.of(Terms.ARM_SINGLE, Terms.ARM_SCREEN_FAILURE, Terms.ARM_NOT_TREATED, "NOTASSGN")
                .contains(arm)
            ? null
            : arm;
    return src.build(
        dm,
        "USUBJID",
        () ->
            new Subject(
                dm.text("SUBJID"),
                birth,
                age,
                sex,
                diagnosis != null ? diagnosis : studyIndication,
                subtype,
                date(src, diagDate),
                new Cytogenetics(ph, mutations == null ? List.of() : List.of(mutations.split(" "))),
                elig == null ? null : src.yn(elig, "QVAL", elig.text("QVAL")),
                null,
                null,
                dose,
                null,
                null,
                null,
                null));
  }

  private static Integer qint(Source src, String u) {
    Rec q = src.qualifier("DM", u, null, null, "AGEYEARS");
    if (q == null) {
      return null;
    }
    try {
      return Integer.valueOf(q.text("QVAL"));
    } catch (NumberFormatException e) {
      src.problems.at(q, "QVAL", "sdtm.rule.int");
      return null;
    }
  }

  /** A date held in a supplemental qualifier's value. */
  static LocalDate date(Source src, Rec q) {
    if (q == null) {
      return null;
    }
    if (!Rec.isDtc(q.text("QVAL"))) {
      src.problems.at(q, "QVAL", "sdtm.rule.dtc");
      return null;
    }
    return q.date("QVAL");
  }

  private static List<LocalDate> visits(Source src, String u) {
    return src.of("SV", u).stream()
        .sorted(Comparator.comparing((Rec r) -> r.number("VISITNUM")))
        .map(r -> r.date("SVSTDTC"))
        .toList();
  }

  private static SdtmSubject.Responses responses(Source src, Rec dm, String u, Subject s) {
    List<Rec> rs = src.of("RS", u);
    if (rs.isEmpty()) {
      return null;
    }
    List<ResponseVisit> points = new ArrayList<>();
    List<TimePoint> irc = new ArrayList<>();
    Rec best = null;
    for (Rec r : rs) {
      String code = r.text("RSTESTCD");
      if (code.equals(Terms.BEST) || code.equals(Terms.BEST_BEFORE_CT)) {
        best = r;
        continue;
      }
      Category c = category(src, r);
      if (r.date("RSDTC") == null) {
        src.problems.at(r, "RSDTC", "sdtm.rule.required");
      } else if (c != null && r.text("RSEVAL").equals(Terms.INVESTIGATOR)) {
        points.add(
            new ResponseVisit(r.date("RSDTC"), c, burden(src, u, "RS", "RSSEQ", r.text("RSSEQ"))));
      } else if (c != null && r.text("RSEVAL").equals(Terms.IRC)) {
        irc.add(new TimePoint(r.date("RSDTC"), c));
      } else if (c != null) {
        src.problems.at(r, "RSEVAL", "sdtm.rule.evaluator", Terms.INVESTIGATOR, Terms.IRC);
      }
    }
    points.sort(Comparator.comparing(ResponseVisit::date));
    irc.sort(Comparator.comparing(TimePoint::date));
    if (s.journey().stream().noneMatch(e -> e instanceof JourneyEvent.Infusion)) {
      src.problems.at(rs.get(0), "USUBJID", "sdtm.rule.responseWithoutInfusion");
      return null;
    }
    if (best != null) {
      Category stated = category(src, best);
      BorResult bor =
          SdtmResponses.bor(
              s.journey(),
              points.stream().map(v -> new TimePoint(v.date(), v.category())).toList());
      if (stated != null && stated != bor.best()) {
        src.problems.at(best, "RSSTRESC", "sdtm.rule.bor", bor.best().name());
      }
    }
    return new SdtmSubject.Responses(
        points, irc, dm.date("RFPENDTC"), burden(src, u, "DM", null, null), mrd(src, u));
  }

  /** The MRD samples of LB ({@code LBTESTCD} MRD), in date order. */
  private static List<ResponseCourse.MrdSample> mrd(Source src, String u) {
    List<ResponseCourse.MrdSample> out = new ArrayList<>();
    for (Rec r : src.of("LB", u)) {
      if (!Terms.MRD.equals(r.text("LBTESTCD"))) {
        continue;
      }
      String result = r.text("LBORRES");
      if (!result.equals("POSITIVE") && !result.equals("NEGATIVE")) {
        src.problems.at(r, "LBORRES", "sdtm.rule.code", "POSITIVE, NEGATIVE");
      } else if (r.number("LBLLOQ") == null) {
        src.problems.at(r, "LBLLOQ", "sdtm.rule.required");
      } else {
        out.add(
            new ResponseCourse.MrdSample(
                r.date("LBDTC"),
                r.text("LBMETHOD"),
                result.equals("POSITIVE"),
                r.number("LBSTRESN"),
                r.number("LBLLOQ")));
      }
    }
    out.sort(Comparator.comparing(ResponseCourse.MrdSample::date));
    return out;
  }

  /** A tumour burden held in a supplemental qualifier ({@code BURDEN}, {@code BLBURDEN}). */
  private static Double burden(Source src, String u, String parent, String idvar, String idvarval) {
    Rec q = src.qualifier(parent, u, idvar, idvarval, idvar == null ? "BLBURDEN" : "BURDEN");
    if (q == null) {
      return null;
    }
    if (!q.text("QVAL").matches("\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      src.problems.at(q, "QVAL", "sdtm.rule.num");
      return null;
    }
    return Double.valueOf(q.text("QVAL"));
  }

  private static Category category(Source src, Rec r) {
    String v = r.text("RSSTRESC");
    for (Category c : Category.values()) {
      if (c.name().equalsIgnoreCase(v) || c.label().equalsIgnoreCase(v)) {
        return c;
      }
    }
    src.problems.at(
        r,
        "RSSTRESC",
        "sdtm.rule.code",
        String.join(", ", Arrays.stream(Category.values()).map(Enum::name).toList()));
    return null;
  }
}
