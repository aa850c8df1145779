package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.Management;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.LinkTest;
import org.celltrial.clinical.safety.malignancy.Malignancy;

/** One subject's safety data from AE, SUPPAE, FA, LB, VS and SUPPVS (docs/cdisc.md, "SDTM"). */
final class SafetyReader {
  private static final List<String> CATEGORIES =
      List.of(
          Terms.AE_CRS, Terms.AE_ICANS, Terms.AE_OTHER, Terms.AE_INFECTION, Terms.AE_MALIGNANCY);

  private final Source src;
  private final String u;
  private final LocalDate infusion;
  private final LocalDateTime infusionTime;

  SafetyReader(Source src, String u, JourneyReader.Exposure journey) {
    this.src = src;
    this.u = u;
    this.infusion = journey.infusion();
    this.infusionTime = journey.infusionTime();
    for (Rec r : src.of("AE", u)) {
      if (!CATEGORIES.contains(r.text("AECAT"))) {
        src.problems.at(r, "AECAT", "sdtm.rule.category", String.join(", ", CATEGORIES));
      }
    }
  }

  /** The subject's blood-count records of LB (not MRD, IgG or tumor-lysis values). */
  private static List<Rec> counts(Source src, String u) {
    return src.of("LB", u).stream()
        .filter(r -> Terms.COUNT_TEST.containsKey(r.text("LBTESTCD")))
        .toList();
  }

  private List<Rec> ae(String cat) {
    return src.of("AE", u).stream().filter(r -> cat.equals(r.text("AECAT"))).toList();
  }

  private String q(Rec r, String qnam) {
    return src.qval("AE", u, "AESEQ", r.text("AESEQ"), qnam);
  }

  private <E extends Enum<E>> E qcode(Class<E> type, Rec r, String qnam) {
    return src.qcode(type, "AE", u, "AESEQ", r.text("AESEQ"), qnam);
  }

  /** Whether any of CRS, ICANS or counts was assessed. */
  boolean graded() {
    return src.of("FA", u).stream().anyMatch(r -> Terms.FA_OBJECT.containsValue(r.text("FAOBJ")))
        || !counts(src, u).isEmpty()
        || !ae(Terms.AE_CRS).isEmpty()
        || !ae(Terms.AE_ICANS).isEmpty();
  }

