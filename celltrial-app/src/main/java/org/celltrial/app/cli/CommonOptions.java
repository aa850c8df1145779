package org.celltrial.app.cli;

import org.celltrial.common.i18n.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options every command accepts: output format, language, and stack traces for debugging. */
public final class CommonOptions {
  @Option(names = "--format", paramLabel = "text|json|csv", descriptionKey = "common.format")
  Format format = Format.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      converter = LangConverter.class,
      descriptionKey = "common.lang")
  Lang lang = Lang.systemDefault();

  @Option(names = "--debug", descriptionKey = "common.debug")
  boolean debug;

  /** The output format asked for; text when not given. */
  public Format format() {
    return format;
  }

  /** The language asked for; the system locale's (falling back to English) when not given. */
  public Lang lang() {
    return lang;
  }

  /**
   * The options in force for a command: each one as given on that command, else as given on the
   * root ({@code celltrial --lang zh stats binom …}), else its default.
   */
  public static CommonOptions effective(
      CommonOptions own, picocli.CommandLine.Model.CommandSpec spec) {
    Object root = spec.root().userObject();
    if (!(root instanceof CelltrialCommand top) || top.common == null || top.common == own) {
      return own;
    }
    picocli.CommandLine.ParseResult mine = spec.commandLine().getParseResult();
    picocli.CommandLine.ParseResult theirs = spec.root().commandLine().getParseResult();
    CommonOptions merged = new CommonOptions();
    merged.format = pick(mine, theirs, "--format", own.format, top.common.format);
    merged.lang = pick(mine, theirs, "--lang", own.lang, top.common.lang);
    merged.debug = own.debug || top.common.debug;
    return merged;
  }

  private static <T> T pick(
      picocli.CommandLine.ParseResult mine,
      picocli.CommandLine.ParseResult theirs,
      String option,
      T own,
      T root) {
    if (mine != null && mine.hasMatchedOption(option)) {
      return own;
    }
    return theirs != null && theirs.hasMatchedOption(option) ? root : own;
  }

  /** Converts {@code --lang} values with the same rule everywhere. */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.fromCode(value);
    }
  }
}
