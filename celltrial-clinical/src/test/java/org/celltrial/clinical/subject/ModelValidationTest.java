package org.celltrial.clinical.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.celltrial.clinical.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Bad records are refused with a message naming the field and the value. */
class ModelValidationTest {

  @Test
  void aTherapyCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                new PriorTherapy(
                    "VRd",
                    List.of("bortezomib"),
                    d("2020-03-01"),
                    d("2020-02-01"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(CelltrialException.class)
        .hasMessage("end 2020-02-01 is before the start 2020-03-01.");
  }

  @Test
  void aTherapyNeedsAgentsUnlessItIsATransplant() {
    assertThatThrownBy(
            () ->
                new PriorTherapy(
                    "x",
                    List.of(),
                    d("2020-03-01"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessageContaining("lists no agents");
    PriorTherapy asct =
        new PriorTherapy(
            null,
            null,
            d("2020-03-01"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            TransplantType.AUTO);
    assertThat(asct.isTransplant()).isTrue();
    assertThat(asct.label()).isEqualTo("AUTO");
  }

  @Test
  void negativeProtocolNumbersAndAnInvertedWindowAreRefused() {
    assertThatThrownBy(
            () ->
                new Protocol(
                    null, null, null, null, null, null, null, null, null, null, null, null, null,
                    -1, null, null, null, null, null, null, null, null, null))
        .hasMessage("refractoryWindowDays is -1; it must be 0 or more.");
    assertThatThrownBy(
            () ->
                new Protocol(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of(DrugClass.PI, -3),
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessage("washoutDays.PI is -3; it must be 0 or more.");
    CelltrialException inverted =
        (CelltrialException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    new Protocol(
                        null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, 14, 2, null, null));
    assertThat(inverted.render(Lang.ZH))
        .isEqualTo("lymphodepletionMinDays 14 大于 lymphodepletionMaxDays 2。");
  }

  @Test
  void defaultsComeFromTheGuideline() {
    Protocol p = Protocol.defaults();
    assertThat(p.minPriorLines(Indication.MM, LineSetting.RELAPSED_REFRACTORY)).isEqualTo(3);
    assertThat(p.minPriorLines(Indication.B_NHL, LineSetting.RELAPSED_REFRACTORY)).isEqualTo(2);
    assertThat(p.minPriorLines(Indication.B_ALL, LineSetting.RELAPSED_REFRACTORY)).isNull();
    assertThat(p.minPriorLines(Indication.MM, LineSetting.EARLIER_LINE)).isEqualTo(1);
    assertThat(p.minTkis()).isEqualTo(2);
    assertThat(p.tkiWaiverMutations()).containsExactly("T315I");
    assertThat(p.refractoryWindowDays()).isEqualTo(60);
    assertThat(p.earlyRelapseMonths()).isEqualTo(12);
    assertThat(p.washoutDays()).isEmpty();
    assertThat(p.reassessmentWindowDays()).isNull();
  }

  @Test
  void aSubtypeBelongsToBnhlStudiesOnlyAndIndicationIsRequired() {
    assertThatThrownBy(
            () ->
                new Study(
                    "S",
                    null,
                    Indication.MM,
                    Subtype.DLBCL,
                    null,
                    null,
                    null,
                    null,
                    Population.ADULT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessageContaining("subtype DLBCL is given but the indication is MM");
    assertThatThrownBy(
            () ->
                new Study(
                    "S",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Population.ADULT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessage("The field indication is required.");
  }

  @Test
  void anInfusionDoseMustBePositiveWithAUnit() {
    assertThatThrownBy(
            () -> new JourneyEvent.Infusion(d("2024-01-01"), 0.0, DoseUnit.TOTAL_CELLS, null))
        .hasMessage("The infusion dose 0 must be a positive number.");
    assertThatThrownBy(() -> new JourneyEvent.Infusion(d("2024-01-01"), 2e6, null, null))
        .hasMessage("The field unit is required.");
    assertThatThrownBy(
            () -> new JourneyEvent.Lymphodepletion(d("2024-01-05"), d("2024-01-03"), null))
        .hasMessage("end 2024-01-03 is before the start 2024-01-05.");
  }

  @Test
  void ageAtScreeningComesFromTheBirthDate() {
    Subject s =
        new Subject(
            "S",
            d("2006-03-15"),
            null,
            null,
            Indication.B_ALL,
            null,
            null,
            null,
            null,
            null,
            List.of(new JourneyEvent.Screening(d("2024-03-14"))),
            null,
            null,
            null,
            null,
            null);
    assertThat(s.ageAtScreening()).contains(17);
    Subject birthday =
        new Subject(
            "S",
            d("2006-03-15"),
            null,
            null,
            Indication.B_ALL,
            null,
            null,
            null,
            null,
            null,
            List.of(new JourneyEvent.Screening(d("2024-03-15"))),
            null,
            null,
            null,
            null,
            null);
    assertThat(birthday.ageAtScreening()).contains(18);
  }
}
