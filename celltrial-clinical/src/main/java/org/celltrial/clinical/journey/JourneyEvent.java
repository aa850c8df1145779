package org.celltrial.clinical.journey;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.subject.TransplantType;

/**
 * One event of a subject's cell-therapy journey, from screening to the end of follow-up. In JSON
 * each event names its kind in {@code "type"} ({@code "leukapheresis"}, {@code "bridging"} …).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = JourneyEvent.Screening.class, name = "screening"),
  @JsonSubTypes.Type(value = JourneyEvent.Enrolment.class, name = "enrolment"),
  @JsonSubTypes.Type(value = JourneyEvent.Leukapheresis.class, name = "leukapheresis"),
  @JsonSubTypes.Type(
      value = JourneyEvent.ManufacturingRelease.class,
      name = "manufacturing-release"),
  @JsonSubTypes.Type(
      value = JourneyEvent.ManufacturingFailure.class,
      name = "manufacturing-failure"),
  @JsonSubTypes.Type(value = JourneyEvent.Bridging.class, name = "bridging"),
  @JsonSubTypes.Type(value = JourneyEvent.TumorAssessment.class, name = "tumor-assessment"),
  @JsonSubTypes.Type(value = JourneyEvent.Lymphodepletion.class, name = "lymphodepletion"),
  @JsonSubTypes.Type(value = JourneyEvent.Infusion.class, name = "infusion"),
  @JsonSubTypes.Type(value = JourneyEvent.Hsct.class, name = "hsct"),
  @JsonSubTypes.Type(value = JourneyEvent.NewTherapy.class, name = "new-therapy"),
  @JsonSubTypes.Type(value = JourneyEvent.Death.class, name = "death"),
  @JsonSubTypes.Type(value = JourneyEvent.LostToFollowUp.class, name = "lost-to-follow-up")
})
public sealed interface JourneyEvent {
  /**
   * The event's kind, as written in JSON: the record's name in kebab case ({@code
   * ManufacturingRelease} → {@code manufacturing-release}).
   */
  default String kind() {
    return getClass()
        .getSimpleName()
        .replaceAll("([a-z])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /** The event's (first) date. */
  LocalDate first();

  /** The event's last date; the same as {@link #first()} for one-day events. */
  default LocalDate last() {
    return first();
  }

  /** Screening visit (age and eligibility are judged at this date). */
  record Screening(LocalDate date) implements JourneyEvent {
    /** Checks the date. */
    public Screening {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Enrolment (informed consent signed and eligibility confirmed). */
  record Enrolment(LocalDate date) implements JourneyEvent {
    /** Checks the date. */
    public Enrolment {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Leukapheresis (a later one after a manufacturing failure is a re-apheresis). */
  record Leukapheresis(LocalDate date) implements JourneyEvent {
    /** Checks the date. */
    public Leukapheresis {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Release of the manufactured product. */
  record ManufacturingRelease(LocalDate date) implements JourneyEvent {
    /** Checks the date. */
    public ManufacturingRelease {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Manufacturing failure (out of specification, not released), with its reason. */
  record ManufacturingFailure(LocalDate date, String reason) implements JourneyEvent {
    /** Checks the date. */
    public ManufacturingFailure {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Bridging therapy between leukapheresis and lymphodepletion (G-BR-1). */
  record Bridging(LocalDate start, LocalDate end, List<String> agents) implements JourneyEvent {
    /** Checks the dates and copies the agents. */
    public Bridging {
      span(start, end);
      agents = agents == null ? List.of() : List.copyOf(agents);
      if (agents.isEmpty()) {
        throw ClinicalMessages.error("therapy.noAgents", "bridging");
      }
    }

    @Override
    public LocalDate first() {
      return start;
    }

    @Override
    public LocalDate last() {
      return end;
    }
  }

  /** Tumor assessment; before lymphodepletion it is the re-baseline of G-BR-2. */
  record TumorAssessment(LocalDate date, String result) implements JourneyEvent {
    /** Checks the date. */
    public TumorAssessment {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Lymphodepleting chemotherapy (e.g. fludarabine + cyclophosphamide), first to last day. */
  record Lymphodepletion(LocalDate start, LocalDate end, List<String> agents)
      implements JourneyEvent {
    /** Checks the dates and copies the agents. */
    public Lymphodepletion {
      span(start, end);
      agents = agents == null ? List.of() : List.copyOf(agents);
    }

    @Override
    public LocalDate first() {
      return start;
    }

    @Override
    public LocalDate last() {
      return end;
    }
  }

  /**
   * Infusion of the product (day 0). A split dose is recorded as one infusion per fraction, each
   * with {@code split} true.
   *
   * @param date infusion date
   * @param dose the dose, a positive number
   * @param unit cells per kg or total cells
   * @param split whether this infusion is one fraction of a split dose
   */
  record Infusion(LocalDate date, Double dose, DoseUnit unit, Boolean split)
      implements JourneyEvent {
    /** Checks the date and the dose. */
    public Infusion {
      required(date);
      if (dose != null && !(dose > 0)) {
        throw ClinicalMessages.error("infusion.dose", dose);
      }
      if (dose != null && unit == null) {
        throw ClinicalMessages.error("field.required", "unit");
      }
      split = split != null && split;
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** HSCT after CAR-T (consolidation or salvage). */
  record Hsct(LocalDate date, TransplantType transplant) implements JourneyEvent {
    /** Checks the date. */
    public Hsct {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Start of a new anticancer therapy after infusion (G-EP-8). */
  record NewTherapy(LocalDate date, List<String> agents) implements JourneyEvent {
    /** Checks the date and copies the agents. */
    public NewTherapy {
      required(date);
      agents = agents == null ? List.of() : List.copyOf(agents);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Death, with its cause (free text). */
  record Death(LocalDate date, String cause) implements JourneyEvent {
    /** Checks the date. */
    public Death {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  /** Lost to follow-up: the last date the subject was known to be alive and followed. */
  record LostToFollowUp(LocalDate date) implements JourneyEvent {
    /** Checks the date. */
    public LostToFollowUp {
      required(date);
    }

    @Override
    public LocalDate first() {
      return date;
    }
  }

  private static void required(LocalDate date) {
    if (date == null) {
      throw ClinicalMessages.error("field.required", "date");
    }
  }

  private static void span(LocalDate start, LocalDate end) {
    if (start == null) {
      throw ClinicalMessages.error("field.required", "start");
    }
    if (end == null) {
      throw ClinicalMessages.error("field.required", "end");
    }
    if (end.isBefore(start)) {
      throw ClinicalMessages.error("date.beforeStart", "end", end, start);
    }
  }
}
