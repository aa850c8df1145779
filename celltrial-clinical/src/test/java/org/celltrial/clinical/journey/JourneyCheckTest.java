package org.celltrial.clinical.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date order of the journey, each violation located at its event. */
class JourneyCheckTest {
  private static Protocol window(Integer min, Integer max) {
    return new Protocol(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, min, max, null, null);
  }

  /** A consistent journey: screening, enrolment, apheresis, release, bridging, LD, infusion. */
  private static List<JourneyEvent> clean() {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Screening(d("2024-01-01")));
    j.add(new JourneyEvent.Enrolment(d("2024-01-03")));
    j.add(new JourneyEvent.Leukapheresis(d("2024-01-05")));
    j.add(new JourneyEvent.Bridging(d("2024-01-08"), d("2024-01-12"), List.of("dexamethasone")));
    j.add(new JourneyEvent.ManufacturingRelease(d("2024-01-25")));
    j.add(
        new JourneyEvent.Lymphodepletion(
            d("2024-01-27"), d("2024-01-29"), List.of("fludarabine", "cyclophosphamide")));
    j.add(new JourneyEvent.Infusion(d("2024-02-01"), 1e6, DoseUnit.CELLS_PER_KG, false));
    j.add(new JourneyEvent.Death(d("2024-09-01"), "disease progression"));
    return j;
  }

  @Test
  void aConsistentJourneyHasNoFindings() {
    assertThat(JourneyCheck.check(clean(), window(2, 14))).isEmpty();
  }

  @ParameterizedTest(name = "LD ends {0}, infusion 2024-02-01, window 2-14 -> finding {1}")
  @CsvSource({
    "2024-02-01, journey.ldNotBeforeInfusion",
    "2024-01-31, journey.ldWindow",
    "2024-01-30, ''",
    "2024-01-18, ''",
    "2024-01-17, journey.ldWindow"
  })
  void lymphodepletionMustEndBeforeInfusionWithinTheWindow(String ldEnd, String key) {
    List<JourneyEvent> j = clean();
    j.set(
        5,
        new JourneyEvent.Lymphodepletion(d(ldEnd).minusDays(2), d(ldEnd), List.of("fludarabine")));
    List<Finding> f = JourneyCheck.check(j, window(2, 14));
    if (key.isEmpty()) {
      assertThat(f).isEmpty();
    } else {
      assertThat(f).extracting(x -> x.message().key()).contains(key);
      assertThat(f).extracting(Finding::location).contains("$.journey[5]");
    }
  }

  @Test
  void bridgingIntoLymphodepletionIsAnErrorAtTheBridgingEvent() {
    List<JourneyEvent> j = clean();
    j.set(3, new JourneyEvent.Bridging(d("2024-01-08"), d("2024-01-28"), List.of("dexamethasone")));
    List<Finding> f = JourneyCheck.check(j, Protocol.defaults());
    assertThat(f).hasSize(1);
    assertThat(f.get(0).location()).isEqualTo("$.journey[3]");
    assertThat(f.get(0).rule()).isEqualTo("G-BR-2");
    assertThat(f.get(0).severity()).isEqualTo(Finding.Severity.ERROR);
    assertThat(f.get(0).message().render(Lang.EN)).contains("2024-01-28").contains("2024-01-27");
  }

  @Test
  void bridgingEndingBeforeApheresisIsAWarning() {
    List<JourneyEvent> j = clean();
    j.set(3, new JourneyEvent.Bridging(d("2024-01-02"), d("2024-01-04"), List.of("dexamethasone")));
    List<Finding> f = JourneyCheck.check(j, Protocol.defaults());
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Finding.Severity.WARNING);
              assertThat(x.rule()).isEqualTo("G-BR-1");
            });
  }

  @Test
  void eventsAfterDeathAndBeforeScreeningAreErrors() {
    List<JourneyEvent> j = clean();
    j.add(new JourneyEvent.NewTherapy(d("2024-10-01"), List.of("rituximab")));
    j.add(0, new JourneyEvent.Leukapheresis(d("2023-12-20")));
    List<Finding> f = JourneyCheck.check(j, Protocol.defaults());
    assertThat(f)
        .extracting(x -> x.message().key())
        .contains("journey.beforeScreening", "journey.afterDeath");
    assertThat(f)
        .filteredOn(x -> x.message().key().equals("journey.afterDeath"))
        .extracting(Finding::location)
        .containsExactly("$.journey[9]");
  }

  @Test
  void infusionAfterAManufacturingFailureNeedsANewRelease() {
    List<JourneyEvent> j = clean();
    j.set(4, new JourneyEvent.ManufacturingFailure(d("2024-01-25"), "low viability"));
    assertThat(JourneyCheck.check(j, Protocol.defaults()))
        .extracting(x -> x.message().key())
        .contains("journey.infusionAfterFailure", "journey.infusionWithoutRelease");
    j.add(5, new JourneyEvent.Leukapheresis(d("2024-01-26")));
    j.add(6, new JourneyEvent.ManufacturingRelease(d("2024-01-26")));
    assertThat(JourneyCheck.check(j, Protocol.defaults()))
        .extracting(x -> x.message().key())
        .doesNotContain("journey.infusionAfterFailure");
  }

  @Test
  void hsctAfterCarTMustFollowTheInfusionAndSeveralInfusionsMustBeSplit() {
    List<JourneyEvent> j = clean();
    j.add(new JourneyEvent.Hsct(d("2024-01-31"), TransplantType.ALLO));
    j.add(new JourneyEvent.Infusion(d("2024-02-02"), 1e6, DoseUnit.CELLS_PER_KG, true));
    assertThat(JourneyCheck.check(j, Protocol.defaults()))
        .extracting(x -> x.message().key())
        .contains("journey.hsctBeforeInfusion", "journey.severalInfusions");
  }

  @Property(tries = 50)
  void shiftingEveryDateBySameDaysChangesNoFinding(
      @ForAll @IntRange(min = -3000, max = 3000) int days) {
    List<JourneyEvent> shifted = new ArrayList<>();
    for (JourneyEvent e : clean()) {
      shifted.add(shift(e, days));
    }
    shifted.set(
        3,
        new JourneyEvent.Bridging(
            d("2024-01-08").plusDays(days),
            d("2024-01-28").plusDays(days),
            List.of("dexamethasone")));
    assertThat(JourneyCheck.check(shifted, window(2, 14)))
        .extracting(x -> x.message().key())
        .containsExactly("journey.bridgingIntoLd");
  }

  private static JourneyEvent shift(JourneyEvent e, int days) {
    if (e instanceof JourneyEvent.Screening s) {
      return new JourneyEvent.Screening(s.date().plusDays(days));
    } else if (e instanceof JourneyEvent.Enrolment s) {
      return new JourneyEvent.Enrolment(s.date().plusDays(days));
    } else if (e instanceof JourneyEvent.Leukapheresis s) {
      return new JourneyEvent.Leukapheresis(s.date().plusDays(days));
    } else if (e instanceof JourneyEvent.ManufacturingRelease s) {
      return new JourneyEvent.ManufacturingRelease(s.date().plusDays(days));
    } else if (e instanceof JourneyEvent.Lymphodepletion s) {
      return new JourneyEvent.Lymphodepletion(
          s.start().plusDays(days), s.end().plusDays(days), s.agents());
    } else if (e instanceof JourneyEvent.Infusion s) {
      return new JourneyEvent.Infusion(s.date().plusDays(days), s.dose(), s.unit(), s.split());
    } else if (e instanceof JourneyEvent.Death s) {
      return new JourneyEvent.Death(s.date().plusDays(days), s.cause());
    }
    return e;
  }
}
