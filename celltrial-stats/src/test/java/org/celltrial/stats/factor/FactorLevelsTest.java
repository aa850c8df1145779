package org.celltrial.stats.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FactorLevelsTest {

  @Test
  void numbersSortAsNumbersAndTextAsText() {
    // R: levels(factor(c(10, 2, 1.5))) = "1.5" "2" "10"; levels(factor(c("b", "A", "a"))) in C
    // locale
    assertThat(FactorLevels.of(new String[] {"10", "2", "1.5", "2"}))
        .containsExactly("1.5", "2", "10");
    assertThat(FactorLevels.of(new String[] {"b", "A", "a"})).containsExactly("A", "a", "b");
  }

  @Test
  void oneWordAmongNumbersMakesTheWholeColumnText() {
    // the case a pairwise mixed rule gets wrong: "2" < "10" numerically, "10" < "1x" < "2" as text
    assertThat(FactorLevels.of(new String[] {"2", "10", "1x"})).containsExactly("10", "1x", "2");
  }

  @Test
  void codesIndexTheLevels() {
    String[] labels = {"squamous", "adeno", "squamous", "large"};
    List<String> levels = FactorLevels.of(labels);
    assertThat(FactorLevels.codes(labels, levels)).containsExactly(2, 0, 2, 1);
  }

  @Property
  void theOrderDoesNotDependOnTheInputOrder(@ForAll @Size(max = 12) List<String> labels) {
    List<String> shuffled = new ArrayList<>(labels);
    Collections.reverse(shuffled);
    assertThat(FactorLevels.of(shuffled)).isEqualTo(FactorLevels.of(labels));
  }
}
