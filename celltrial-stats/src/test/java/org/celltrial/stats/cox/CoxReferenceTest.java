package org.celltrial.stats.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.testing.Reference;
import org.celltrial.stats.riskset.SurvivalData;
import org.junit.jupiter.api.Test;

/**
 * coxph and summary(coxph) against R 4.2.2 / survival 3.5-3 with {@code coxph.control(eps = 1e-11,
 * iter.max = 100)} on lung, veteran, ovarian and colon (survival-data/survival-reference.R beside
 * the JSON): Efron and Breslow ties, strata, factors with default and chosen reference levels, one
 * to five terms, and a separated covariate.
 */
class CoxReferenceTest {
  private static final JsonNode CASES =
      Reference.json(
              CoxReferenceTest.class, "/org/celltrial/stats/survival-data/cox-reference.json")
          .get("cases");

  @Test
  void everyCaseMatchesCoxph() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(10);
    for (JsonNode c : CASES) {
      String id = c.get("id").asText();
      CoxFit fit = fit(c);
      List<CoxCoefficient> rows = fit.coefficients(0.95);
      assertThat(fit.terms()).as(id + " terms").containsExactlyElementsOf(strings(c.get("terms")));
      assertThat(fit.n()).as(id + " n").isEqualTo(c.get("n").asInt());
      assertThat(fit.events()).as(id + " events").isEqualTo(c.get("events").asInt());
      assertThat(fit.converged()).as(id + " converged").isTrue();
      assertClose(id + " loglik null", fit.loglikNull(), c.get("loglik").get(0));
      assertClose(id + " loglik", fit.loglik(), c.get("loglik").get(1));
      assertClose(id + " score", fit.score().statistic(), c.get("score").get(0));
      assertClose(id + " score p", fit.score().p(), c.get("score").get(2));
      assertThat(fit.score().df()).as(id + " df").isEqualTo(c.get("score").get(1).asInt());
      if (!strings(c.get("warnings")).isEmpty()) {
        // a diverging coefficient: R warns about the same term; the iteration count at which the
        // flat log-likelihood passes the tolerance hinges on rounding, so it is not compared
        assertThat(fit.warnings()).as(id + " warnings").hasSize(1);
        assertThat(fit.warnings().get(0).render(Lang.EN)).contains(fit.terms().get(0));
        continue;
      }
      assertThat(fit.warnings()).as(id + " warnings").isEmpty();
      assertThat(fit.iterations()).as(id + " iterations").isEqualTo(c.get("iterations").asInt());
      for (int j = 0; j < rows.size(); j++) {
        CoxCoefficient row = rows.get(j);
        String t = id + " " + row.term();
        assertClose(t + " coef", row.coef(), at(c.get("coef"), j));
        assertClose(t + " se", row.se(), at(c.get("se"), j));
        assertClose(t + " hr", row.hr(), at(c.get("hr"), j));
        assertClose(t + " lower", row.lower(), at(c.get("lower"), j));
        assertClose(t + " upper", row.upper(), at(c.get("upper"), j));
        assertClose(t + " z", row.z(), at(c.get("z"), j));
        assertClose(t + " p", row.p(), at(c.get("p"), j));
        assertClose(t + " variance", fit.variance()[j], c.get("var").get(j));
      }
      assertClose(id + " LR", fit.likelihoodRatio().statistic(), c.get("likelihoodRatio").get(0));
      assertClose(id + " LR p", fit.likelihoodRatio().p(), c.get("likelihoodRatio").get(2));
      assertClose(id + " Wald", fit.wald().statistic(), c.get("wald").get(0));
      assertClose(id + " Wald p", fit.wald().p(), c.get("wald").get(2));
      assertClose(id + " concordance", fit.concordance().estimate(), c.get("concordance").get(0));
      assertClose(id + " concordance se", fit.concordance().se(), c.get("concordance").get(1));
    }
  }

  /** Fits the model a reference case describes, on the rows R kept. */
  static CoxFit fit(JsonNode c) {
    List<String> covariates = strings(c.get("covariates"));
    List<String> columns = new ArrayList<>(covariates);
    columns.add(c.get("time").asText());
    columns.add(c.get("event").asText());
    if (c.hasNonNull("strata")) {
      columns.add(c.get("strata").asText());
    }
    SurvivalData data = SurvivalData.read(c.get("data").asText(), columns);
    JsonNode factors = c.get("factors");
    List<Covariate> model = new ArrayList<>();
    for (String name : covariates) {
      if (factors != null && factors.has(name)) {
        JsonNode ref = factors.get(name);
        String reference = ref.isTextual() ? ref.asText() : null;
        model.add(new Covariate.Factor(name, data.labels(name), reference));
      } else {
        model.add(new Covariate.Numeric(name, data.numbers(name)));
      }
    }
    return CoxRegression.fit(
        data.numbers(c.get("time").asText()),
        data.events(c.get("event").asText()),
        c.hasNonNull("strata") ? data.codes(c.get("strata").asText()) : null,
        model,
        Ties.valueOf(c.get("ties").asText().toUpperCase(java.util.Locale.ROOT)));
  }

  /** Element j; R writes a vector of length one as a scalar. */
  static JsonNode at(JsonNode node, int j) {
    return node.isArray() ? node.get(j) : node;
  }

  static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }
}
