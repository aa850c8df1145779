package org.celltrial.stats.logrank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.testing.Reference;
import org.celltrial.stats.riskset.SurvivalData;
import org.junit.jupiter.api.Test;

/**
 * survdiff against R 4.2.2 / survival 3.5-3 on lung, veteran, ovarian and colon (survival-data/
 * survival-reference.R beside the JSON): rho 0, ½ and 1, k = 2 to 4 groups, strata.
 */
class LogRankReferenceTest {
  private static final JsonNode CASES =
      Reference.json(
              LogRankReferenceTest.class,
              "/org/celltrial/stats/survival-data/logrank-reference.json")
          .get("cases");

  @Test
  void everyCaseMatchesSurvdiff() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(10);
    for (JsonNode c : CASES) {
      String id = c.get("id").asText();
      List<String> columns = new ArrayList<>();
      columns.add(c.get("time").asText());
      columns.add(c.get("event").asText());
      columns.add(c.get("group").asText());
      if (c.hasNonNull("strata")) {
        columns.add(c.get("strata").asText());
      }
      SurvivalData data = SurvivalData.read(c.get("data").asText(), columns);
      List<String> groups = data.levels(c.get("group").asText());
      LogRankResult r =
          LogRankTest.compare(
              data.numbers(c.get("time").asText()),
              data.events(c.get("event").asText()),
              data.codes(c.get("group").asText()),
              groups.size(),
              c.hasNonNull("strata") ? data.codes(c.get("strata").asText()) : null,
              c.get("rho").asDouble());
      for (int g = 0; g < groups.size(); g++) {
        assertThat(groups.get(g)).as(id).isEqualTo(c.get("groups").get(g).asText());
        assertThat(r.n()[g]).as(id + " n").isEqualTo(c.get("n").get(g).asInt());
        for (int h = 0; h < groups.size(); h++) {
          assertClose(
              id + " variance " + g + "," + h, r.variance()[g][h], c.get("variance").get(g).get(h));
        }
      }
      assertClose(id + " observed", r.observed(), c.get("observed"));
      assertClose(id + " expected", r.expected(), c.get("expected"));
      assertClose(id + " chisq", r.chisq(), c.get("chisq"));
      assertThat(r.df()).as(id + " df").isEqualTo(c.get("df").asInt());
      assertClose(id + " p", r.p(), c.get("p"));
    }
  }
}
