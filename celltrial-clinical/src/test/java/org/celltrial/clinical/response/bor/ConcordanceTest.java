package org.celltrial.clinical.response.bor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.celltrial.clinical.response.Category.CR;
import static org.celltrial.clinical.response.Category.PD;
import static org.celltrial.clinical.response.Category.PR;
import static org.celltrial.clinical.response.Category.SD;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Concordance.Pair;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** Investigator vs IRC concordance (G-EP-10) against a hand calculation. */
class ConcordanceTest {
  /**
   * Hand calculation, 10 subjects.
   *
   * <pre>
   * investigator: CR CR CR PR PR PR SD SD PD PD
   * IRC:          CR CR PR PR PR SD SD SD PD CR
   * agree:         1  1  0  1  1  0  1  1  1  0   p_o = 7/10 = 0.7
   * margins inv: CR 3, PR 3, SD 2, PD 2;  IRC: CR 3, PR 3, SD 3, PD 1
   * p_e = (3·3 + 3·3 + 2·3 + 2·1)/100 = 26/100 = 0.26
   * kappa = (0.7 − 0.26)/(1 − 0.26) = 0.44/0.74 = 22/37
   * </pre>
   */
  @Test
  void kappaMatchesHandCalculation() {
    Category[] inv = {CR, CR, CR, PR, PR, PR, SD, SD, PD, PD};
    Category[] irc = {CR, CR, PR, PR, PR, SD, SD, SD, PD, CR};
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < inv.length; i++) {
      pairs.add(new Pair("S" + i, inv[i], irc[i]));
    }
    Concordance c = Concordance.of(pairs);
    Reference.assertClose("p_o", c.agreement(), 0.7);
    Reference.assertClose("p_e", c.chanceAgreement(), 0.26);
    Reference.assertClose("kappa", c.kappa(), 22.0 / 37.0);
    assertThat(c.discordant())
        .extracting(Concordance.Discordance::subject)
        .containsExactly("S2", "S5", "S9");
  }

  @Test
  void perfectAgreementOnOneCategoryIsOne() {
    Concordance c = Concordance.of(List.of(new Pair("a", CR, CR), new Pair("b", CR, CR)));
    assertThat(c.kappa()).isEqualTo(1.0);
    assertThatThrownBy(() -> Concordance.of(List.of())).hasMessageContaining("IRC");
  }
}
