package org.celltrial.clinical.safety.malignancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** Incidence rate and SIR against R's poisson.test and qchisq (poisson-reference.R). */
class PoissonReferenceTest {
  static final JsonNode REF = Reference.json(PoissonReferenceTest.class, "poisson-reference.json");

  @Test
  void ratesMatchPoissonTest() {
    assertThat(REF.get("rates")).hasSizeGreaterThan(5);
    for (JsonNode c : REF.get("rates")) {
      int x = c.get("events").asInt();
      double py = c.get("personYears").asDouble();
      double level = c.get("level").asDouble();
      String what = x + " / " + py + " @" + level;
      IncidenceRate r = IncidenceRate.of(x, py, level);
      assertClose(what + " rate", r.ratePer100(), c.get("ratePer100"));
      assertClose(what + " lower", r.lowerPer100(), c.get("lowerPer100"));
      assertClose(what + " upper", r.upperPer100(), c.get("upperPer100"));
      double[] g = PoissonLimits.of(x, level);
      assertClose(what + " garwood lower", g[0], c.get("garwoodLower"));
      assertClose(what + " garwood upper", g[1], c.get("garwoodUpper"));
    }
  }

  @Test
  void sirsMatchPoissonTest() {
    assertThat(REF.get("sirs")).hasSizeGreaterThan(5);
    for (JsonNode c : REF.get("sirs")) {
      int o = c.get("observed").asInt();
      double e = c.get("expected").asDouble();
      double level = c.get("level").asDouble();
      String what = "O=" + o + " E=" + e + " @" + level;
      StandardizedIncidenceRatio s = StandardizedIncidenceRatio.of(o, e, level);
      assertClose(what + " sir", s.sir(), c.get("sir"));
      assertClose(what + " lower", s.lower(), c.get("lower"));
      assertClose(what + " upper", s.upper(), c.get("upper"));
      assertClose(what + " p", s.pValue(), c.get("pValue"));
    }
  }

  @Property
  void intervalCoversTheRateAndWidensWithTheLevel(
      @ForAll @IntRange(min = 0, max = 200) int x,
      @ForAll @DoubleRange(min = 0.5, max = 5000) double py) {
    IncidenceRate narrow = IncidenceRate.of(x, py, 0.90);
    IncidenceRate wide = IncidenceRate.of(x, py, 0.99);
    assertThat(narrow.lowerPer100()).isLessThanOrEqualTo(narrow.ratePer100());
    assertThat(narrow.upperPer100()).isGreaterThan(narrow.ratePer100());
    assertThat(wide.lowerPer100()).isLessThanOrEqualTo(narrow.lowerPer100());
    assertThat(wide.upperPer100()).isGreaterThanOrEqualTo(narrow.upperPer100());
  }

  @Property
  void sirPValueIsAProbability(
      @ForAll @IntRange(min = 0, max = 60) int o,
      @ForAll @DoubleRange(min = 0.01, max = 60) double e) {
    double p = StandardizedIncidenceRatio.of(o, e, 0.95).pValue();
    assertThat(p).isBetween(0.0, 1.0);
  }
}
