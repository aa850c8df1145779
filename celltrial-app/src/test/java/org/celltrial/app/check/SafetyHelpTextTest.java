package org.celltrial.app.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Help texts of {@code check dlt}, {@code check malignancy}, {@code grade tls} and {@code stats
 * incidence} are format strings for picocli: a bare {@code %} (as in "25%") makes picocli print a
 * warning and the raw text.
 */
class SafetyHelpTextTest {
  static final String[] PREFIXES = {
    "celltrial.check.dlt.",
    "celltrial.check.malignancy.",
    "celltrial.grade.tls.",
    "celltrial.stats.incidence."
  };

  @Test
  void helpTextsOfTheSafetyCommandsAreValidFormatStrings() {
    int seen = 0;
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
      ResourceBundle b = ResourceBundle.getBundle("org.celltrial.app.help", locale);
      for (String key : b.keySet()) {
        for (String prefix : PREFIXES) {
          if (key.startsWith(prefix)) {
            seen++;
            String text = b.getString(key);
            assertThatCode(() -> String.format(text)).as(key).doesNotThrowAnyException();
          }
        }
      }
    }
    assertThat(seen).isGreaterThanOrEqualTo(2 * 19);
  }
}
