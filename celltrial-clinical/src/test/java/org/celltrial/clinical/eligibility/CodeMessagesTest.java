package org.celltrial.clinical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.bridging.BridgingStratum;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Codes shown inside reasons exist in both languages (a missing key would print the key). */
class CodeMessagesTest {
  @Test
  void everyCodeUsedInReasonsHasBothLanguages() {
    List<Enum<?>> codes = new ArrayList<>();
    codes.addAll(List.of(Indication.values()));
    codes.addAll(List.of(Population.values()));
    codes.addAll(List.of(TransplantType.values()));
    for (Enum<?> code : codes) {
      for (Lang lang : Lang.values()) {
        assertThat(Criterion.code(code).render(lang))
            .as(code + " " + lang)
            .doesNotStartWith("code.");
      }
    }
    assertThat(Criterion.code(Population.ADULT).render(Lang.ZH)).isEqualTo("成人");
    assertThat(BridgingStratum.values()).hasSize(7);
  }

  @Test
  void everyJourneyEventKindHasANameInBothLanguages() {
    for (Class<?> kind : JourneyEvent.class.getPermittedSubclasses()) {
      String name = kind.getSimpleName();
      String key = "event." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
      JsonSubTypes.Type type =
          Arrays.stream(JourneyEvent.class.getAnnotation(JsonSubTypes.class).value())
              .filter(t -> t.value() == kind)
              .findFirst()
              .orElseThrow();
      assertThat("event." + type.name()).as("JSON name of " + name).isEqualTo(key);
      for (Lang lang : Lang.values()) {
        assertThat(ClinicalMessages.of(key).render(lang)).as(key).doesNotStartWith("event.");
      }
    }
  }
}
