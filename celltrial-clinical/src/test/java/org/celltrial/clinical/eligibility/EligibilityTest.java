package org.celltrial.clinical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.planned;
import static org.celltrial.clinical.Fixtures.rx;
import static org.celltrial.clinical.Fixtures.sct;
import static org.celltrial.clinical.Fixtures.subject;

import java.util.List;
import java.util.Set;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.study.Design;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Phase;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.ProductType;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Worked eligibility cases per indication (G-POP-1 to G-POP-6). */
class EligibilityTest {
  private static final DrugDictionary DICT = DrugDictionary.standard();

  static Study study(
      Indication indication, Subtype subtype, Population population, Boolean adultData) {
    return new Study(
        "T",
        null,
        indication,
        subtype,
        ProductType.AUTOLOGOUS_CAR_T,
        Set.of(Antigen.CD19),
        Phase.PHASE_1,
        Design.SINGLE_ARM,
        population,
        null,
        adultData,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Criterion criterion(EligibilityReport r, String id) {
    return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Criterion classification(EligibilityReport r, String id) {
    return r.classifications().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  // --- B-ALL ---

  private static List<PriorTherapy> phPlusOneTki() {
    return List.of(
        rx(
            "VP + imatinib",
            "2023-01-01",
            "2023-06-01",
            4,
            BestResponse.CR,
            "2023-02-01",
            "2023-10-01",
            StopReason.PROGRESSION,
            "vincristine",
            "prednisone",
            "imatinib"));
  }

  @Test
  void phPositiveWithOneTkiAndT315iHasTheTwoTkiRuleWaived() {
    Subject s =
        subject(
            Indication.B_ALL,
            null,
            45,
            new Cytogenetics(PhStatus.POSITIVE, List.of("t315i")),
            null,
            phPlusOneTki(),
            List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, true), s, DICT);
    Criterion tki = criterion(r, "ph-tki");
    assertThat(tki.verdict()).isEqualTo(Verdict.MET);
    assertThat(tki.reason().render(Lang.EN))
        .contains("prior TKIs: 1")
        .contains("T315I")
        .contains("waived");
    assertThat(tki.reason().render(Lang.ZH)).contains("豁免");
    assertThat(criterion(r, "relapsed-refractory").verdict()).isEqualTo(Verdict.MET);
    assertThat(r.overall()).isEqualTo(Verdict.MET);
  }

  @Test
  void phPositiveWithOneTkiAndNoMutationIsNotEligible() {
    Subject s =
        subject(
            Indication.B_ALL,
            null,
            45,
            new Cytogenetics(PhStatus.POSITIVE, List.of()),
            null,
            phPlusOneTki(),
            List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "ph-tki").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(r, "ph-tki").reason().render(Lang.EN))
        .isEqualTo(
            "Ph+: prior TKIs: 1 (imatinib (FIRST)); at least 2 required and no waiving ABL1 mutation (found: -) (G-POP-3).");
    assertThat(r.overall()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void phPositiveWithTwoTkisMeetsTheRule() {
    List<PriorTherapy> history =
        List.of(
            phPlusOneTki().get(0),
            rx(
                "dasatinib + blina",
                "2023-10-10",
                "2024-01-01",
                2,
                BestResponse.NR,
                null,
                null,
                null,
                "Sprycel",
                "blinatumomab"));
    Subject s =
        subject(
            Indication.B_ALL,
            null,
            45,
            new Cytogenetics(PhStatus.POSITIVE, null),
            null,
            history,
            List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "ph-tki").reason().render(Lang.EN)).contains("prior TKIs: 2");
    assertThat(criterion(r, "ph-tki").verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void unknownPhStatusAndAgeAreUndecidedNamingTheFields() {
    Subject s =
        new Subject(
            "S",
            null,
            null,
            null,
            Indication.B_ALL,
            null,
            null,
            null,
            null,
            phPlusOneTki(),
            List.of(),
            null,
            null,
            null,
            null,
            null);
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "ph-tki").missing()).containsExactly("cytogenetics.philadelphia");
    assertThat(criterion(r, "age").missing()).containsExactly("ageYears");
    assertThat(r.overall()).isEqualTo(Verdict.UNDECIDED);
  }

  // --- G-POP-1 ---

  @Test
  void aPediatricTrialWithoutAdultSafetyDataIsFlagged() {
    Subject child =
        subject(
            Indication.B_ALL,
            null,
            9,
            new Cytogenetics(PhStatus.NEGATIVE, null),
            null,
            phPlusOneTki(),
            List.of());
    EligibilityReport none =
        Eligibility.assess(study(Indication.B_ALL, null, Population.PEDIATRIC, false), child, DICT);
    assertThat(criterion(none, "pediatric-plan").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(none, "age").verdict()).isEqualTo(Verdict.MET);
    EligibilityReport unknown =
        Eligibility.assess(study(Indication.B_ALL, null, Population.PEDIATRIC, null), child, DICT);
    assertThat(criterion(unknown, "pediatric-plan").missing())
        .containsExactly("study.adultSafetyDataAvailable");
    EligibilityReport adults =
        Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, null), child, DICT);
    assertThat(adults.criteria()).extracting(Criterion::id).doesNotContain("pediatric-plan");
    assertThat(criterion(adults, "age").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(adults, "age").reason().render(Lang.EN)).contains("Age 9");
  }

  @Test
  void ageBoundaryIsEighteenCompletedYears() {
    for (int age : new int[] {17, 18, 19}) {
      Subject s =
          subject(
              Indication.B_ALL,
              null,
              age,
              new Cytogenetics(PhStatus.NEGATIVE, null),
              null,
              phPlusOneTki(),
              List.of());
      EligibilityReport r =
          Eligibility.assess(study(Indication.B_ALL, null, Population.ADULT, true), s, DICT);
      assertThat(criterion(r, "age").verdict())
          .as("age " + age)
          .isEqualTo(age >= 18 ? Verdict.MET : Verdict.NOT_MET);
    }
  }

  // --- B-NHL ---

  private static final String[] RCHOP = {
    "rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"
  };

  @Test
  void lbclAfterTwoLinesOfImmunochemotherapyIsEligibleAndScholarRefractory() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "R-CHOP",
                "2022-01-01",
                "2022-07-01",
                6,
                BestResponse.CR,
                null,
                "2023-01-01",
                StopReason.COMPLETED,
                RCHOP),
            rx(
                "R-GemOx",
                "2023-01-15",
                "2023-03-01",
                2,
                BestResponse.PD,
                null,
                "2023-03-01",
                StopReason.PROGRESSION,
                "rituximab",
                "gemcitabine",
                "oxaliplatin"));
    Subject s = subject(Indication.B_NHL, Subtype.DLBCL, 60, null, null, history, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_NHL, Subtype.LBCL, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "prior-lines").reason().render(Lang.EN))
        .isEqualTo("2 prior lines; the protocol requires at least 2 (G-POP-4).");
    assertThat(criterion(r, "immunochemotherapy").verdict()).isEqualTo(Verdict.MET);
    assertThat(criterion(r, "targeted-therapy").verdict()).isEqualTo(Verdict.MET);
    assertThat(criterion(r, "diagnosis").verdict()).isEqualTo(Verdict.MET);
    assertThat(classification(r, "scholar-1-refractory").verdict()).isEqualTo(Verdict.MET);
    assertThat(r.overall()).isEqualTo(Verdict.MET);
  }

  @Test
  void oneLineOfNhlTherapyIsNotEnoughAndRadiotherapyDoesNotCount() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "R-CHOP",
                "2022-01-01",
                "2022-07-01",
                6,
                BestResponse.PR,
                null,
                "2023-01-01",
                null,
                RCHOP),
            rx("ISRT", "2023-02-01", "2023-03-01", "radiotherapy"));
    Subject s = subject(Indication.B_NHL, Subtype.DLBCL, 60, null, null, history, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_NHL, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "prior-lines").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(r, "prior-lines").reason().render(Lang.ZH))
        .isEqualTo("既往 1 线治疗；方案要求至少 2 线（G-POP-4）。");
  }

  @Test
  void chemotherapyWithoutAntiCd20IsNotImmunochemotherapy() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "CHOP",
                "2022-01-01",
                "2022-07-01",
                "cyclophosphamide",
                "doxorubicin",
                "vincristine",
                "prednisone"),
            rx("ibrutinib", "2022-08-01", "2023-01-01", "ibrutinib"));
    Subject s = subject(Indication.B_NHL, Subtype.MCL, 60, null, null, history, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_NHL, Subtype.MCL, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "immunochemotherapy").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(r, "targeted-therapy").reason().render(Lang.EN))
        .contains("line 2 (ibrutinib)");
    assertThat(r.classifications()).isEmpty();
  }

  @Test
  void aSubtypeOutsideTheStudyIsNotMet() {
    Subject s = subject(Indication.B_NHL, Subtype.FL, 60, null, null, List.of(), List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_NHL, Subtype.LBCL, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "diagnosis").verdict()).isEqualTo(Verdict.NOT_MET);
  }

  // --- MM ---

  private static List<PriorTherapy> mmThreeLinesWithAsct() {
    return List.of(
        rx(
            "VRd",
            "2019-01-01",
            "2019-05-01",
            4,
            BestResponse.VGPR,
            null,
            null,
            StopReason.PLANNED_NEXT_STEP,
            "bortezomib",
            "lenalidomide",
            "dexamethasone"),
        sct(TransplantType.AUTO, "2019-06-01", true, null),
        planned(
            rx(
                "R maintenance",
                "2019-09-01",
                "2021-03-01",
                null,
                BestResponse.VGPR,
                null,
                "2021-03-20",
                StopReason.PROGRESSION,
                "lenalidomide")),
        rx(
            "Dara-Kd",
            "2021-04-01",
            "2022-06-01",
            14,
            BestResponse.PR,
            null,
            "2022-06-01",
            StopReason.PROGRESSION,
            "daratumumab",
            "carfilzomib",
            "dexamethasone"),
        rx(
            "Pd",
            "2022-06-15",
            "2023-01-01",
            6,
            BestResponse.SD,
            null,
            "2023-01-01",
            StopReason.PROGRESSION,
            "pomalidomide",
            "dexamethasone"));
  }

  @Test
  void myelomaWithThreeLinesOneOfThemInductionAsctMaintenanceIsEligible() {
    Subject s = subject(Indication.MM, null, 62, null, false, mmThreeLinesWithAsct(), List.of());
    Study bcma =
        new Study(
            "MM",
            null,
            Indication.MM,
            null,
            ProductType.AUTOLOGOUS_CAR_T,
            Set.of(Antigen.BCMA),
            Phase.PHASE_2,
            Design.SINGLE_ARM,
            Population.ADULT,
            null,
            true,
            null,
            null,
            null,
            null,
            null,
            null);
    EligibilityReport r = Eligibility.assess(bcma, s, DICT);
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(0).label()).isEqualTo("VRd → ASCT → R maintenance");
    assertThat(criterion(r, "prior-lines").reason().render(Lang.EN))
        .isEqualTo("3 prior lines; the protocol requires at least 3 (G-POP-5).");
    assertThat(criterion(r, "exposed-pi").verdict()).isEqualTo(Verdict.MET);
    assertThat(criterion(r, "exposed-imid").verdict()).isEqualTo(Verdict.MET);
    assertThat(criterion(r, "exposed-anti_cd38").verdict()).isEqualTo(Verdict.MET);
    assertThat(criterion(r, "transplant-ineligible").verdict()).isEqualTo(Verdict.MET);
    assertThat(r.overall()).isEqualTo(Verdict.MET);
    assertThat(classification(r, "triple-class-exposed").verdict()).isEqualTo(Verdict.MET);
    assertThat(classification(r, "triple-class-refractory").verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void twoMyelomaLinesFailTheDefaultAndPassAProtocolThatAsksForTwo() {
    List<PriorTherapy> two = mmThreeLinesWithAsct().subList(0, 4);
    Subject s = subject(Indication.MM, null, 62, null, false, two, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.MM, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "prior-lines").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(criterion(r, "prior-lines").reason().render(Lang.EN))
        .isEqualTo("2 prior lines; the protocol requires at least 3 (G-POP-5).");
    Protocol twoLines =
        new Protocol(
            2, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);
    Study lenient =
        new Study(
            "MM",
            null,
            Indication.MM,
            null,
            null,
            null,
            null,
            null,
            Population.ADULT,
            LineSetting.RELAPSED_REFRACTORY,
            true,
            null,
            null,
            twoLines,
            null,
            null,
            null);
    assertThat(criterion(Eligibility.assess(lenient, s, DICT), "prior-lines").verdict())
        .isEqualTo(Verdict.MET);
  }

  @Test
  void transplantEligibilityUnknownIsUndecidedAndNoAntiCd38IsNotMet() {
    List<PriorTherapy> noCd38 =
        List.of(
            rx("VRd", "2019-01-01", "2019-05-01", "bortezomib", "lenalidomide", "dexamethasone"));
    Subject s = subject(Indication.MM, null, 62, null, null, noCd38, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.MM, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "transplant-ineligible").missing())
        .containsExactly("transplantEligible");
    assertThat(criterion(r, "exposed-anti_cd38").verdict()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void unknownAgentsAreReportedAsUndecided() {
    List<PriorTherapy> h = List.of(rx("trial", "2019-01-01", "2019-05-01", "XYZ-9"));
    Subject s = subject(Indication.MM, null, 62, null, false, h, List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.MM, null, Population.ADULT, true), s, DICT);
    assertThat(r.unknownAgents()).containsExactly("XYZ-9");
    assertThat(criterion(r, "agents-known").verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(criterion(r, "agents-known").reason().render(Lang.EN)).contains("XYZ-9");
  }

  @Test
  void wrongIndicationIsNotMetAndSkipsIndicationCriteria() {
    Subject s = subject(Indication.MM, null, 62, null, false, List.of(), List.of());
    EligibilityReport r =
        Eligibility.assess(study(Indication.B_NHL, null, Population.ADULT, true), s, DICT);
    assertThat(criterion(r, "diagnosis").verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.criteria()).extracting(Criterion::id).doesNotContain("immunochemotherapy");
  }

  // --- G-POP-6 ---

  @Test
  void anEarlierLineStudyNeedsRrBenefitRiskAndOnePriorLine() {
    List<PriorTherapy> oneLine =
        List.of(
            rx("R-CHOP", "2022-01-01", "2022-07-01", 6, BestResponse.SD, null, null, null, RCHOP));
    Subject s = subject(Indication.B_NHL, Subtype.DLBCL, 60, null, null, oneLine, List.of());
    for (Boolean shown : new Boolean[] {null, false, true}) {
      Study secondLine =
          new Study(
              "2L",
              null,
              Indication.B_NHL,
              Subtype.LBCL,
              null,
              null,
              null,
              Design.RANDOMIZED,
              Population.ADULT,
              LineSetting.EARLIER_LINE,
              true,
              null,
              shown,
              null,
              null,
              null,
              null);
      EligibilityReport r = Eligibility.assess(secondLine, s, DICT);
      Verdict expected = shown == null ? Verdict.UNDECIDED : shown ? Verdict.MET : Verdict.NOT_MET;
      assertThat(criterion(r, "earlier-line").verdict()).as("shown " + shown).isEqualTo(expected);
      assertThat(criterion(r, "prior-lines").rule()).isEqualTo("G-POP-6");
      assertThat(criterion(r, "prior-lines").verdict()).isEqualTo(Verdict.MET);
    }
  }
}
