package org.celltrial.clinical.response.lugano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.CelltrialException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lugano 2014 PET-CT vectors LUG-01…06 of clinical-rules.md 5.1.2, and the Deauville 3/4 edge. */
class LuganoPetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // id, score, uptake, new avid lesion, marrow avid, marrow reduced, residual, category, label
    "LUG-01, 3, , false, false, false, 3.0, CR, CMR",
    "LUG-02, 4, REDUCED, false, false, false, , PR, PMR",
    "LUG-03, 4, UNCHANGED, false, false, false, , SD, NMR",
    "LUG-04, 5, INCREASED, false, false, false, , PD, PMD",
    "LUG-05, 2, , true, false, false, , PD, PMD",
    "LUG-06 new uptake scored X, X, , false, false, false, , CR, CMR",
    "Deauville 3 is CMR, 3, UNCHANGED, false, false, false, , CR, CMR",
    "Deauville 4 unchanged is not CMR, 4, UNCHANGED, false, false, false, , SD, NMR",
    "marrow residual reduced, 2, , false, true, true, , PR, PMR",
    "marrow avid not reduced, 2, , false, true, false, , PD, PMD",
  })
  void vectors(
      String id,
      String score,
      UptakeChange uptake,
      boolean newLesion,
      boolean marrow,
      boolean marrowReduced,
      Double residual,
      Category category,
      String label) {
    PetScan pet =
        new PetScan(Deauville.parse(score), uptake, newLesion, marrow, marrowReduced, residual);
    ResponseResult r = LuganoPet.classify(pet, LuganoParameters.LUGANO_2014);
    assertThat(r.category()).as(id).isEqualTo(category);
    assertThat(r.label()).as(id).isEqualTo(label);
    assertThat(r.criterion()).isEqualTo("Lugano 2014");
    assertThat(r.reasons()).isNotEmpty();
  }

  @ParameterizedTest(name = "cut-off {0}: Deauville 3 gives {1}")
  @CsvSource({"3, CR", "2, SD"})
  void cmrCutOffIsAParameter(String cutOff, Category expected) {
    PetScan pet = new PetScan(Deauville.THREE, UptakeChange.UNCHANGED, false, false, false, null);
    LuganoParameters p = new LuganoParameters(Deauville.parse(cutOff), 13.0);
    assertThat(LuganoPet.classify(pet, p).category()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"4", "5"})
  void highScoreWithoutComparisonIsAnError(String score) {
    PetScan pet = new PetScan(Deauville.parse(score), null, false, false, false, null);
    assertThatThrownBy(() -> LuganoPet.classify(pet, LuganoParameters.LUGANO_2014))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("pet.uptake");
  }

  @ParameterizedTest
  @CsvSource({"6", "0", "Y"})
  void badScoreIsNamed(String score) {
    assertThatThrownBy(() -> Deauville.parse(score))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("deauville")
        .hasMessageContaining(score);
  }
}
