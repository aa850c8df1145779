package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.analysis.study.SafetyLabs;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.Management;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.LinkTest;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.safety.malignancy.VisitPlan;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * The safety data of a synthetic trial (G-SAF-1, G-SAF-5, G-SAF-6): graded adverse events derived
 * from the CRS, ICANS and count files ({@link AdverseEvents}); infections by organism with onset
 * and management; hypogammaglobulinemia, tumor lysis syndrome and IEC-HS as adverse events; serum
 * IgG with IVIG doses ({@link IggCourses}); secondary malignancies with their product-link tests;
 * long-term follow-up visits; and, with dose levels, the dose level of each infused subject ({@link
 * DoseEscalation}). Random choices come from their own stream ({@code SplittableRandom(seed ^
 * constant)}, split once per screened subject), so every file the study generator wrote before
 * stays as it was (docs/simulation.md). The follow-up of a subject ends at death, loss to follow-up
 * or one year after infusion.
 */
public final class SafetySimulator {
  /** Term of hypogammaglobulinemia reported as an adverse event (MedDRA preferred term). */
  public static final String HYPOGAMMAGLOBULINEMIA = "Hypogammaglobulinaemia";

  /** Term of tumor lysis syndrome (CTCAE 5.0). */
  public static final String TLS = "Tumor lysis syndrome";

  /** Term of IEC-HS (Hines et al., Transplant Cell Ther 2023). */
  public static final String IEC_HS = "Immune effector cell-associated HLH-like syndrome";

  private static final long STREAM = 0x5341_4645_5459_3031L;

  private SafetySimulator() {}

  /**
   * The trial with the safety data added to every subject; with two or more dose levels the study
   * gets the levels and the default DLT definition ({@link DoseEscalation#PROTOCOL}) and each
   * infused subject its level.
   */
  public static SimulatedStudy add(SimulatedStudy trial, List<String> doseLevels) {
    if (doseLevels.size() == 1
        || doseLevels.stream().anyMatch(String::isBlank)
        || doseLevels.stream().distinct().count() != doseLevels.size()) {
      throw SimulationMessages.error(
          "doseLevels.count", String.join(",", doseLevels), doseLevels.size());
    }
    SafetyRates rates = SafetyRates.of(trial.indication());
    SplittableRandom root = new SplittableRandom(trial.seed() ^ STREAM);
    List<SimulatedSubject> out = new ArrayList<>();
    for (SimulatedSubject s : trial.subjects()) {
      Draw draw = new Draw(root.split());
      out.add(
          s.outcome().infused()
              ? subject(s, rates, trial.indication() == SimIndication.MM, draw)
              : s);
    }
    if (doseLevels.isEmpty()) {
      return new SimulatedStudy(
          trial.generatorVersion(), trial.seed(), trial.indication(), trial.study(), out);
    }
    Map<String, String> levels = DoseEscalation.assign(out, doseLevels);
    List<SimulatedSubject> dosed = new ArrayList<>();
    for (SimulatedSubject s : out) {
      String level = levels.get(s.subject().id());
      dosed.add(level == null ? s : with(s, level, s.subject()));
    }
    return new SimulatedStudy(
        trial.generatorVersion(),
        trial.seed(),
        trial.indication(),
        study(trial.study(), doseLevels),
        dosed);
  }

  private static SimulatedSubject subject(
      SimulatedSubject s, SafetyRates rates, boolean myeloma, Draw draw) {
    Subject subject = s.subject();
    LocalDate infusion = first(subject.journey(), JourneyEvent.Infusion.class);
    LocalDate death = first(subject.journey(), JourneyEvent.Death.class);
    LocalDate lost = first(subject.journey(), JourneyEvent.LostToFollowUp.class);
    LocalDate end = infusion.plusDays(365);
    end = death != null && death.isBefore(end) ? death : end;
    end = lost != null && lost.isBefore(end) ? lost : end;
    List<ToxicityEvent> events = new ArrayList<>(AdverseEvents.of(s));
    events.addAll(syndromes(rates, draw, infusion, end));
    List<Infection> infections = infections(rates, draw, infusion, end, death, subject);
    List<Malignancy> malignancies = malignancies(rates, draw, subject.id(), infusion, end);
    List<LocalDate> visits = visits(draw, infusion, end);
    IggSeries igg = IggCourses.of(myeloma, draw, infusion, end, hypogammaglobulinemia(events));
    int age = Period.between(subject.birthDate(), infusion).getYears();
    TlsInput tls = TlsCourses.of(draw, infusion, end, age, onset(events, TLS));
    Subject filled =
        new Subject(
            subject.id(),
            subject.birthDate(),
            subject.ageYears(),
            subject.sex(),
            subject.diagnosis(),
            subject.subtype(),
            subject.diagnosisDate(),
            subject.cytogenetics(),
            subject.transplantEligible(),
            subject.history(),
            subject.journey(),
            subject.doseLevel(),
            events,
            infections,
            malignancies,
            visits);
    return new SimulatedSubject(
        filled, s.crs(), s.icans(), s.counts(), s.outcome(), new SafetyLabs(null, igg, tls));
  }

