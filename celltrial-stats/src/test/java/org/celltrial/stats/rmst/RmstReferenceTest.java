package org.celltrial.stats.rmst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.celltrial.common.testing.Reference;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.DataSet;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.junit.jupiter.api.Test;

/**
 * RMST per group and between groups against R 4.2.2 / survival 3.5-3 ({@code summary(fit, rmean =
 * tau)$table}) and survRM2's interval and test formulas (rmst-reference.R beside the JSON).
 */
class RmstReferenceTest {
  private static final JsonNode CASES =
      Reference.json(RmstReferenceTest.class, "rmst-reference.json").get("cases");

  @Test
  void everyCaseMatchesR() {
    assertThat(CASES.size()).isGreaterThanOrEqualTo(9);
    for (JsonNode c : CASES) {
      String group = c.hasNonNull("group") ? c.get("group").asText() : null;
      DataSet.Columns data =
          DataSet.read(c.get("data").asText())
              .select(
                  c.get("time").asText(),
                  c.get("event").asText(),
                  group,
                  c.hasNonNull("entry") ? c.get("entry").asText() : null,
                  false);
      double tau = c.get("tau").asDouble();
      List<KmCurve> curves =
          KaplanMeier.byGroup(
              data.time(),
              data.event(),
              data.group(),
              data.entry(),
              ConfType.LOG,
              c.get("level").asDouble());
      String id = c.get("data").asText() + " " + group + " tau " + tau;
      RmstEstimate first = null;
      for (int i = 0; i < curves.size(); i++) {
        RmstEstimate e = Rmst.of(curves.get(i), tau, data.labels().get(i));
        JsonNode r = c.get("strata").get(i);
        String w = id + " " + data.labels().get(i);
        assertClose(w + " rmean", e.estimate(), r.get("estimate"));
        assertClose(w + " se", e.se(), r.get("se"));
        assertClose(w + " lower", e.lower(), r.get("lower"));
        assertClose(w + " upper", e.upper(), r.get("upper"));
        if (i == 0) {
          first = e;
        } else {
          RmstDifference d = Rmst.difference(e, first);
          JsonNode rd = c.get("differences").get(i - 1);
          assertThat(rd.get("group").asText()).isEqualTo(data.labels().get(i));
          assertClose(w + " difference", d.estimate(), rd.get("estimate"));
          assertClose(w + " difference se", d.se(), rd.get("se"));
          assertClose(w + " difference lower", d.lower(), rd.get("lower"));
          assertClose(w + " difference upper", d.upper(), rd.get("upper"));
          assertClose(w + " difference p", d.pValue(), rd.get("pValue"));
        }
      }
    }
  }
}
