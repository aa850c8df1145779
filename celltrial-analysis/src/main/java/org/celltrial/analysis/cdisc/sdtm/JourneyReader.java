package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.TransplantType;

/** The treatment history and the journey from CM, PR, EX and DS (docs/cdisc.md, "SDTM"). */
final class JourneyReader {
  private JourneyReader() {}

  /**
   * The journey and the first infusion.
   *
   * @param events the journey, in {@code --SPID} order (then by date)
   * @param infusionTime the first infusion's {@code EXSTDTC} when it has a time, else {@code null}
   */
  record Exposure(List<JourneyEvent> events, LocalDateTime infusionTime) {
    LocalDate infusion() {
      return events.stream()
          .filter(e -> e instanceof JourneyEvent.Infusion)
          .map(JourneyEvent::first)
          .min(LocalDate::compareTo)
          .orElse(null);
    }
  }

  /** A value with its place: the number in {@code --SPID} / {@code --GRPID}, then its date. */
  private record Placed<T>(long order, LocalDate date, T value) {}

  private static <T> List<T> ordered(List<Placed<T>> items) {
    return items.stream()
        .sorted(
            Comparator.comparingLong((Placed<T> p) -> p.order)
                .thenComparing(p -> p.date, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(Placed::value)
        .filter(v -> v != null)
        .toList();
  }

  /** The number in an identifier such as {@code 3}, {@code H3} or {@code J3}; else last. */
  private static long number(String id) {
    if (id == null) {
      return Long.MAX_VALUE;
    }
    String digits = id.replaceAll("^[A-Z]+", "");
    return digits.matches("\\d{1,9}") ? Long.parseLong(digits) : Long.MAX_VALUE;
  }

  static List<PriorTherapy> history(Source src, String u) {
    List<Placed<PriorTherapy>> out = new ArrayList<>();
    for (List<Rec> group : groups(src.of("CM", u), "CM", Terms.CAT_PRIOR)) {
      out.add(prior(src, u, "CM", group, null));
    }
    for (Rec r : src.of("PR", u)) {
      if (Terms.CAT_PRIOR_HSCT.equals(r.text("PRCAT"))) {
        TransplantType type = transplant(src, r);
        if (type != null) {
          out.add(prior(src, u, "PR", List.of(r), type));
        }
      }
    }
    return ordered(out);
  }

  private static Placed<PriorTherapy> prior(
      Source src, String u, String d, List<Rec> group, TransplantType transplant) {
    Rec r = group.get(0);
    String g = r.text(d + "GRPID");
    String idvar = d + "GRPID";
    List<String> agents =
        transplant != null ? List.of() : group.stream().map(x -> x.text("CMTRT")).toList();
    Integer cycles = null;
    Rec c = src.qualifier(d, u, idvar, g, "CYCLES");
    if (c != null) {
      try {
        cycles = Integer.valueOf(c.text("QVAL"));
      } catch (NumberFormatException e) {
        src.problems.at(c, "QVAL", "sdtm.rule.int");
      }
    }
    Integer n = cycles;
    BestResponse best = src.qcode(BestResponse.class, d, u, idvar, g, "BESTRESP");
    StopReason stop = src.qcode(StopReason.class, d, u, idvar, g, "STOPRSN");
    LocalDate resp = SdtmReader.date(src, src.qualifier(d, u, idvar, g, "RESPDTC"));
    LocalDate prog = SdtmReader.date(src, src.qualifier(d, u, idvar, g, "PROGDTC"));
    boolean planned = "Y".equals(src.qval(d, u, idvar, g, "PLANSEQ"));
    PriorTherapy t =
        src.build(
            r,
            d + "STDTC",
            () ->
                new PriorTherapy(
                    r.text(d + "SCAT"),
                    agents,
                    r.date(d + "STDTC"),
                    r.date(d + "ENDTC"),
                    n,
                    best,
                    resp,
                    prog,
                    stop,
                    planned,
                    transplant));
    return new Placed<>(number(g), r.date(d + "STDTC"), t);
  }

  /** Records of a category grouped by {@code --GRPID} (else {@code --SPID}, else alone). */
  private static List<List<Rec>> groups(List<Rec> recs, String d, String cat) {
    Map<String, List<Rec>> out = new LinkedHashMap<>();
    for (Rec r : recs) {
      if (cat.equals(r.text(d + "CAT"))) {
        String g = r.text(d + "GRPID");
        if (g == null) {
          g = r.text(d + "SPID");
        }
        out.computeIfAbsent(g == null ? "#" + r.row() : g, k -> new ArrayList<>()).add(r);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static TransplantType transplant(Source src, Rec r) {
    String trt = r.text("PRTRT").replaceFirst(" HSCT$", "");
    return src.code(TransplantType.class, r, "PRTRT", trt);
  }

  static Exposure read(Source src, String u) {
    List<Placed<JourneyEvent>> out = new ArrayList<>();
    LocalDateTime time = null;
    LocalDate first = null;
    for (Rec r : src.of("EX", u)) {
      String cat = r.text("EXCAT");
      if (Terms.CAT_INFUSION.equals(cat)) {
        out.add(place(src, r, "EX", () -> infusion(src, u, r)));
        LocalDate d = r.date("EXSTDTC");
        if (first == null || d.isBefore(first)) {
          first = d;
          time = r.dateTime("EXSTDTC");
        }
      } else if (!Terms.CAT_BRIDGING.equals(cat) && !Terms.CAT_LYMPHODEPLETION.equals(cat)) {
        src.problems.at(
            r,
            "EXCAT",
            "sdtm.rule.category",
            String.join(", ", Terms.CAT_INFUSION, Terms.CAT_LYMPHODEPLETION, Terms.CAT_BRIDGING));
      }
    }
    for (List<Rec> g : groups(src.of("EX", u), "EX", Terms.CAT_BRIDGING)) {
      Rec r = g.get(0);
      out.add(
          place(
              src,
              r,
              "EX",
              () ->
                  new JourneyEvent.Bridging(
                      r.date("EXSTDTC"), r.date("EXENDTC"), agents(g, "EXTRT"))));
    }
    for (List<Rec> g : groups(src.of("EX", u), "EX", Terms.CAT_LYMPHODEPLETION)) {
      Rec r = g.get(0);
      out.add(
          place(
              src,
              r,
              "EX",
              () ->
                  new JourneyEvent.Lymphodepletion(
                      r.date("EXSTDTC"), r.date("EXENDTC"), agents(g, "EXTRT"))));
    }
    for (List<Rec> g : groups(src.of("CM", u), "CM", Terms.CAT_SUBSEQUENT)) {
      Rec r = g.get(0);
      out.add(
          place(
              src,
              r,
              "CM",
              () -> new JourneyEvent.NewTherapy(r.date("CMSTDTC"), agents(g, "CMTRT"))));
    }
    for (Rec r : src.of("PR", u)) {
      procedure(src, u, r, out);
    }
    for (Rec r : src.of("DS", u)) {
      out.add(place(src, r, "DS", () -> disposition(src, r)));
    }
    return new Exposure(ordered(out), time);
  }

  private static void procedure(Source src, String u, Rec r, List<Placed<JourneyEvent>> out) {
    String cat = r.text("PRCAT");
    String trt = r.text("PRTRT");
    LocalDate d = r.date("PRSTDTC");
    if (Terms.CAT_JOURNEY.equals(cat) && Terms.PR_LEUKAPHERESIS.equals(trt)) {
      out.add(place(src, r, "PR", () -> new JourneyEvent.Leukapheresis(d)));
    } else if (Terms.CAT_JOURNEY.equals(cat) && Terms.PR_TUMOR.equals(trt)) {
      String result = src.qval("PR", u, "PRSEQ", r.text("PRSEQ"), "PRRESULT");
      out.add(place(src, r, "PR", () -> new JourneyEvent.TumorAssessment(d, result)));
    } else if (Terms.CAT_HSCT_AFTER.equals(cat)) {
      TransplantType type = transplant(src, r);
      out.add(place(src, r, "PR", () -> new JourneyEvent.Hsct(d, type)));
    } else if (!Terms.CAT_PRIOR_HSCT.equals(cat)) {
      src.problems.at(
          r,
          "PRCAT",
          "sdtm.rule.category",
          String.join(
              ", ",
              Terms.CAT_JOURNEY + " (" + Terms.PR_LEUKAPHERESIS + ", " + Terms.PR_TUMOR + ")",
              Terms.CAT_HSCT_AFTER,
              Terms.CAT_PRIOR_HSCT));
    }
  }

  private static JourneyEvent infusion(Source src, String u, Rec r) {
    String unit = r.text("EXDOSU");
    DoseUnit du = null;
    if (unit != null) {
      du = JourneyWriter.doseUnit(unit);
      if (du == null) {
        src.problems.at(r, "EXDOSU", "sdtm.rule.code", Terms.CELLS_PER_KG + ", " + Terms.CELLS);
      }
    }
    boolean split = "Y".equals(src.qval("EX", u, "EXSEQ", r.text("EXSEQ"), "SPLITDOS"));
    return new JourneyEvent.Infusion(r.date("EXSTDTC"), r.number("EXDOSE"), du, split);
  }

  private static JourneyEvent disposition(Source src, Rec r) {
    String decod = r.text("DSDECOD");
    String term = r.text("DSTERM");
    LocalDate d = r.date("DSSTDTC");
    return switch (decod) {
      case Terms.DS_SCREENED -> new JourneyEvent.Screening(d);
      case Terms.DS_ENROLLED, Terms.DS_ENROLLED_BEFORE_CT -> new JourneyEvent.Enrolment(d);
      case Terms.DS_RELEASED -> new JourneyEvent.ManufacturingRelease(d);
      case Terms.DS_MANUFACTURING_FAILURE ->
          new JourneyEvent.ManufacturingFailure(d, term.equals(decod) ? null : term);
      case Terms.DS_DEATH -> new JourneyEvent.Death(d, term.equals(decod) ? null : term);
      case Terms.DS_LOST -> new JourneyEvent.LostToFollowUp(d);
      default -> {
        src.problems.at(
            r,
            "DSDECOD",
            "sdtm.rule.code",
            String.join(
                ", ",
                Terms.DS_SCREENED,
                Terms.DS_ENROLLED,
                Terms.DS_RELEASED,
                Terms.DS_MANUFACTURING_FAILURE,
                Terms.DS_DEATH,
                Terms.DS_LOST));
        yield null;
      }
    };
  }

  private static List<String> agents(List<Rec> group, String variable) {
    List<String> a = group.stream().map(r -> r.text(variable)).toList();
    return a.equals(List.of(Terms.NO_AGENT)) ? List.of() : a;
  }

  private static Placed<JourneyEvent> place(
      Source src, Rec r, String d, java.util.function.Supplier<JourneyEvent> make) {
    return new Placed<>(
        number(r.text(d + "SPID")), r.date(d + "STDTC"), src.build(r, d + "STDTC", make));
  }
}