  private static LocalDate hypogammaglobulinemia(List<ToxicityEvent> events) {
    return onset(events, HYPOGAMMAGLOBULINEMIA);
  }

  private static LocalDate onset(List<ToxicityEvent> events, String term) {
    return events.stream()
        .filter(e -> term.equals(e.term()))
        .map(e -> e.onset().toLocalDate())
        .findFirst()
        .orElse(null);
  }

  private static SimulatedSubject with(SimulatedSubject s, String level, Subject x) {
    Subject subject =
        level == null
            ? x
            : new Subject(
                x.id(),
                x.birthDate(),
                x.ageYears(),
                x.sex(),
                x.diagnosis(),
                x.subtype(),
                x.diagnosisDate(),
                x.cytogenetics(),
                x.transplantEligible(),
                x.history(),
                x.journey(),
                level,
                x.adverseEvents(),
                x.infections(),
                x.malignancies(),
                x.followUpVisits());
    return new SimulatedSubject(subject, s.crs(), s.icans(), s.counts(), s.outcome(), s.labs());
  }

  /** Hypogammaglobulinemia (grade 2, from day 30–120), TLS (grade 3, day 1–5), IEC-HS (grade 3). */
  private static List<ToxicityEvent> syndromes(
      SafetyRates rates, Draw draw, LocalDate infusion, LocalDate end) {
    List<ToxicityEvent> out = new ArrayList<>();
    boolean hypo = draw.chance(rates.hypogammaglobulinemia());
    int hypoDay = draw.between(30, 120);
    boolean tls = draw.chance(rates.tls());
    int tlsDay = draw.between(1, 5);
    boolean iecHs = draw.chance(rates.iecHs());
    int iecDay = draw.between(7, 21);
    int iecDays = draw.between(4, 14);
    if (tls && !infusion.plusDays(tlsDay).isAfter(end)) {
      out.add(event(TLS, 3, infusion.plusDays(tlsDay), infusion.plusDays(tlsDay + 3), end));
    }
    if (iecHs && !infusion.plusDays(iecDay).isAfter(end)) {
      out.add(
          event(IEC_HS, 3, infusion.plusDays(iecDay), infusion.plusDays(iecDay + iecDays), end));
    }
    if (hypo && !infusion.plusDays(hypoDay).isAfter(end)) {
      out.add(event(HYPOGAMMAGLOBULINEMIA, 2, infusion.plusDays(hypoDay), null, end));
    }
    return out;
  }

  private static ToxicityEvent event(
      String term, int grade, LocalDate onset, LocalDate until, LocalDate end) {
    LocalDateTime stop = until == null || until.isAfter(end) ? null : until.atTime(12, 0);
    return new ToxicityEvent(
        term, ToxicityKind.NON_HEMATOLOGIC, grade, onset.atTime(12, 0), stop, true);
  }

