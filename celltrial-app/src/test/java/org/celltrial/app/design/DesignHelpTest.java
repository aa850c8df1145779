package org.celltrial.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.celltrial.app.cli.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Help of the binary-design commands renders in both languages without picocli format warnings (a
 * bare "%" in a help text makes picocli print the text unformatted and warn on standard error).
 */
class DesignHelpTest {

  @ParameterizedTest(name = "{0} --lang {1}")
  @CsvSource({
    "single-arm, en, 95% interval",
    "single-arm, zh, 95% 区间",
    "simon, en, Simon's convention",
    "simon, zh, Simon 约定",
    "targets, en, exact 95% intervals",
    "targets, zh, 精确 95% 区间",
  })
  void helpHasNoFormatWarnings(String command, String lang, String expected) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    CliRun run;
    try {
      run = CliRun.of("design", command, "--help", "--lang", lang);
    } finally {
      System.setErr(original);
    }
    assertThat(run.code()).isZero();
    assertThat(run.out().replaceAll("\\s+", " ")).contains(expected);
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }
}
