package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Subject;

/**
 * The treatment history and the cell-therapy journey as EX, CM, PR and DS records. Each journey
 * record carries the event's position in the journey in {@code --SPID} (so that the journey is
 * rebuilt in its recorded order) and, for multi-agent events, one record per agent sharing {@code
 * --GRPID}; history entries are grouped by {@code --GRPID} {@code H<n>}.
 */
final class JourneyWriter {
  private JourneyWriter() {}

  static void write(Subject s, LocalDateTime infusion, String usubjid, Map<String, Rows> sink) {
    List<PriorTherapy> history = s.history();
    for (int i = 0; i < history.size(); i++) {
      prior(history.get(i), "H" + (i + 1), usubjid, sink);
    }
    List<JourneyEvent> journey = s.journey();
    for (int i = 0; i < journey.size(); i++) {
      event(journey.get(i), String.valueOf(i + 1), infusion, usubjid, sink);
    }
  }

  private static void prior(PriorTherapy p, String group, String usubjid, Map<String, Rows> sink) {
    String domain = p.isTransplant() ? "PR" : "CM";
    Rows rows = sink.get(domain);
    if (p.isTransplant()) {
      rows.add(usubjid)
          .set("PRGRPID", group)
          .set("PRCAT", Terms.CAT_PRIOR_HSCT)
          .set("PRSCAT", p.name())
          .set("PRTRT", p.transplant().name() + " HSCT")
          .set("PRSTDTC", p.start())
          .set("PRENDTC", p.end());
    } else {
      for (String agent : p.agents()) {
        rows.add(usubjid)
            .set("CMGRPID", group)
            .set("CMCAT", Terms.CAT_PRIOR)
            .set("CMSCAT", p.name())
            .set("CMTRT", agent)
            .set("CMSTDTC", p.start())
            .set("CMENDTC", p.end());
      }
    }
    Rows supp = sink.get("SUPP" + domain);
    String idvar = domain + "GRPID";
    supp.qualifier(usubjid, idvar, group, "CYCLES", "Complete Cycles", p.cycles());
    supp.qualifier(usubjid, idvar, group, "BESTRESP", "Best Response to Regimen", p.bestResponse());
    supp.qualifier(
        usubjid,
        idvar,
        group,
        "RESPDTC",
        "Date of Best Response",
        p.responseDate() == null ? null : Rows.dtc(p.responseDate()));
    supp.qualifier(
        usubjid,
        idvar,
        group,
        "PROGDTC",
        "Date of Progression",
        p.progression() == null ? null : Rows.dtc(p.progression()));
    supp.qualifier(usubjid, idvar, group, "STOPRSN", "Reason Regimen Stopped", p.stopReason());
    supp.qualifier(
        usubjid,
        idvar,
        group,
        "PLANSEQ",
        "Continues Planned Programme",
        Boolean.TRUE.equals(p.plannedSequence()) ? "Y" : null);
  }

