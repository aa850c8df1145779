package org.celltrial.clinical.bridging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Criterion;
import org.celltrial.clinical.eligibility.Verdict;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** G-BR-2 washout and re-baseline, G-BR-3 strata, G-BR-4 same-target bridging. */
class BridgingTest {
  private static final DrugDictionary DICT = DrugDictionary.standard();

  private static Protocol protocol(Map<DrugClass, Integer> washout, Integer rebaselineWindow) {
    return new Protocol(
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
        washout,
        null,
        null,
        null,
        rebaselineWindow,
        null);
  }

  private static Study cd19(Protocol p) {
    return new Study(
        "T",
        null,
        Indication.B_NHL,
        null,
        null,
        Set.of(Antigen.CD19),
        null,
        null,
        Population.ADULT,
        null,
        true,
        null,
        null,
        p,
        null,
        null,
        null);
  }

  private static Subject withJourney(List<JourneyEvent> journey) {
    return new Subject(
        "S",
        null,
        50,
        null,
        Indication.B_NHL,
        null,
        null,
        null,
        null,
        List.of(),
        journey,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<JourneyEvent> journey(
      String bridgingEnd, String assessment, String ldStart, String... agents) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Leukapheresis(d("2024-01-02")));
    j.add(new JourneyEvent.Bridging(d("2024-01-05"), d(bridgingEnd), List.of(agents)));
    if (assessment != null) {
      j.add(new JourneyEvent.TumorAssessment(d(assessment), "PR"));
    }
    j.add(
        new JourneyEvent.Lymphodepletion(
            d(ldStart), d(ldStart).plusDays(2), List.of("fludarabine", "cyclophosphamide")));
    j.add(new JourneyEvent.Infusion(d(ldStart).plusDays(5), 2e6, DoseUnit.CELLS_PER_KG, null));
    return j;
  }

  @ParameterizedTest(name = "bridging ends {0}, LD {1}: washout 14 -> {2}")
  @CsvSource({
    "2024-01-10, 2024-01-23, false",
    "2024-01-10, 2024-01-24, true",
    "2024-01-10, 2024-01-25, true"
  })
  void washoutOneDayShortIsNotMet(String end, String ld, boolean met) {
    Protocol p = protocol(Map.of(DrugClass.CHEMOTHERAPY, 14), 7);
    BridgingReport r =
        Bridging.assess(
            cd19(p),
            withJourney(journey(end, "2024-01-20", ld, "gemcitabine", "oxaliplatin")),
            DICT);
    Criterion washout = r.checks().get(0);
    assertThat(washout.rule()).isEqualTo("G-BR-2");
    assertThat(washout.verdict()).isEqualTo(met ? Verdict.MET : Verdict.NOT_MET);
    if (!met) {
      assertThat(washout.reason().render(Lang.EN))
          .contains("only 13 days later")
          .contains("at least 14 days")
          .contains("$.journey[1]");
    }
  }

  @Test
  void theLargestWashoutOfAnAgentsClassesApplies() {
    Protocol p = protocol(Map.of(DrugClass.CHEMOTHERAPY, 7, DrugClass.ALKYLATOR, 21), 7);
    BridgingReport r =
        Bridging.assess(
            cd19(p),
            withJourney(journey("2024-01-10", "2024-01-25", "2024-01-30", "bendamustine")),
            DICT);
    assertThat(r.checks().get(0).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.checks().get(0).reason().render(Lang.EN)).contains("at least 21 days");
  }

