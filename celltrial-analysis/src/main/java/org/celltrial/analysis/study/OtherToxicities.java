package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.igg.IggRule;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.common.i18n.Message;

/**
 * Hypogammaglobulinemia, tumor lysis syndrome and IEC-HS reported as adverse events; severe
 * hypogammaglobulinemia from IgG values and IVIG use ({@code igg/<id>.json}); laboratory and
 * clinical TLS from the tumor-lysis values ({@code tls/<id>.json}); and prolonged (grade ≥ 3 at the
 * day-28 landmark) and late (grade ≥ 3 after day 90) neutropenia and thrombocytopenia from the
 * counts files by the ICAHT engine ({@link ProlongedCytopenia}), in the infused set (G-SAF-1,
 * G-SAF-3). Adverse events are recognised by their term (case-insensitive: "hypogammaglobulin",
 * "tumor lysis"/"tumour lysis", "HLH-like"/"IEC-HS"). A row whose data are absent for every infused
 * subject says "not collected".
 */
final class OtherToxicities {
  private OtherToxicities() {}

  static ReportTable table(AnalysisInput input) {
    List<AnalysisSubject> infused = Sets.MITT.of(input.subjects());
    List<AnalysisSubject> withFile = infused.stream().filter(s -> s.source() != null).toList();
    boolean anyEvents = withFile.stream().anyMatch(s -> !s.source().adverseEvents().isEmpty());
    List<List<Message>> rows = new ArrayList<>();
    for (String kind : List.of("hypogammaglobulinemia", "tls", "iechs")) {
      Message label = AnalysisMessages.of("other." + kind);
      if (!anyEvents) {
        rows.add(
            List.of(label, AnalysisMessages.of("safety.notCollected"), AnalysisMessages.raw("-")));
        continue;
      }
      int any = 0;
      int severe = 0;
      for (AnalysisSubject s : withFile) {
        List<ToxicityEvent> mine =
            s.source().adverseEvents().stream().filter(e -> is(kind, e.term())).toList();
        any += mine.isEmpty() ? 0 : 1;
        severe += mine.stream().anyMatch(e -> e.grade() >= 3) ? 1 : 0;
      }
      rows.add(
          List.of(
              label,
              Fmt.countPercent(any, withFile.size()),
              Fmt.countPercent(severe, withFile.size())));
    }
    rows.addAll(igg(infused));
    rows.addAll(tls(infused));
    List<AnalysisSubject> graded =
        infused.stream().filter(s -> s.labs() != null && s.labs().cytopenia() != null).toList();
    for (LabTest test : List.of(LabTest.ANC, LabTest.PLT)) {
      for (boolean late : new boolean[] {false, true}) {
        Message label =
            AnalysisMessages.of(
                late ? "other.late." + test.name() : "other.prolonged." + test.name(),
                late
                    ? IcahtParameters.DEFAULT.lateCytopeniaDay()
                    : IcahtParameters.DEFAULT.landmarkDay());
        if (graded.isEmpty()) {
          rows.add(
              List.of(
                  label, AnalysisMessages.of("safety.notCollected"), AnalysisMessages.raw("-")));
          continue;
        }
        long n =
            graded.stream()
                .filter(
                    s ->
                        s.labs().cytopenia().stream()
                            .anyMatch(
                                v ->
                                    v.test() == test
                                        && (late ? v.late() : Boolean.TRUE.equals(v.prolonged()))))
                .count();
        rows.add(List.of(label, AnalysisMessages.raw("-"), Fmt.countPercent(n, graded.size())));
      }
    }
    return new ReportTable(
        "other-toxicities",
        AnalysisMessages.of("other.title", infused.size()),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-3",
        List.of(
            AnalysisMessages.of("col.item"),
            AnalysisMessages.of("other.col.any"),
            AnalysisMessages.of("other.col.grade3")),
        rows,
        List.of(AnalysisMessages.of("other.note", graded.size())));
  }

  /**
   * Severe hypogammaglobulinemia by the IgG rule of Hill et al. 2019 ({@link IggRule#HILL_2019}:
   * IgG ≤ 400 mg/dL in a sample not drawn within 28 days after IVIG), and IVIG use, among the
   * subjects with an IgG file.
   */
  private static List<List<Message>> igg(List<AnalysisSubject> infused) {
    List<LabFindings.Igg> series =
        infused.stream()
            .filter(s -> s.labs() != null && s.labs().igg() != null)
            .map(s -> s.labs().igg())
            .toList();
    Message severeLabel =
        AnalysisMessages.of("other.iggSevere", IggRule.HILL_2019.thresholdMgPerDl());
    Message ivigLabel = AnalysisMessages.of("other.ivig");
    if (series.isEmpty()) {
      return List.of(
          List.of(
              severeLabel, AnalysisMessages.of("safety.notCollected"), AnalysisMessages.raw("-")),
          List.of(
              ivigLabel, AnalysisMessages.of("safety.notCollected"), AnalysisMessages.raw("-")));
    }
    long severe = series.stream().filter(LabFindings.Igg::severe).count();
    long ivig = series.stream().filter(LabFindings.Igg::ivig).count();
    return List.of(
        List.of(severeLabel, Fmt.countPercent(severe, series.size()), AnalysisMessages.raw("-")),
        List.of(ivigLabel, Fmt.countPercent(ivig, series.size()), AnalysisMessages.raw("-")));
  }

  /**
   * Laboratory TLS under Cairo–Bishop 2004 and Howard 2011, and clinical TLS (Cairo–Bishop grade ≥
   * 1), from the tumor-lysis laboratory values ({@link LabFindings.Tls}), among the subjects with
   * them.
   */
  private static List<List<Message>> tls(List<AnalysisSubject> infused) {
    List<LabFindings.Tls> found =
        infused.stream()
            .filter(s -> s.labs() != null && s.labs().tls() != null)
            .map(s -> s.labs().tls())
            .toList();
    List<List<Message>> rows = new ArrayList<>();
    for (String key : List.of("other.ltls2004", "other.ltlsHoward", "other.ctls")) {
      Message label = AnalysisMessages.of(key);
      if (found.isEmpty()) {
        rows.add(
            List.of(label, AnalysisMessages.of("safety.notCollected"), AnalysisMessages.raw("-")));
        continue;
      }
      long n =
          found.stream()
              .filter(
                  t ->
                      switch (key) {
                        case "other.ltls2004" -> t.laboratory2004();
                        case "other.ltlsHoward" -> t.laboratoryHoward();
                        default -> t.clinical();
                      })
              .count();
      rows.add(List.of(label, Fmt.countPercent(n, found.size()), AnalysisMessages.raw("-")));
    }
    return rows;
  }

  static boolean is(String kind, String term) {
    String t = term == null ? "" : term.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "hypogammaglobulinemia" -> t.contains("hypogammaglobulin");
      case "tls" -> t.contains("tumor lysis") || t.contains("tumour lysis");
      default -> t.contains("hlh-like") || t.contains("iec-hs");
    };
  }
}
