package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.analysis.study.ResponseCourse;
import org.celltrial.analysis.study.ResponseVisit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgRules;
import org.celltrial.clinical.response.lugano.LuganoPet;
import org.celltrial.clinical.study.Design;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.Subject;

/**
 * Maps a study package to SDTM domains (docs/cdisc.md, "SDTM"): TS, DM and SUPPDM, EX, CM, PR, DS
 * (with their SUPP datasets), AE and SUPPAE, FA, LB, VS and SUPPVS, RS and SV. Every domain is
 * written, empty ones too, so that a reader can tell "none recorded" from "not supplied". Pure: the
 * same package gives the same datasets.
 */
public final class SdtmWriter {
  private SdtmWriter() {}

  /**
   * The SDTM domains of the package, in the order of {@link #DOMAINS}; PC only when cellular
   * kinetics were collected.
   */
  public static List<Dataset> write(SdtmStudy package_) {
    String studyId = package_.study().id();
    Map<String, Rows> sink = new LinkedHashMap<>();
    for (String name : DOMAINS) {
      sink.put(name, new Rows(Domain.ALL.get(name), studyId));
    }
    trialSummary(package_.study(), sink.get("TS"));
    for (SdtmSubject s : package_.subjects()) {
      String usubjid = usubjid(studyId, s.subject().id());
      demographics(s, usubjid, sink);
      JourneyWriter.write(s.subject(), s.infusion(), usubjid, sink);
      SafetyWriter.write(s, usubjid, sink);
      responses(s, usubjid, sink.get("RS"), sink.get("SUPPRS"), sink.get("LB"));
      visits(s.subject(), usubjid, sink.get("SV"));
    }
    if (package_.kinetics() != null) {
      kinetics(studyId, package_.kinetics(), sink.get("PC"));
    } else {
      sink.remove("PC");
    }
    List<Dataset> out = new ArrayList<>();
    sink.values().forEach(r -> out.add(r.dataset()));
    return out;
  }

  /** The domains written, in order. */
  public static final List<String> DOMAINS =
      List.of(
          "TS", "DM", "SUPPDM", "EX", "SUPPEX", "CM", "SUPPCM", "PR", "SUPPPR", "DS", "AE",
          "SUPPAE", "FA", "LB", "VS", "SUPPVS", "PC", "RS", "SUPPRS", "SV");

  /** {@code <STUDYID>-<subject id>}, as ADSL writes it. */
  static String usubjid(String studyId, String subjectId) {
    return studyId + "-" + subjectId;
  }

  private static void trialSummary(Study st, Rows ts) {
    param(ts, "TITLE", "Trial Title", st.title());
    param(ts, "INDIC", "Trial Disease/Condition Indication", st.indication());
    param(ts, "TDIGRP", "Diagnosis Group", st.subtype());
    param(
        ts,
        "TPHASE",
        "Trial Phase Classification",
        st.phase() == null ? null : Terms.PHASE.get(st.phase().name()));
    param(
        ts,
        "RANDOM",
        "Trial is Randomized",
        st.design() == null ? null : st.design() == Design.RANDOMIZED ? "Y" : "N");
    param(ts, "CTPRODTY", "Product Type", st.productType());
    st.targets().stream()
        .map(Enum::name)
        .sorted()
        .forEach(t -> param(ts, "CTTARGET", "Target Antigen", t));
    param(ts, "CTPOPUL", "Population by Age", st.population());
    param(ts, "CTLINE", "Line Setting", st.lineSetting());
    param(ts, "CTADSAFE", "Adult Safety Data Available", yn(st.adultSafetyDataAvailable()));
    param(ts, "CTPEDJUS", "Pediatric-First Justification", st.pediatricFirstJustification());
    param(ts, "CTRRBR", "Benefit-Risk Shown in R/R", yn(st.rrBenefitRiskShown()));
    st.doseLevels().forEach(d -> param(ts, "CTDOSLV", "Dose Level", d));
    param(
        ts,
        "CTP0",
        "Target Value of Primary Endpoint",
        st.targetValue() == null ? null : st.targetValue().toString());
    ProtocolTs.write(st.protocol(), st.dlt(), ts);
  }