  List<ToxicityEvent> adverseEvents() {
    List<ToxicityEvent> out = new ArrayList<>();
    for (Rec r : ae(Terms.AE_OTHER)) {
      ToxicityKind kind = src.code(ToxicityKind.class, r, "AESCAT", r.text("AESCAT"));
      Integer grade = grade(r, 1);
      ToxicityEvent e =
          kind == null || grade == null
              ? null
              : src.build(
                  r,
                  "AESTDTC",
                  () ->
                      new ToxicityEvent(
                          r.text("AETERM"),
                          kind,
                          grade,
                          time(r, "AESTDTC"),
                          time(r, "AEENDTC"),
                          !"NOT RELATED".equals(r.text("AEREL"))));
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  List<Infection> infections() {
    List<Infection> out = new ArrayList<>();
    for (Rec r : ae(Terms.AE_INFECTION)) {
      out.add(
          new Infection(
              r.text("AETERM"),
              qcode(Organism.class, r, "ORGANISM"),
              r.date("AESTDTC"),
              qcode(Management.class, r, "MANAGEMT"),
              "Y".equals(r.text("AESLIFE")),
              "Y".equals(r.text("AESDTH"))));
    }
    return out;
  }

  /** The new malignancies; their {@code subject} is the subject's identifier. */
  List<Malignancy> malignancies(String subjectId) {
    List<Malignancy> out = new ArrayList<>();
    for (Rec r : ae(Terms.AE_MALIGNANCY)) {
      out.add(
          new Malignancy(
              subjectId,
              r.text("AETERM"),
              qcode(Lineage.class, r, "LINEAGE"),
              r.date("AESTDTC"),
              qcode(LinkTest.class, r, "CARTRANS"),
              qcode(LinkTest.class, r, "CLONAL"),
              qcode(LinkTest.class, r, "INTSITE")));
    }
    return out;
  }

  /**
   * The CRS or ICANS episodes, or {@code null} when the syndrome was not assessed (no FA {@code
   * OCCUR} record and no AE record of it).
   */
  List<Episode> episodes(String cat) {
    List<Rec> recs = new ArrayList<>(ae(cat));
    Rec occur = null;
    for (Rec r : src.of("FA", u)) {
      if (Terms.FA_OBJECT.get(cat).equals(r.text("FAOBJ"))
          && Terms.OCCUR.equals(r.text("FATESTCD"))) {
        occur = r;
      }
    }
    if (occur == null && recs.isEmpty()) {
      return null;
    }
    if (occur != null) {
      Boolean y = src.yn(occur, "FASTRESC", occur.text("FASTRESC"));
      if (y != null && y == recs.isEmpty()) {
        src.problems.at(occur, "FASTRESC", "sdtm.rule.occur", cat, recs.size());
      }
    }
    recs.sort(Comparator.comparing((Rec r) -> r.text("AESTDTC")));
    List<Episode> out = new ArrayList<>();
    for (Rec r : recs) {
      LocalDateTime onset = r.dateTime("AESTDTC");
      Integer grade = grade(r, 1);
      if (onset == null) {
        src.problems.at(r, "AESTDTC", "sdtm.rule.dateTime");
        continue;
      }
      LocalDateTime last = r.dateTime("AEENDTC") == null ? onset : r.dateTime("AEENDTC");
      Long day = onsetDay(r, onset);
      if (grade == null || day == null) {
        continue;
      }
      String resolved = q(r, "RESOLDTC");
      if (resolved != null && !Rec.isDtc(resolved)) {
        src.problems.at(
            src.qualifier("AE", u, "AESEQ", r.text("AESEQ"), "RESOLDTC"), "QVAL", "sdtm.rule.dtc");
        continue;
      }
      out.add(
          new Episode(
              out.size() + 1,
              onset,
              day,
              last,
              resolved == null ? null : LocalDateTime.parse(resolved),
              grade,
              ChronoUnit.DAYS.between(onset.toLocalDate(), last.toLocalDate()) + 1,
              doses(r, "TOCIDOSE"),
              doses(r, "CORTDOSE"),
              doses(r, "ACYTDOSE")));
    }
    return out;
  }

  private Long onsetDay(Rec r, LocalDateTime onset) {
    Long studyDay = r.integer("AESTDY");
    if (studyDay != null) {
      return studyDay > 0 ? studyDay - 1 : studyDay;
    }
    if (infusion == null) {
      src.problems.at(r, "AESTDY", "sdtm.rule.noInfusion");
      return null;
    }
    return ChronoUnit.DAYS.between(infusion, onset.toLocalDate());
  }

  private int doses(Rec r, String qnam) {
    String v = q(r, qnam);
    if (v == null) {
      return 0;
    }
    if (!v.matches("\\d{1,6}")) {
      src.problems.at(
          src.qualifier("AE", u, "AESEQ", r.text("AESEQ"), qnam), "QVAL", "sdtm.rule.int");
      return 0;
    }
    return Integer.parseInt(v);
  }

  private Integer grade(Rec r, int min) {
    String g = r.text("AETOXGR");
    if (g == null || !g.matches("[0-5]") || Integer.parseInt(g) < min) {
      src.problems.at(r, "AETOXGR", "sdtm.rule.grade", min);
      return null;
    }
    return Integer.parseInt(g);
  }

  private static LocalDateTime time(Rec r, String variable) {
    LocalDate d = r.date(variable);
    if (d == null) {
      return null;
    }
    LocalDateTime t = r.dateTime(variable);
    return t == null ? d.atStartOfDay() : t;
  }

  /** The blood counts and temperatures, or {@code null} when there are none. */
  CountsInput counts() {
    List<Rec> lb = counts(src, u);
    List<Rec> vs = src.of("VS", u);
    if (lb.isEmpty() && vs.isEmpty()) {
      return null;
    }
    if (infusionTime == null) {
      src.problems.at((lb.isEmpty() ? vs : lb).get(0), "USUBJID", "sdtm.rule.infusionTime");
      return null;
    }
    List<CountObservation> counts = new ArrayList<>();
    for (Rec r : lb) {
      LocalDateTime t = r.dateTime("LBDTC");
      Double value = number(r, "LBORRES");
      Double lln = number(r, "LBORNRLO");
      if (t == null) {
        src.problems.at(r, "LBDTC", "sdtm.rule.dateTime");
      } else if (value != null) {
        counts.add(
            new CountObservation(
                t, Terms.COUNT_TEST.get(r.text("LBTESTCD")), value, r.text("LBORRESU"), lln));
      }
    }
    List<TemperatureReading> temps = new ArrayList<>();
    for (Rec r : vs) {
      LocalDateTime t = r.dateTime("VSDTC");
      Double c = number(r, "VSORRES");
      String life = src.qval("VS", u, "VSSEQ", r.text("VSSEQ"), "LIFETHR");
      if (t == null) {
        src.problems.at(r, "VSDTC", "sdtm.rule.dateTime");
      } else if (c != null) {
        temps.add(new TemperatureReading(t, c, life == null ? null : life.equals("Y")));
      }
    }
    return new CountsInput(infusionTime, counts, temps);
  }

  private Double number(Rec r, String variable) {
    String v = r.text(variable);
    if (v == null) {
      return null;
    }
    if (!v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      src.problems.at(r, variable, "sdtm.rule.num");
      return null;
    }
    return Double.valueOf(v);
  }
}