  private static void event(
      JourneyEvent e, String spid, LocalDateTime infusion, String usubjid, Map<String, Rows> sink) {
    if (e instanceof JourneyEvent.Screening x) {
      ds(sink, usubjid, spid, Terms.DS_SCREENED, Terms.DS_SCREENED, Terms.DS_MILESTONE, x.date());
    } else if (e instanceof JourneyEvent.Enrolment x) {
      ds(sink, usubjid, spid, Terms.DS_ENROLLED, Terms.DS_ENROLLED, Terms.DS_MILESTONE, x.date());
    } else if (e instanceof JourneyEvent.ManufacturingRelease x) {
      ds(sink, usubjid, spid, Terms.DS_RELEASED, Terms.DS_RELEASED, Terms.DS_OTHER, x.date());
    } else if (e instanceof JourneyEvent.ManufacturingFailure x) {
      String term = term(x.reason(), Terms.DS_MANUFACTURING_FAILURE);
      ds(sink, usubjid, spid, term, Terms.DS_MANUFACTURING_FAILURE, Terms.DS_OTHER, x.date());
    } else if (e instanceof JourneyEvent.Death x) {
      ds(
          sink,
          usubjid,
          spid,
          term(x.cause(), Terms.DS_DEATH),
          Terms.DS_DEATH,
          Terms.DS_EVENT,
          x.date());
    } else if (e instanceof JourneyEvent.LostToFollowUp x) {
      ds(sink, usubjid, spid, Terms.DS_LOST, Terms.DS_LOST, Terms.DS_EVENT, x.date());
    } else if (e instanceof JourneyEvent.Leukapheresis x) {
      pr(sink, usubjid, spid, Terms.CAT_JOURNEY, Terms.PR_LEUKAPHERESIS, x.date());
    } else if (e instanceof JourneyEvent.TumorAssessment x) {
      Rows.Row r = pr(sink, usubjid, spid, Terms.CAT_JOURNEY, Terms.PR_TUMOR, x.date());
      sink.get("SUPPPR")
          .qualifier(usubjid, "PRSEQ", r.seq(), "PRRESULT", "Assessment Result", x.result());
    } else if (e instanceof JourneyEvent.Hsct x) {
      pr(sink, usubjid, spid, Terms.CAT_HSCT_AFTER, x.transplant() + " HSCT", x.date());
    } else if (e instanceof JourneyEvent.NewTherapy x) {
      for (String agent : agents(x.agents())) {
        sink.get("CM")
            .add(usubjid)
            .set("CMGRPID", "J" + spid)
            .set("CMSPID", spid)
            .set("CMCAT", Terms.CAT_SUBSEQUENT)
            .set("CMTRT", agent)
            .set("CMSTDTC", x.date());
      }
    } else if (e instanceof JourneyEvent.Bridging x) {
      exposure(sink, usubjid, spid, Terms.CAT_BRIDGING, x.agents(), x.start(), x.end());
    } else if (e instanceof JourneyEvent.Lymphodepletion x) {
      exposure(sink, usubjid, spid, Terms.CAT_LYMPHODEPLETION, x.agents(), x.start(), x.end());
    } else if (e instanceof JourneyEvent.Infusion x) {
      Rows.Row r =
          sink.get("EX")
              .add(usubjid)
              .set("EXSPID", spid)
              .set("EXCAT", Terms.CAT_INFUSION)
              .set("EXTRT", Terms.PRODUCT)
              .set("EXDOSE", x.dose())
              .set("EXDOSU", x.unit() == null ? null : unit(x.unit()))
              .set(
                  "EXSTDTC",
                  infusion != null && infusion.toLocalDate().equals(x.date())
                      ? infusion
                      : x.date());
      sink.get("SUPPEX")
          .qualifier(
              usubjid,
              "EXSEQ",
              r.seq(),
              "SPLITDOS",
              "Fraction of a Split Dose",
              Boolean.TRUE.equals(x.split()) ? "Y" : null);
    }
  }

  /**
   * EXDOSU of a dose unit: UNIT (C71620) "Therapeutic Cells" (C187669); per kilogram the sponsor
   * unit "Therapeutic Cells/kg", built like CT's "Therapeutic Cells/m2" (C186224) since UNIT has no
   * per-kilogram cell dose (CT 2025-03-28; docs/cdisc-ct.md).
   */
  static String unit(DoseUnit u) {
    return u == DoseUnit.CELLS_PER_KG ? Terms.CELLS_PER_KG : Terms.CELLS;
  }

  /** The dose unit of an EXDOSU, also as celltrial wrote it before following CT, or null. */
  static DoseUnit doseUnit(String exdosu) {
    for (DoseUnit x : DoseUnit.values()) {
      if (unit(x).equals(exdosu)) {
        return x;
      }
    }
    return switch (exdosu) {
      case Terms.CELLS_PER_KG_BEFORE_CT -> DoseUnit.CELLS_PER_KG;
      case Terms.CELLS_BEFORE_CT -> DoseUnit.TOTAL_CELLS;
      default -> null;
    };
  }

  private static void exposure(
      Map<String, Rows> sink,
      String usubjid,
      String spid,
      String cat,
      List<String> agents,
      LocalDate start,
      LocalDate end) {
    for (String agent : agents(agents)) {
      sink.get("EX")
          .add(usubjid)
          .set("EXGRPID", "J" + spid)
          .set("EXSPID", spid)
          .set("EXCAT", cat)
          .set("EXTRT", agent)
          .set("EXSTDTC", start)
          .set("EXENDTC", end);
    }
  }

  private static List<String> agents(List<String> agents) {
    return agents.isEmpty() ? List.of(Terms.NO_AGENT) : agents;
  }

  private static String term(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }

  private static void ds(
      Map<String, Rows> sink,
      String usubjid,
      String spid,
      String term,
      String decod,
      String cat,
      Object date) {
    sink.get("DS")
        .add(usubjid)
        .set("DSSPID", spid)
        .set("DSTERM", term)
        .set("DSDECOD", decod)
        .set("DSCAT", cat)
        .set("DSSTDTC", date);
  }

  private static Rows.Row pr(
      Map<String, Rows> sink, String usubjid, String spid, String cat, String trt, Object date) {
    return sink.get("PR")
        .add(usubjid)
        .set("PRSPID", spid)
        .set("PRCAT", cat)
        .set("PRTRT", trt)
        .set("PRSTDTC", date);
  }
}
