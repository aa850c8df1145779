package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.analysis.adam.Adsl;
import org.celltrial.analysis.adam.Adtte;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.DatasetFile;
import org.celltrial.analysis.cdisc.DatasetJsonReader;
import org.celltrial.analysis.cdisc.XptReader;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.app.cli.CliRun;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.celltrial.stats.survival.Landmark;
import org.celltrial.stats.survival.Quantile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdamFilesTest {
  @TempDir Path tmp;

  /**
   * The hand-built study of {@link AnalyzeCommandTest} (all subjects 60-year-old men). Timeline
   * (2024, a leap year): H-1, H-2, H-3 enrolled 01-03, leukapheresed 01-05, infused 01-31, assessed
   * 02-28 (H-1 CR, H-2 PD, H-3 PR), last known alive 06-30 (also the data cut-off); H-3 bridged
   * 01-08; H-4 enrolled and leukapheresed, manufacturing failed, not infused; H-5 screened only.
   * Days: 01-31 → 02-28 = 28, 01-31 → 06-30 = 29 + 31 + 30 + 31 + 30 = 151, 02-28 → 06-30 = 123.
   * OS: all three censored at 151. PFS: H-2 progresses at 28, H-1 and H-3 censored at 151. DOR
   * (responders H-1, H-3): censored at 123.
   */
  @Test
  void handBuiltStudyGivesHandDerivedAdslAndAdtte() throws IOException {
    Path study = AnalyzeCommandTest.handBuilt(tmp);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    String dates = "2024-01-03,2024-01-05,2024-01-26,2024-01-28,2024-01-31,,,";
    assertThat(lines(out.resolve("adam/adsl.csv")))
        .containsExactly(
            "STUDYID,USUBJID,SUBJID,AGE,AGEU,AGEGR1,SEX,TRT01A,TRT01AN,ENRLFL,ITTFL,APHFL,INFFL,"
                + "SAFFL,MITTFL,DLTEVLFL,EFFFL,BRIDGFL,BRIDGSTR,ENRLDT,APHDT,LDSTDT,LDENDT,TRTSDT,"
                + "DTHDT,DTHFL,BOR",
            "HAND-1,HAND-1-H-1,H-1,60,YEARS,18-64,M,CAR-T,,Y,Y,Y,Y,Y,Y,,Y,N,NOT BRIDGED,"
                + dates
                + "CR",
            "HAND-1,HAND-1-H-2,H-2,60,YEARS,18-64,M,CAR-T,,Y,Y,Y,Y,Y,Y,,Y,N,NOT BRIDGED,"
                + dates
                + "PD",
            "HAND-1,HAND-1-H-3,H-3,60,YEARS,18-64,M,CAR-T,,Y,Y,Y,Y,Y,Y,,Y,Y,BRIDGED,"
                + dates
                + "PR",
            "HAND-1,HAND-1-H-4,H-4,60,YEARS,18-64,M,,,Y,Y,Y,N,N,N,,N,,,2024-01-03,2024-01-05,,,,,,",
            "HAND-1,HAND-1-H-5,H-5,60,YEARS,18-64,M,,,N,N,N,N,N,N,,N,,,,,,,,,,");
    // ADRS: one Lugano 2014 assessment on 02-28 (ADY 28 + 1 = 29, day 28 from infusion) and the
    // BOR from it; Category ranks: CR 2, PR 5, PD 10. No IRC reads, so no IRC records.
    String lugano = ",Lugano 2014,INVESTIGATOR,2024-02-28,29,28,";
    assertThat(lines(out.resolve("adam/adrs.csv")))
        .containsExactly(
            "STUDYID,USUBJID,PARAMCD,PARAM,PARCAT1,RSEVAL,ADT,ADY,INFDY,AVALC,AVAL,ANL01FL",
            "HAND-1,HAND-1-H-1,OVRLRESP,Overall Response" + lugano + "CR,2,Y",
            "HAND-1,HAND-1-H-1,BOR,Best Overall Response" + lugano + "CR,2,Y",
            "HAND-1,HAND-1-H-2,OVRLRESP,Overall Response" + lugano + "PD,10,Y",
            "HAND-1,HAND-1-H-2,BOR,Best Overall Response" + lugano + "PD,10,Y",
            "HAND-1,HAND-1-H-3,OVRLRESP,Overall Response" + lugano + "PR,5,Y",
            "HAND-1,HAND-1-H-3,BOR,Best Overall Response" + lugano + "PR,5,Y");
    // ADAE: H-1 fever 38.5 °C alone = ASTCT grade 1; H-3 fever with hypotension needing one
    // vasopressor = grade 3; H-2 afebrile, no episode. One observation each: onset 02-01 (ADY 2,
    // day 1 from infusion), still ongoing at the last observation, so no end and no duration.
    String crs = ",CRS EPISODE,Cytokine release syndrome,Cytokine release syndrome,";
    String onset = "2024-02-01T08:00:00,2024-02-01,,,2,,1,,,Y,ASTCT 2019,";
    assertThat(lines(out.resolve("adam/adae.csv")))
        .containsExactly(
            "STUDYID,USUBJID,AESEQ,AECAT,AETERM,AEDECOD,ASTDTM,ASTDT,AENDTM,AENDT,ASTDY,AENDY,"
                + "ASTINFDY,ADURN,ADURU,ONGOFL,GRSYS,ASTCTGR,AETOXGR,TRTEMFL,AESER,TOCIFL,TOCIDOSE,"
                + "CORTFL,CORTDOSE,ACYTDOSE",
            "HAND-1,HAND-1-H-1,1" + crs + onset + "1,,Y,,N,0,N,0,0",
            "HAND-1,HAND-1-H-3,1" + crs + onset + "3,,Y,,N,0,N,0,0");
    String alive = "1,LAST DATE KNOWN ALIVE,LAST DATE KNOWN ALIVE";
    assertThat(lines(out.resolve("adam/adtte.csv")))
        .containsExactly(
            "STUDYID,USUBJID,PARAMCD,PARAM,STARTDT,ADT,AVAL,AVALU,CNSR,EVNTDESC,CNSDTDSC",
            "HAND-1,HAND-1-H-1,OS,Overall Survival (Days),2024-01-31,2024-06-30,151,DAYS," + alive,
            "HAND-1,HAND-1-H-2,OS,Overall Survival (Days),2024-01-31,2024-06-30,151,DAYS," + alive,
            "HAND-1,HAND-1-H-3,OS,Overall Survival (Days),2024-01-31,2024-06-30,151,DAYS," + alive,
            "HAND-1,HAND-1-H-1,PFS,Progression-Free Survival (Days),2024-01-31,2024-06-30,151,DAYS,"
                + alive,
            "HAND-1,HAND-1-H-2,PFS,Progression-Free Survival (Days),2024-01-31,2024-02-28,28,DAYS,"
                + "0,DISEASE PROGRESSION OR RELAPSE,",
            "HAND-1,HAND-1-H-3,PFS,Progression-Free Survival (Days),2024-01-31,2024-06-30,151,DAYS,"
                + alive,
            "HAND-1,HAND-1-H-1,DOR,Duration of Response (Days),2024-02-28,2024-06-30,123,DAYS,"
                + alive,
            "HAND-1,HAND-1-H-3,DOR,Duration of Response (Days),2024-02-28,2024-06-30,123,DAYS,"
                + alive);

    // The Dataset-JSON files read back without a problem and hold the same datasets.
    StudyDirectory.StudyPackage pkg = StudyDirectory.readPackage(study);
    AnalysisInput input = pkg.input();
    DatasetFile adsl = read(out.resolve("adam/adsl.json"));
    DatasetFile adtte = read(out.resolve("adam/adtte.json"));
    assertThat(adsl.dataset()).isEqualTo(Adsl.of(input, pkg.adam()));
    assertThat(adtte.dataset()).isEqualTo(Adtte.of(input));
    assertThat(adsl.dataset().variables().get(1).keySequence()).isEqualTo(1);
    for (String name : List.of("adsl", "adrs", "adtte", "adae", "adlb")) {
      sameInXpt(
          read(out.resolve("adam/" + name + ".json")).dataset(),
          out.resolve("adam/" + name + ".xpt"));
    }
  }

  /**
   * The XPT file holds the dataset's names, labels and values: text and ISO dates as they are,
   * numbers as the same doubles (XptReader reads every number as a double).
   */
  static void sameInXpt(Dataset d, Path xpt) throws IOException {
    Dataset x = XptReader.read(xpt.getFileName().toString(), Files.readAllBytes(xpt));
    assertThat(x.name()).isEqualTo(d.name());
    assertThat(x.label()).isEqualTo(d.label());
    assertThat(x.variables().stream().map(v -> v.name() + " " + v.label()).toList())
        .isEqualTo(d.variables().stream().map(v -> v.name() + " " + v.label()).toList());
    assertThat(x.rows()).hasSameSizeAs(d.rows());
    for (int r = 0; r < d.rows().size(); r++) {
      for (int c = 0; c < d.variables().size(); c++) {
        Object v = d.rows().get(r).get(c);
        Object expected = v instanceof Number n ? (Object) n.doubleValue() : v;
        assertThat(x.rows().get(r).get(c))
            .as(d.name() + " row " + (r + 1) + " col " + (c + 1))
            .isEqualTo(expected);
      }
    }
  }

  /**
   * A Kaplan–Meier fit computed here from ADTTE ({@code AVAL / 30.4375} months, event = {@code 1 −
   * CNSR}) gives the report's row for every endpoint in the whole infused set: N, events, median
   * with its CI and the 6-month rate with its CI, the IRC's PFS (EFS) and DOR (G-EP-10) too. On
   * {@code --demo --n 30} the OS median is not reached (NE) but the PFS and DOR medians' lower
   * limits are; B-ALL's EFS median is reached.
   */
  @ParameterizedTest
  @ValueSource(strings = {"lbcl", "b-all", "mm"})
  void kaplanMeierFromAdtteGivesTheReportsRows(String indication) throws IOException {
    Path out = tmp.resolve("demo");
    CliRun run =
        CliRun.of(
            "analyze",
            "--demo",
            "--n",
            "30",
            "--indication",
            indication,
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> rows = lines(out.resolve("adam/adtte.csv"));
    List<String> report = lines(out.resolve("tables/time-to-event.en.csv"));
    int finite = 0;
    String pfs = indication.equals("b-all") ? "EFS" : "PFS";
    for (String paramcd : List.of("OS", pfs, "DOR", pfs + "IRC", "DORIRC")) {
      List<Double> time = new ArrayList<>();
      List<Integer> status = new ArrayList<>();
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.split(",", -1);
        if (f[2].equals(paramcd)) {
          time.add(Integer.parseInt(f[6]) / 30.4375);
          status.add(1 - Integer.parseInt(f[8]));
        }
      }
      assertThat(time).isNotEmpty();
      KmCurve km =
          KaplanMeier.fit(
              time.stream().mapToDouble(Double::doubleValue).toArray(),
              status.stream().mapToInt(Integer::intValue).toArray(),
              null,
              ConfType.LOG,
              0.95);
      Quantile m = km.median();
      finite += (Double.isNaN(m.estimate()) ? 0 : 1) + (Double.isNaN(m.lower()) ? 0 : 1);
      Landmark six = km.landmarks(6).get(0);
      String expected =
          "("
              + paramcd.replace("IRC", "-IRC")
              + "),All,"
              + time.size()
              + ","
              + status.stream().mapToInt(Integer::intValue).sum()
              + ","
              + f1(m.estimate())
              + " ("
              + f1(m.lower())
              + "–"
              + f1(m.upper())
              + "),"
              + f1(100 * six.surv())
              + " ("
              + f1(100 * six.lower())
              + "–"
              + f1(100 * six.upper())
              + "),";
      assertThat(report).anySatisfy(l -> assertThat(l).contains(expected));
    }
    assertThat(finite).as("a finite median or median lower limit").isPositive();
  }

  @Test
  void sameSeedGivesByteIdenticalAdamFilesApartFromTheCreationTime() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.of("analyze", "--demo", "--n", "20", "--out", a.toString()).code()).isZero();
    assertThat(CliRun.of("analyze", "--demo", "--n", "20", "--out", b.toString()).code()).isZero();
    List<String> names = List.of("adsl", "adrs", "adtte", "adae", "adlb");
    for (String name : names.stream().map(n -> n + ".csv").toList()) {
      assertThat(Files.readAllBytes(b.resolve("adam").resolve(name)))
          .isEqualTo(Files.readAllBytes(a.resolve("adam").resolve(name)));
    }
    for (String name : names.stream().map(n -> n + ".json").toList()) {
      String x = Files.readString(a.resolve("adam").resolve(name), StandardCharsets.UTF_8);
      String y = Files.readString(b.resolve("adam").resolve(name), StandardCharsets.UTF_8);
      assertThat(withoutCreation(y)).isEqualTo(withoutCreation(x));
      assertThat(x).startsWith("{\"datasetJSONCreationDateTime\":\"");
    }
  }

  private static String withoutCreation(String json) {
    return json.replaceFirst("\"datasetJSONCreationDateTime\":\"[^\"]*\"", "");
  }

  private static String f1(double x) {
    return Double.isNaN(x) ? "NE" : String.format(Locale.ROOT, "%.1f", x);
  }

  private static DatasetFile read(Path f) throws IOException {
    return DatasetJsonReader.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
  }

  private static List<String> lines(Path f) throws IOException {
    return Files.readAllLines(f, StandardCharsets.UTF_8);
  }
}