  private static void param(Rows ts, String code, String name, Object value) {
    if (value != null) {
      ts.add(null)
          .set("TSSEQ", ts.next(code))
          .set("TSPARMCD", code)
          .set("TSPARM", name)
          .set("TSVAL", value.toString());
    }
  }

  private static void demographics(SdtmSubject s, String usubjid, Map<String, Rows> sink) {
    Subject sub = s.subject();
    LocalDate infusion = first(sub, JourneyEvent.Infusion.class);
    LocalDate death = first(sub, JourneyEvent.Death.class);
    boolean enrolled = first(sub, JourneyEvent.Enrolment.class) != null;
    String arm =
        sub.doseLevel() != null
            ? sub.doseLevel()
            : enrolled ? Terms.ARM_SINGLE : Terms.ARM_SCREEN_FAILURE;
    String actual = infusion == null ? (enrolled ? Terms.ARM_NOT_TREATED : arm) : arm;
    sink.get("DM")
        .add(usubjid)
        .set("SUBJID", sub.id())
        .set("RFSTDTC", infusion)
        .set("RFXSTDTC", infusion)
        .set("RFPENDTC", s.responses() == null ? null : s.responses().lastKnownAlive())
        .set("DTHDTC", death)
        .set("DTHFL", death == null ? null : "Y")
        .set("SITEID", "001")
        .set("BRTHDTC", sub.birthDate())
        .set("AGE", sub.ageAtScreening().orElse(null))
        .set("AGEU", sub.ageAtScreening().isPresent() ? "YEARS" : null)
        .set("SEX", sub.sex() == null ? "U" : sub.sex() == Sex.MALE ? "M" : "F")
        .set("ARMCD", arm)
        .set("ARM", armName(arm))
        .set("ACTARMCD", actual)
        .set("ACTARM", armName(actual));
    Rows supp = sink.get("SUPPDM");
    supp.qualifier(usubjid, null, null, "DIAGNOS", "Primary Diagnosis", sub.diagnosis());
    supp.qualifier(usubjid, null, null, "SUBTYPE", "Diagnosis Subtype", sub.subtype());
    supp.qualifier(usubjid, null, null, "DIAGDTC", "Date of Diagnosis", sub.diagnosisDate());
    supp.qualifier(
        usubjid,
        null,
        null,
        "PHSTATUS",
        "Philadelphia Chromosome Status",
        sub.cytogenetics().philadelphia());
    List<String> mutations = sub.cytogenetics().abl1Mutations();
    supp.qualifier(
        usubjid,
        null,
        null,
        "ABL1MUT",
        "ABL1 Kinase Domain Mutations",
        mutations == null || mutations.isEmpty() ? null : String.join(" ", mutations));
    supp.qualifier(
        usubjid, null, null, "TRANSELG", "Transplant Eligible", yn(sub.transplantEligible()));
    if (sub.birthDate() != null && sub.ageYears() != null) {
      supp.qualifier(usubjid, null, null, "AGEYEARS", "Age Recorded at Screening", sub.ageYears());
    }
    if (s.responses() != null && s.responses().baselineBurden() != null) {
      supp.qualifier(
          usubjid,
          null,
          null,
          "BLBURDEN",
          "Baseline Tumour Burden",
          SafetyWriter.number(s.responses().baselineBurden()));
    }
  }

  private static String armName(String code) {
    return switch (code) {
      case Terms.ARM_SCREEN_FAILURE -> "Screen Failure";
      case Terms.ARM_NOT_TREATED -> "Not Treated";
      case Terms.ARM_SINGLE -> "CAR-T";
      default -> "CAR-T " + code;
    };
  }

