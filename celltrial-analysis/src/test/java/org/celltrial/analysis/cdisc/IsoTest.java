package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Iso} accepts and rejects exactly what the JDK's ISO parsing does, with the same value. */
class IsoTest {
  @Property(tries = 3000)
  void datesAsTheJdkReadsThem(@ForAll("dateLike") String s) {
    assertSame(s, Iso::date, LocalDate::parse);
  }

  @Property(tries = 3000)
  void dateTimesAsTheJdkReadsThem(@ForAll("dateTimeLike") String s) {
    assertSame(s, Iso::dateTime, LocalDateTime::parse);
  }

  @Example
  void boundaries() {
    for (String s :
        new String[] {
          "2024-02-29",
          "2023-02-29",
          "2024-13-01",
          "2024-00-10",
          "2024-04-31",
          "0000-01-01",
          "+2024-01-01",
          "2024-1-01",
          "２０２４-01-01"
        }) {
      assertSame(s, Iso::date, LocalDate::parse);
    }
    for (String s :
        new String[] {
          "2024-03-01T23:59:59", "2024-03-01T24:00", "2024-03-01T08:60", "2024-03-01T08:30:60",
          "2024-03-01T08:30:00.5", "2024-03-01 08:30", "2024-02-30T08:30", "2024-03-01T8:30:00"
        }) {
      assertSame(s, Iso::dateTime, LocalDateTime::parse);
    }
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> any = Arbitraries.strings().withChars("0123456789-").ofLength(10);
    Arbitrary<String> shaped =
        any.map(s -> s.substring(0, 4) + "-" + s.substring(5, 7) + "-" + s.substring(8));
    return Arbitraries.oneOf(any, shaped, shaped, shaped);
  }

  @Provide
  Arbitrary<String> dateTimeLike() {
    return Arbitraries.integers()
        .between(0, 9999)
        .flatMap(
            y ->
                Arbitraries.strings()
                    .withChars("0123456789:.")
                    .ofMinLength(5)
                    .ofMaxLength(9)
                    .map(t -> String.format("%04d-%02d-%02dT", y, 1 + y % 13, 1 + y % 31) + t));
  }

  private static <T> void assertSame(String s, Function<String, T> ours, Function<String, T> jdk) {
    T expected;
    try {
      expected = jdk.apply(s);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    T actual;
    try {
      actual = ours.apply(s);
    } catch (DateTimeParseException e) {
      actual = null;
    }
    assertThat(actual).as(s).isEqualTo(expected);
  }
}
