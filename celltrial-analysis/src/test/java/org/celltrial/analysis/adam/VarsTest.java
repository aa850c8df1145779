package org.celltrial.analysis.adam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link Vars#isoDateTime} writes what the {@code uuuu-MM-dd'T'HH:mm:ss} formatter writes. */
class VarsTest {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  @Property(tries = 2000)
  void isoDateTimeAsTheFormatter(
      @ForAll @IntRange(min = -20_000, max = 20_000) int year,
      @ForAll @IntRange(min = 0, max = 365 * 24 * 3600 - 1) int second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
    LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(second).withNano(nano);
    assertThat(Vars.isoDateTime(t)).isEqualTo(SECONDS.format(t));
  }
}