  @Test
  void aMissingWashoutParameterIsUndecidedNamingIt() {
    BridgingReport r =
        Bridging.assess(
            cd19(protocol(Map.of(), 7)),
            withJourney(journey("2024-01-10", "2024-01-25", "2024-01-30", "dexamethasone")),
            DICT);
    assertThat(r.checks().get(0).verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(r.checks().get(0).missing()).containsExactly("protocol.washoutDays.CORTICOSTEROID");
  }

  @Test
  void aCd19AntibodyBeforeCd19CarTIsWarned() {
    Protocol p = protocol(Map.of(DrugClass.MONOCLONAL_ANTIBODY, 14, DrugClass.BISPECIFIC, 14), 7);
    BridgingReport r =
        Bridging.assess(
            cd19(p),
            withJourney(journey("2024-01-10", "2024-01-25", "2024-01-30", "Blincyto")),
            DICT);
    Criterion target =
        r.checks().stream().filter(c -> c.rule().equals("G-BR-4")).findFirst().orElseThrow();
    assertThat(target.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(target.reason().render(Lang.EN)).contains("blinatumomab is directed against CD19");
    assertThat(target.reason().render(Lang.ZH)).contains("同靶点桥接");
    assertThat(r.stratum()).isEqualTo(BridgingStratum.TARGETED);
    BridgingReport cd22 =
        Bridging.assess(
            cd19(p),
            withJourney(journey("2024-01-10", "2024-01-25", "2024-01-30", "Besponsa")),
            DICT);
    assertThat(cd22.checks()).noneMatch(c -> c.rule().equals("G-BR-4"));
  }

  @ParameterizedTest(name = "re-baseline {0} before LD {1}, window 7 -> {2}")
  @CsvSource({
    "2024-01-22, 2024-01-30, false",
    "2024-01-23, 2024-01-30, true",
    "2024-01-30, 2024-01-30, true"
  })
  void tumorRebaselineMustBeWithinTheWindowBeforeLymphodepletion(
      String assessed, String ld, boolean met) {
    BridgingReport r =
        Bridging.assess(
            cd19(protocol(Map.of(DrugClass.CORTICOSTEROID, 3), 7)),
            withJourney(journey("2024-01-10", assessed, ld, "dexamethasone")),
            DICT);
    Criterion c =
        r.checks().stream()
            .filter(x -> x.id().equals("tumor-rebaseline"))
            .findFirst()
            .orElseThrow();
    assertThat(c.verdict()).isEqualTo(met ? Verdict.MET : Verdict.NOT_MET);
  }

  @Test
  void noAssessmentAfterBridgingIsNotMetAndNoWindowIsUndecided() {
    BridgingReport none =
        Bridging.assess(
            cd19(protocol(Map.of(DrugClass.CORTICOSTEROID, 3), 7)),
            withJourney(journey("2024-01-10", null, "2024-01-30", "dexamethasone")),
            DICT);
    assertThat(none.checks().get(none.checks().size() - 1).verdict()).isEqualTo(Verdict.NOT_MET);
    BridgingReport noWindow =
        Bridging.assess(
            cd19(protocol(Map.of(DrugClass.CORTICOSTEROID, 3), null)),
            withJourney(journey("2024-01-10", "2024-01-25", "2024-01-30", "dexamethasone")),
            DICT);
    assertThat(noWindow.checks().get(noWindow.checks().size() - 1).missing())
        .containsExactly("protocol.reassessmentWindowDays");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'dexamethasone', STEROIDS_ONLY",
    "'radiotherapy,dexamethasone', RADIOTHERAPY",
    "'lenalidomide,dexamethasone', IMID_BASED",
    "'rituximab,gemcitabine,oxaliplatin', CHEMOTHERAPY",
    "'polatuzumab vedotin,rituximab', TARGETED",
    "'ibrutinib', TARGETED",
    "'mystery', UNCLASSIFIED"
  })
  void bridgingStrataFollowThePrecedence(String agents, BridgingStratum stratum) {
    DrugDictionary.Resolution r = DICT.resolve(List.of(agents.split(",")));
    assertThat(BridgingStratum.of(r.agents(), r.unknown())).isEqualTo(stratum);
  }

  @Test
  void noBridgingIsStratumNoneWithoutChecks() {
    Subject s = withJourney(List.of(new JourneyEvent.Leukapheresis(d("2024-01-02"))));
    BridgingReport r = Bridging.assess(cd19(Protocol.defaults()), s, DICT);
    assertThat(r.stratum()).isEqualTo(BridgingStratum.NONE);
    assertThat(r.checks()).isEmpty();
  }
}