  private static void kinetics(String studyId, List<KineticProfile> profiles, Rows pc) {
    for (KineticProfile k : profiles) {
      double[] day = k.day();
      double[] copies = k.copies();
      for (int i = 0; i < day.length; i++) {
        pc.add(usubjid(studyId, k.subject()))
            .set("PCTESTCD", Terms.CAR_COPIES)
            .set("PCTEST", Terms.TESTS.get("PC").get(Terms.CAR_COPIES))
            .set("PCORRES", copies[i] == 0 ? "BLQ" : SafetyWriter.number(copies[i]))
            .set("PCORRESU", Terms.COPIES_PER_UG)
            .set("PCSTRESN", copies[i])
            .set("PCTPTNUM", day[i])
            .set("PCTPT", "DAY " + SafetyWriter.number(day[i]));
      }
    }
  }

  private static void responses(SdtmSubject s, String usubjid, Rows rs, Rows supp, Rows lb) {
    if (s.responses() == null) {
      return;
    }
    String criteria = criteria(s.subject());
    for (ResponseVisit v : s.responses().visits()) {
      Rows.Row r =
          assessment(
              rs,
              usubjid,
              Terms.OVERALL,
              criteria,
              Terms.INVESTIGATOR,
              v.date(),
              v.category().name());
      supp.qualifier(
          usubjid,
          "RSSEQ",
          r.seq(),
          "BURDEN",
          "Tumour Burden (SPD cm2; serum M g/dL)",
          v.burden() == null ? null : SafetyWriter.number(v.burden()));
    }
    for (ResponseCourse.MrdSample m : s.responses().mrd()) {
      lb.add(usubjid)
          .set("LBTESTCD", Terms.MRD)
          .set("LBTEST", Terms.TESTS.get("LB").get(Terms.MRD))
          .set("LBCAT", "MINIMAL RESIDUAL DISEASE")
          .set("LBORRES", m.detected() ? "POSITIVE" : "NEGATIVE")
          .set("LBSTRESN", m.level())
          .set("LBMETHOD", m.method())
          .set("LBLLOQ", m.sensitivity())
          .set("LBDTC", m.date());
    }
    BorResult bor = SdtmResponses.bor(s.subject().journey(), s.responses().points());
    assessment(
        rs, usubjid, Terms.BEST, criteria, Terms.INVESTIGATOR, bor.date(), bor.best().name());
    for (TimePoint t : s.responses().irc()) {
      assessment(rs, usubjid, Terms.OVERALL, criteria, Terms.IRC, t.date(), t.category().name());
    }
  }

  private static Rows.Row assessment(
      Rows rs, String usubjid, String code, String cat, String eval, LocalDate date, String value) {
    return rs.add(usubjid)
        .set("RSTESTCD", code)
        .set("RSTEST", Terms.TESTS.get("RS").get(code))
        .set("RSCAT", cat)
        .set("RSORRES", value)
        .set("RSSTRESC", value)
        .set("RSEVAL", eval)
        .set("RSDTC", date);
  }

  private static String criteria(Subject s) {
    return switch (s.diagnosis()) {
      case B_NHL -> LuganoPet.CRITERION;
      case MM -> ImwgRules.CRITERION;
      case B_ALL -> AllResponse.CRITERION;
    };
  }

  private static void visits(Subject s, String usubjid, Rows sv) {
    int n = 0;
    for (LocalDate d : s.followUpVisits()) {
      n++;
      sv.add(usubjid)
          .set("VISITNUM", n)
          .set("VISIT", Terms.FOLLOW_UP_VISIT + " " + n)
          .set("SVSTDTC", d);
    }
  }

  static String yn(Boolean b) {
    return b == null ? null : b ? "Y" : "N";
  }

  static LocalDate first(Subject s, Class<? extends JourneyEvent> kind) {
    return s.journey().stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
