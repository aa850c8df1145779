package org.celltrial.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Every curve, landmark, quantile and median against R 4.2.2 / survival 3.5-3 on aml, lung,
 * veteran, ovarian and heart (km-reference.R beside the JSON): three confidence types, four levels,
 * groups, reverse KM, delayed entry (heart's start/stop rows and a constructed entry time), a
 * median on a flat stretch (veteran trt 2: S = 0.5 exactly), landmarks beyond follow-up and an
 * all-censored curve.
 */
class KaplanMeierReferenceTest {
  private static final JsonNode CASES =
      Reference.json(KaplanMeierReferenceTest.class, "km-reference.json").get("cases");

  @Test
  void everyCaseMatchesR() {
    assertThat(CASES.size()).isGreaterThanOrEqualTo(14);
    for (JsonNode c : CASES) {
      DataSet.Columns data =
          DataSet.read(c.get("data").asText())
              .select(
                  c.get("time").asText(),
                  c.get("event").asText(),
                  text(c, "group"),
                  text(c, "entry"),
                  c.path("reverse").asBoolean(false));
      if (c.has("subset")) {
        data = allCensored(data);
      }
      ConfType type = confType(c.get("confType").asText());
      double level = c.get("level").asDouble();
      List<KmCurve> curves =
          KaplanMeier.byGroup(data.time(), data.event(), data.group(), data.entry(), type, level);
      assertThat(curves).hasSize(c.get("strata").size());
      for (JsonNode stratum : c.get("strata")) {
        String label = stratum.get("group").isNull() ? "" : stratum.get("group").asText();
        String id = c.get("data").asText() + " " + text(c, "group") + "=" + label + " " + type;
        check(id, curves.get(data.labels().indexOf(label)), stratum, doubles(c.get("at")), c);
      }
    }
  }

  private static void check(String id, KmCurve curve, JsonNode r, double[] at, JsonNode c) {
    assertThat(curve.n()).as(id + " n").isEqualTo(r.get("n").asInt());
    assertThat(curve.events()).as(id + " events").isEqualTo(r.get("events").asInt());
    Reference.assertClose(id + " time", curve.time(), r.get("time"));
    assertThat(curve.nRisk()).as(id + " nRisk").containsExactly(ints(r.get("nRisk")));
    assertThat(curve.nEvent()).as(id + " nEvent").containsExactly(ints(r.get("nEvent")));
    assertThat(curve.nCensor()).as(id + " nCensor").containsExactly(ints(r.get("nCensor")));
    Reference.assertClose(id + " surv", curve.surv(), r.get("surv"));
    close(id + " std.err", curve.stdErr(), r.get("stdErr"));
    Reference.assertClose(id + " lower", curve.lower(), r.get("lower"));
    Reference.assertClose(id + " upper", curve.upper(), r.get("upper"));

    JsonNode lm = r.get("landmarks");
    List<Landmark> landmarks = curve.landmarks(at);
    for (int k = 0; k < at.length; k++) {
      Landmark l = landmarks.get(k);
      String w = id + " at " + at[k];
      Reference.assertClose(w + " surv", l.surv(), lm.get("surv").get(k));
      Reference.assertClose(w + " se", l.seSurv(), lm.get("seSurv").get(k));
      Reference.assertClose(w + " lower", l.lower(), lm.get("lower").get(k));
      Reference.assertClose(w + " upper", l.upper(), lm.get("upper").get(k));
      assertThat(l.nRisk()).as(w + " n.risk").isEqualTo(lm.get("nRisk").get(k).asInt());
      assertThat(l.beyondFollowUp())
          .as(w + " beyond")
          .isEqualTo(lm.get("beyond").get(k).asBoolean());
    }

    JsonNode q = r.get("quantiles");
    List<Quantile> quantiles = curve.quantiles(doubles(c.get("probs")));
    for (int k = 0; k < quantiles.size(); k++) {
      String w = id + " quantile " + quantiles.get(k).p();
      Reference.assertClose(w, quantiles.get(k).estimate(), q.get("estimate").get(k));
      Reference.assertClose(w + " lower", quantiles.get(k).lower(), q.get("lower").get(k));
      Reference.assertClose(w + " upper", quantiles.get(k).upper(), q.get("upper").get(k));
    }
    Quantile median = curve.median();
    Reference.assertClose(id + " median", median.estimate(), r.get("median").get("estimate"));
    Reference.assertClose(id + " median lower", median.lower(), r.get("median").get("lower"));
    Reference.assertClose(id + " median upper", median.upper(), r.get("median").get("upper"));
  }

  /** The ovarian case keeps the censored rows only (R: subset fustat == 0). */
  private static DataSet.Columns allCensored(DataSet.Columns d) {
    int n = (int) java.util.Arrays.stream(d.event()).filter(e -> e == 0).count();
    double[] t = new double[n];
    int k = 0;
    for (int i = 0; i < d.time().length; i++) {
      if (d.event()[i] == 0) {
        t[k++] = d.time()[i];
      }
    }
    return new DataSet.Columns(t, new int[n], new int[n], null, d.labels());
  }

  /**
   * Like {@link Reference#assertClose}, with R's {@code Inf} (written as text) required exactly.
   */
  private static void close(String what, double[] actual, JsonNode expected) {
    assertThat(actual).as(what + " length").hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) {
      if ("Inf".equals(expected.get(i).asText())) {
        assertThat(actual[i]).as(what + "[" + i + "]").isEqualTo(Double.POSITIVE_INFINITY);
      } else {
        Reference.assertClose(what + "[" + i + "]", actual[i], expected.get(i));
      }
    }
  }

  static ConfType confType(String label) {
    return ConfType.valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static String text(JsonNode c, String field) {
    return c.hasNonNull(field) ? c.get(field).asText() : null;
  }

  private static double[] doubles(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .mapToDouble(JsonNode::asDouble)
        .toArray();
  }

  private static int[] ints(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToInt(JsonNode::asInt).toArray();
  }
}
