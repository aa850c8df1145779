package org.celltrial.stats.competing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cumulative incidence, Gray's test and Fine–Gray regression against cmprsk 2.2-11 on R 4.2.2
 * (competing-reference.R beside the JSON): survival::mgus2, survival::pbc and a hand-made CAR-T
 * set.
 */
class CompetingReferenceTest {
  private static final JsonNode SETS =
      Reference.json(CompetingReferenceTest.class, "competing-reference.json").get("sets");

  static Stream<JsonNode> sets() {
    List<JsonNode> out = new ArrayList<>();
    SETS.forEach(out::add);
    return out.stream();
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("sets")
  void cumulativeIncidenceMatchesCuminc(JsonNode set) {
    ReferenceData data = ReferenceData.read(set.get("csv").asText());
    double[] time = data.column("time");
    int[] status = data.codes("status", 0);
    int groups = data.count("group");
    checkCurves(
        set,
        "grouped",
        CumulativeIncidence.estimate(time, status, data.codes("group", 1), groups),
        1);
    checkCurves(set, "single", CumulativeIncidence.estimate(time, status), 1);
  }

  private static void checkCurves(
      JsonNode set, String key, List<IncidenceCurve> curves, int groupShift) {
    JsonNode expected = set.get(key);
    double level = set.get("level").asDouble();
    assertThat(curves).hasSize(expected.size());
    for (int c = 0; c < curves.size(); c++) {
      IncidenceCurve curve = curves.get(c);
      JsonNode e = expected.get(c);
      String id =
          set.get("name").asText() + " " + key + " " + e.get("group") + "/" + e.get("cause");
      assertThat(curve.group() + groupShift).as(id).isEqualTo(e.get("group").asInt());
      assertThat(curve.cause()).as(id).isEqualTo(e.get("cause").asInt());
      assertClose(id + " time", curve.time(), e.get("time"));
      assertClose(id + " est", curve.estimate(), e.get("est"));
      assertClose(id + " var", curve.variance(), e.get("var"));
      IncidencePoint[] points = curve.points(level);
      for (int i = 0; i < points.length; i++) {
        assertClose(id + " lower " + i, points[i].lower(), e.get("lower").get(i));
        assertClose(id + " upper " + i, points[i].upper(), e.get("upper").get(i));
      }
      JsonNode at = set.get("at");
      for (int i = 0; i < at.size(); i++) {
        IncidencePoint p = curve.at(at.get(i).asDouble(), level);
        String where = id + " at " + at.get(i).asDouble();
        assertClose(where + " est", p.estimate(), e.get("atEst").get(i));
        assertClose(where + " var", p.variance(), e.get("atVar").get(i));
        assertClose(where + " lower", p.lower(), e.get("atLower").get(i));
        assertClose(where + " upper", p.upper(), e.get("atUpper").get(i));
      }
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("sets")
  void grayTestMatchesCuminc(JsonNode set) {
    ReferenceData data = ReferenceData.read(set.get("csv").asText());
    double[] time = data.column("time");
    int[] status = data.codes("status", 0);
    int[] group = data.codes("group", 1);
    int groups = data.count("group");
    checkTests(set, "tests", GrayTest.test(time, status, group, groups));
    checkTests(
        set,
        "strataTests",
        GrayTest.test(
            time, status, group, groups, data.codes("strata", 1), data.count("strata"), 0));
    checkTests(
        set, "rhoTests", GrayTest.test(time, status, group, groups, new int[time.length], 1, 1));
  }

  private static void checkTests(JsonNode set, String key, List<GrayTestResult> tests) {
    JsonNode expected = set.get(key);
    assertThat(tests).hasSize(expected.size());
    for (int i = 0; i < tests.size(); i++) {
      GrayTestResult t = tests.get(i);
      JsonNode e = expected.get(i);
      String id = set.get("name").asText() + " " + key + " cause " + t.cause();
      assertThat(t.cause()).isEqualTo(e.get("cause").asInt());
      assertThat(t.df()).isEqualTo(e.get("df").asInt());
      assertClose(id + " stat", t.statistic(), e.get("stat"));
      assertClose(id + " p", t.pValue(), e.get("pv"));
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("sets")
  void fineGrayMatchesCrr(JsonNode set) {
    ReferenceData data = ReferenceData.read(set.get("csv").asText());
    for (JsonNode e : set.get("crr")) {
      List<String> names = new ArrayList<>();
      e.get("covariates").forEach(n -> names.add(n.asText()));
      FineGrayFit fit =
          FineGray.fit(
              data.column("time"),
              data.codes("status", 0),
              data.matrix(names),
              names,
              e.get("failcode").asInt(),
              0.95);
      String id = set.get("name").asText() + " crr failcode " + fit.failcode();
      assertThat(fit.converged()).as(id).isTrue();
      assertThat(fit.n()).isEqualTo(e.get("n").asInt());
      assertClose(id + " loglik", fit.logLik(), e.get("loglik"));
      assertClose(id + " loglik.null", fit.logLikNull(), e.get("loglikNull"));
      int p = names.size();
      for (int k = 0; k < p; k++) {
        FineGrayCoefficient c = fit.coefficients().get(k);
        assertClose(id + " coef " + k, c.coef(), e.get("coef").get(k));
        assertClose(id + " se " + k, c.se(), e.get("se").get(k));
        // summary.crr: z, p-value and the 95% limits of exp(coef)
        assertClose(id + " z " + k, c.z(), e.get("z").get(k));
        assertClose(id + " p " + k, c.p(), e.get("p").get(k));
        assertClose(id + " exp(coef) " + k, c.hazardRatio(), e.get("hr").get(k));
        assertClose(id + " lower " + k, c.lower(), e.get("lower").get(k));
        assertClose(id + " upper " + k, c.upper(), e.get("upper").get(k));
        for (int l = 0; l < p; l++) {
          // R stores the matrix column by column
          assertClose(id + " var", fit.variance().get(k).get(l), e.get("var").get(l * p + k));
        }
      }
    }
  }
}
