package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.Concordance;

/** Invariants of the IRC agreement statistics. */
class EfficacyPropertyTest {

  /**
   * Kappa never exceeds 1 and is 1 with perfect agreement; its standard error is not negative; the
   * interval holds kappa and is symmetric; swapping reader roles changes nothing.
   */
  @Property(tries = 300)
  void kappaIsBoundedAndSymmetricInTheReaders(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 10) Integer> inv,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    Category[] c = Category.values();
    List<Concordance.Pair> pairs = new ArrayList<>();
    List<Concordance.Pair> swapped = new ArrayList<>();
    List<Concordance.Pair> same = new ArrayList<>();
    for (int i = 0; i < inv.size(); i++) {
      Category a = c[inv.get(i)];
      Category b = c[(inv.get(i) + (seed + i) % 3 / 2) % c.length];
      pairs.add(new Concordance.Pair("s" + i, a, b));
      swapped.add(new Concordance.Pair("s" + i, b, a));
      same.add(new Concordance.Pair("s" + i, a, a));
    }
    Irc.Kappa k = Irc.kappa(pairs);
    Irc.Kappa s = Irc.kappa(swapped);
    double kappa = k.concordance().kappa();
    assertThat(kappa).isLessThanOrEqualTo(1 + 1e-12);
    assertThat(Irc.kappa(same).concordance().kappa()).isEqualTo(1.0);
    assertThat(s.concordance().kappa()).isCloseTo(kappa, offset(1e-12));
    if (!Double.isNaN(k.se())) {
      assertThat(k.se()).isGreaterThanOrEqualTo(0);
      assertThat(s.se()).isCloseTo(k.se(), offset(1e-12));
      assertThat(k.lower()).isLessThanOrEqualTo(kappa);
      assertThat(k.upper()).isGreaterThanOrEqualTo(kappa);
      assertThat(kappa - k.lower()).isCloseTo(k.upper() - kappa, offset(1e-12));
    }
  }
}