  /** Infections after infusion; a death from infection gets a fatal one 2–10 days before it. */
  private static List<Infection> infections(
      SafetyRates rates,
      Draw draw,
      LocalDate infusion,
      LocalDate end,
      LocalDate death,
      Subject subject) {
    List<Infection> out = new ArrayList<>();
    int count =
        draw.chance(rates.infection()) ? (draw.chance(SafetyRates.SECOND_INFECTION) ? 2 : 1) : 0;
    double severe = rates.infectionGrade3() / rates.infection();
    for (int i = 0; i < count; i++) {
      boolean early = draw.chance(SafetyRates.EARLY_INFECTION);
      int day = early ? draw.between(0, 30) : draw.between(31, 365);
      Organism organism =
          Organism.values()[
              draw.index(early ? SafetyRates.EARLY_ORGANISMS : SafetyRates.LATE_ORGANISMS)];
      boolean grade3 = i == 0 && draw.chance(severe);
      boolean lifeThreatening = grade3 && draw.chance(SafetyRates.LIFE_THREATENING);
      Management m =
          grade3
              ? Management.INTRAVENOUS
              : draw.chance(SafetyRates.ORAL) ? Management.ORAL : Management.LOCAL;
      LocalDate onset = infusion.plusDays(day);
      if (!onset.isAfter(end)) {
        out.add(new Infection(term(organism), organism, onset, m, lifeThreatening, false));
      }
    }
    boolean fatal =
        subject.journey().stream()
            .anyMatch(e -> e instanceof JourneyEvent.Death d && "infection".equals(d.cause()));
    if (fatal) {
      LocalDate onset = death.minusDays(draw.between(2, 10));
      onset = onset.isBefore(infusion) ? infusion : onset;
      out.add(
          new Infection("Sepsis", Organism.BACTERIAL, onset, Management.INTRAVENOUS, true, true));
    }
    out.sort(Comparator.comparing(Infection::onset));
    return out;
  }

  private static String term(Organism o) {
    return switch (o) {
      case BACTERIAL, FUNGAL -> "Lung infection";
      case VIRAL -> "Upper respiratory infection";
      case OTHER -> "Infections and infestations - Other, specify";
    };
  }

  /** At most one of each kind: exponential time with the rate per 100 person-years. */
  private static List<Malignancy> malignancies(
      SafetyRates rates, Draw draw, String id, LocalDate infusion, LocalDate end) {
    List<Malignancy> out = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(infusion, end);
    double tOther =
        -StrictMath.log(1 - draw.uniform(0, 1)) / (rates.otherMalignancyPer100Py() / 100);
    double tCell =
        -StrictMath.log(1 - draw.uniform(0, 1)) / (rates.tCellMalignancyPer100Py() / 100);
    boolean solid = draw.chance(0.6);
    LinkTest transgene = draw.chance(0.5) ? LinkTest.PENDING : LinkTest.POSITIVE;
    long dOther = (long) (tOther * 365.25);
    long dCell = (long) (tCell * 365.25);
    if (dOther <= days) {
      out.add(
          new Malignancy(
              id,
              solid ? "Squamous cell carcinoma of skin" : "Myelodysplastic syndrome",
              solid ? Lineage.SOLID : Lineage.OTHER_HEMATOLOGIC,
              infusion.plusDays(dOther),
              LinkTest.NOT_TESTED,
              LinkTest.NOT_TESTED,
              LinkTest.NOT_TESTED));
    }
    if (dCell <= days) {
      out.add(
          new Malignancy(
              id,
              "Peripheral T-cell lymphoma, NOS",
              Lineage.T_CELL,
              infusion.plusDays(dCell),
              transgene,
              LinkTest.PENDING,
              LinkTest.NOT_TESTED));
    }
    out.sort(Comparator.comparing(Malignancy::diagnosed));
    return out;
  }

  /** Visits of the 15-year schedule due up to the end of follow-up, each done or missed. */
  private static List<LocalDate> visits(Draw draw, LocalDate infusion, LocalDate end) {
    List<LocalDate> out = new ArrayList<>();
    VisitPlan plan = VisitPlan.INTEGRATING_VECTOR;
    int first = plan.phases().get(0).intervalMonths();
    for (int m = first; m <= 12; m += first) {
      boolean done = draw.chance(SafetyRates.VISIT_DONE);
      LocalDate visit = infusion.plusMonths(m).plusDays(draw.between(-14, 14));
      if (done && !visit.isAfter(end)) {
        out.add(visit);
      }
    }
    return out;
  }

  private static Study study(Study s, List<String> levels) {
    return new Study(
        s.id(),
        s.title(),
        s.indication(),
        s.subtype(),
        s.productType(),
        s.targets(),
        s.phase(),
        s.design(),
        s.population(),
        s.lineSetting(),
        s.adultSafetyDataAvailable(),
        s.pediatricFirstJustification(),
        s.rrBenefitRiskShown(),
        s.protocol(),
        levels,
        s.targetValue(),
        DoseEscalation.PROTOCOL);
  }

  private static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
