package org.celltrial.clinical.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrugDictionaryTest {
  private final DrugDictionary dictionary = DrugDictionary.standard();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "Velcade, bortezomib",
    "BORTEZOMIB, bortezomib",
    "硼替佐米, bortezomib",
    "'  revlimid ', lenalidomide",
    "达雷妥尤单抗, daratumumab",
    "Blincyto, blinatumomab",
    "Gleevec, imatinib",
    "耐立克, olverembatinib",
    "Carvykti, ciltacabtagene autoleucel",
    "RT, radiotherapy"
  })
  void findsAnAgentByAnyNameIgnoringCase(String name, String generic) {
    assertThat(dictionary.find(name)).map(Agent::generic).contains(generic);
  }

  @ParameterizedTest(name = "{0} is a {1}-generation TKI")
  @CsvSource({
    "imatinib, FIRST",
    "dasatinib, SECOND",
    "nilotinib, SECOND",
    "bosutinib, SECOND",
    "flumatinib, SECOND",
    "ponatinib, THIRD",
    "olverembatinib, THIRD",
    "asciminib, ALLOSTERIC"
  })
  void tkisCarryTheirGeneration(String name, TkiGeneration generation) {
    Agent a = dictionary.find(name).orElseThrow();
    assertThat(a.is(DrugClass.TKI)).isTrue();
    assertThat(a.tkiGeneration()).isEqualTo(generation);
  }

  @Test
  void classesAndTargetsOfKeyAgents() {
    assertThat(dictionary.find("cyclophosphamide").orElseThrow().classes())
        .contains(DrugClass.CHEMOTHERAPY, DrugClass.ALKYLATOR);
    assertThat(dictionary.find("doxorubicin").orElseThrow().is(DrugClass.ANTHRACYCLINE)).isTrue();
    assertThat(dictionary.find("blinatumomab").orElseThrow().targets())
        .containsExactly(Antigen.CD19);
    assertThat(dictionary.find("inotuzumab ozogamicin").orElseThrow().targets())
        .containsExactly(Antigen.CD22);
    assertThat(dictionary.find("talquetamab").orElseThrow().targets())
        .containsExactly(Antigen.GPRC5D);
    assertThat(dictionary.find("isatuximab").orElseThrow().is(DrugClass.ANTI_CD38)).isTrue();
  }

  @Test
  void unknownNamesAreReportedNotDropped() {
    DrugDictionary.Resolution r =
        dictionary.resolve(List.of("rituximab", "wonderdrug", "Endoxan", "wonderdrug"));
    assertThat(r.agents())
        .extracting(Agent::generic)
        .containsExactly("rituximab", "cyclophosphamide");
    assertThat(r.unknown()).containsExactly("wonderdrug");
    assertThat(dictionary.find("wonderdrug")).isEmpty();
  }

  @Test
  void everyAgentHasAClassAndTheFileItsVersionAndSources() {
    assertThat(dictionary.version()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(dictionary.sources()).isNotEmpty();
    assertThat(dictionary.agents()).allSatisfy(a -> assertThat(a.classes()).isNotEmpty());
    assertThat(dictionary.agents())
        .filteredOn(a -> a.is(DrugClass.TKI))
        .allSatisfy(a -> assertThat(a.tkiGeneration()).isNotNull());
  }
}
