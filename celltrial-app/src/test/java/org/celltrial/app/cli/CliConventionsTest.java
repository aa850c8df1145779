package org.celltrial.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class CliConventionsTest {

  @Test
  void helpListsTheSubcommandsAndExitsZero() {
    CliRun run = CliRun.of("--help", "--lang", "en");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: celltrial").contains("stats").contains("Example:");
  }

  @Test
  void helpIsChineseWithLangZh() {
    CliRun run = CliRun.of("--lang", "zh", "--help");
    assertThat(run.out()).contains("用法：").contains("命令：").contains("示例：");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("celltrial \\d+\\.\\d+\\.\\d+");
  }

  @Test
  void anUnknownCommandIsExitTwoWithAMessageInEitherLanguage() {
    CliRun en = CliRun.of("--lang", "en", "nonsense");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .contains("\"nonsense\" is not a command of \"celltrial\"")
        .contains("stats")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    CliRun zh = CliRun.of("--lang=zh", "nonsense");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("\"nonsense\" 不是 \"celltrial\" 的命令");
  }

  @Test
  void aGroupWithoutSubcommandIsAUsageError() {
    CliRun run = CliRun.of("stats", "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("\"celltrial stats\" needs a subcommand: binom");
  }

  @Test
  void anUnknownLanguageIsNamed() {
    CliRun run = CliRun.of("stats", "binom", "--x", "1", "--n", "2", "--lang", "fr");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("\"fr\"").contains("zh").contains("en");
  }

  /**
   * Every command, in both languages, has a description, an example footer, and a description for
   * every option: help text lives in the bundles, so a missing key would print a blank.
   */
  @Test
  void everyCommandHasDescriptionExampleAndOptionHelpInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      walk(Cli.commandLine(lang), lang, problems);
    }
    assertThat(problems).isEmpty();
  }

  private static void walk(CommandLine cmd, Lang lang, List<String> problems) {
    String name = cmd.getCommandSpec().qualifiedName() + " [" + lang.code() + "]";
    String[] description = cmd.getCommandSpec().usageMessage().description();
    if (description.length == 0 || description[0].isBlank()) {
      problems.add(name + ": no description");
    }
    String[] footer = cmd.getCommandSpec().usageMessage().footer();
    if (footer.length == 0 || !String.join("\n", footer).contains("celltrial ")) {
      problems.add(name + ": no example in the footer");
    }
    for (OptionSpec option : cmd.getCommandSpec().options()) {
      if (option.description().length == 0 || option.description()[0].isBlank()) {
        problems.add(name + ": option " + option.longestName() + " has no description");
      }
    }
    cmd.getSubcommands().values().forEach(sub -> walk(sub, lang, problems));
  }

  /**
   * Help text goes through {@code String.format}: a lone {@code %} makes picocli print a warning
   * and show the raw text. Every command's help, in both languages, must render cleanly.
   */
  @Test
  void everyHelpTextRendersWithoutPicocliWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (Lang lang : Lang.values()) {
        render(Cli.commandLine(lang));
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  private static void render(CommandLine cmd) {
    assertThat(cmd.getUsageMessage()).isNotBlank();
    cmd.getSubcommands().values().forEach(CliConventionsTest::render);
  }
}
