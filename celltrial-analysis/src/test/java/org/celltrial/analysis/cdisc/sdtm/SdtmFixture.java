package org.celltrial.analysis.cdisc.sdtm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.analysis.study.ResponseCourse;
import org.celltrial.analysis.study.ResponseVisit;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.tls.TlsAnalyte;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsLab;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltRule;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.Management;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.LinkTest;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.study.Design;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.LineSetting;
import org.celltrial.clinical.study.Phase;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.ProductType;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;

/** A small hand-built study using every field the SDTM mapping carries. */
final class SdtmFixture {
  private SdtmFixture() {}

  static final LocalDate D0 = LocalDate.of(2024, 3, 1);

  static Study study() {
    Protocol protocol;
    try {
      protocol =
          new ObjectMapper()
              .readValue(
                  "{\"minTkis\": 1, \"tkiWaiverMutations\": [\"T315I\", \"F317L\"],"
                      + " \"minDaysAfterAlloHsct\": 100, \"scholarFirstLineInclusive\": true,"
                      + " \"washoutDays\": {\"TKI\": 3, \"CHEMOTHERAPY\": 14},"
                      + " \"lymphodepletionMaxDays\": 7, \"landmarkDay\": 90}",
                  Protocol.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    DltProtocol dlt =
        new DltProtocol(
            21,
            List.of(
                new DltRule("ICANS-G3-72H", Set.of(ToxicityKind.ICANS), 3, 72, null),
                new DltRule(
                    "CYTO-G4-D28",
                    Set.of(ToxicityKind.NEUTROPENIA, ToxicityKind.THROMBOCYTOPENIA),
                    4,
                    null,
                    28)));
    return new Study(
        "CT-ALL-01",
        "Hand-built B-ALL study",
        Indication.B_ALL,
        null,
        ProductType.AUTOLOGOUS_CAR_T,
        Set.of(Antigen.CD19, Antigen.CD22),
        Phase.PHASE_1_2,
        Design.SINGLE_ARM,
        Population.BOTH,
        LineSetting.RELAPSED_REFRACTORY,
        true,
        "adult data exist",
        null,
        protocol,
        List.of("DL1", "DL2"),
        0.45,
        dlt);
  }

  /** A treated subject with every kind of record, the journey deliberately not in date order. */
  static SdtmSubject treated() {
    LocalDateTime inf = D0.atTime(10, 0);
    Subject s =
        new Subject(
            "001",
            LocalDate.of(1990, 5, 17),
            null,
            Sex.FEMALE,
            Indication.B_ALL,
            null,
            LocalDate.of(2022, 1, 3),
            new Cytogenetics(PhStatus.POSITIVE, List.of("T315I", "E255K")),
            true,
            List.of(
                new PriorTherapy(
                    "Hyper-CVAD A",
                    List.of("cyclophosphamide", "vincristine"),
                    LocalDate.of(2022, 1, 10),
                    LocalDate.of(2022, 5, 1),
                    4,
                    BestResponse.CR,
                    LocalDate.of(2022, 3, 1),
                    LocalDate.of(2023, 1, 5),
                    StopReason.COMPLETED,
                    false,
                    null),
                new PriorTherapy(
                    "allo-HSCT",
                    null,
                    LocalDate.of(2022, 7, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    TransplantType.ALLO),
                new PriorTherapy(
                    null,
                    List.of("blinatumomab"),
                    LocalDate.of(2023, 2, 1),
                    LocalDate.of(2023, 4, 1),
                    null,
                    BestResponse.NR,
                    null,
                    null,
                    StopReason.PROGRESSION,
                    false,
                    null)),
            List.of(
                new JourneyEvent.Screening(D0.minusDays(40)),
                new JourneyEvent.Enrolment(D0.minusDays(35)),
                new JourneyEvent.Leukapheresis(D0.minusDays(33)),
                new JourneyEvent.ManufacturingFailure(D0.minusDays(20), "low viability"),
                new JourneyEvent.Leukapheresis(D0.minusDays(18)),
                new JourneyEvent.ManufacturingRelease(D0.minusDays(5)),
                new JourneyEvent.Bridging(
                    D0.minusDays(30), D0.minusDays(25), List.of("inotuzumab ozogamicin")),
                new JourneyEvent.TumorAssessment(D0.minusDays(7), "marrow blasts 60 %"),
                new JourneyEvent.Lymphodepletion(
                    D0.minusDays(5), D0.minusDays(3), List.of("fludarabine", "cyclophosphamide")),
                new JourneyEvent.Infusion(D0, 1.0e6, DoseUnit.CELLS_PER_KG, true),
                new JourneyEvent.Infusion(D0.plusDays(1), 2.0e6, DoseUnit.CELLS_PER_KG, true),
                new JourneyEvent.Hsct(D0.plusDays(100), TransplantType.ALLO),
                new JourneyEvent.NewTherapy(D0.plusDays(200), List.of("ponatinib")),
                new JourneyEvent.LostToFollowUp(D0.plusDays(300))),
            "DL2",
            List.of(
                new ToxicityEvent(
                    "Febrile neutropenia",
                    ToxicityKind.NEUTROPENIA,
                    3,
                    inf.plusDays(3),
                    inf.plusDays(6),
                    true),
                new ToxicityEvent(
                    "Hypotension", ToxicityKind.NON_HEMATOLOGIC, 2, inf.plusDays(2), null, false)),
            List.of(
                new Infection(
                    "CMV reactivation",
                    Organism.VIRAL,
                    D0.plusDays(20),
                    Management.INTRAVENOUS,
                    false,
                    false)),
            List.of(
                new Malignancy(
                    "001",
                    "T-cell lymphoma",
                    Lineage.T_CELL,
                    D0.plusDays(250),
                    LinkTest.POSITIVE,
                    LinkTest.PENDING,
                    LinkTest.NOT_TESTED)),
            List.of(D0.plusDays(90), D0.plusDays(180)));
    List<Episode> crs =
        List.of(
            new Episode(
                1, inf.plusHours(30), 1, inf.plusHours(78), inf.plusHours(90), 3, 3, 2, 1, 0),
            new Episode(2, inf.plusDays(9), 9, inf.plusDays(9), null, 1, 1, 0, 0, 1));
    CountsInput counts =
        new CountsInput(
            inf,
            List.of(
                new CountObservation(inf.plusHours(2), "anc", 1730.0, "/uL", 1800.0),
                new CountObservation(inf.plusDays(2), "anc", 0.1234567890123, "10^9/L", null),
                new CountObservation(inf.plusDays(2), "hgb", 93.0, "g/L", 120.0)),
            List.of(new TemperatureReading(inf.plusDays(2), 38.6, false)));
    SdtmSubject.Responses r =
        new SdtmSubject.Responses(
            List.of(
                new ResponseVisit(D0.plusDays(28), Category.CRI, null),
                new ResponseVisit(D0.plusDays(56), Category.CR, 0.25)),
            List.of(new TimePoint(D0.plusDays(28), Category.CR)),
            D0.plusDays(300),
            3.5,
            List.of(
                new ResponseCourse.MrdSample(D0.plusDays(28), "FLOW", false, null, 1e-4),
                new ResponseCourse.MrdSample(D0.plusDays(56), "NGS", true, 2.5e-5, 1e-6)));
    IggSeries igg =
        new IggSeries(
            List.of(
                new IggSeries.Sample(inf.plusDays(30), 350.0, "mg/dL"),
                new IggSeries.Sample(inf.plusDays(60), 3.1, "g/L")),
            List.of(inf.plusDays(31)));
    TlsInput tls =
        new TlsInput(
            inf.minusDays(5),
            false,
            null,
            Map.of(TlsAnalyte.URIC_ACID, 5.0, TlsAnalyte.POTASSIUM, 4.2),
            List.of(
                new TlsLab(inf.minusDays(5), TlsAnalyte.URIC_ACID, 8.1),
                new TlsLab(inf.plusDays(1), TlsAnalyte.CALCIUM, 6.9)),
            2.0,
            1,
            0);
    return new SdtmSubject(s, inf, crs, List.of(), counts, r, igg, tls);
  }

  /** A screen failure: demographics only. */
  static SdtmSubject screenFailure() {
    Subject s =
        new Subject(
            "002",
            null,
            71,
            Sex.MALE,
            Indication.B_ALL,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new JourneyEvent.Screening(D0.minusDays(10)),
                new JourneyEvent.Death(D0.plusDays(5), "disease progression")),
            null,
            null,
            null,
            null,
            null);
    return new SdtmSubject(s, null, null, null, null, null, null, null);
  }

  static SdtmStudy pkg() {
    return new SdtmStudy(
        study(),
        List.of(treated(), screenFailure()),
        List.of(
            new KineticProfile(
                "001", new double[] {0, 7, 14, 28}, new double[] {0, 1200.5, 30000, 0})));
  }

  /** The datasets as text tables, as a CSV file gives them. */
  static List<SdtmTable> tables(List<Dataset> datasets) {
    List<SdtmTable> out = new ArrayList<>();
    for (Dataset d : datasets) {
      List<List<String>> rows = new ArrayList<>();
      for (List<Object> row : d.rows()) {
        List<String> r = new ArrayList<>();
        for (Object v : row) {
          r.add(v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
        }
        rows.add(r);
      }
      out.add(
          new SdtmTable(
              d.name().toLowerCase() + ".csv",
              d.name(),
              d.variables().stream().map(Variable::name).toList(),
              rows));
    }
    return out;
  }
}
