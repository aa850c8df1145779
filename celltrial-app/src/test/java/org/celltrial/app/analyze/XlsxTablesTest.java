package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.StudySimulator;
import org.celltrial.analysis.study.ReportTable;
import org.celltrial.analysis.study.StudyAnalysis;
import org.celltrial.app.simulation.TrialFiles;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxTablesTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "crs|crs",
        "a[b]c:d*e?f/g\\h|a_b_c_d_e_f_g_h",
        "'quoted'|quoted",
        "  |_",
        "[]|__",
        // 30, 31 and 32 characters: the limit is 31.
        "abcdefghijklmnopqrstuvwxyz0123|abcdefghijklmnopqrstuvwxyz0123",
        "abcdefghijklmnopqrstuvwxyz01234|abcdefghijklmnopqrstuvwxyz01234",
        "abcdefghijklmnopqrstuvwxyz012345|abcdefghijklmnopqrstuvwxyz01234",
        "细胞因子释放综合征细胞因子释放综合征细胞因子释放综合征细胞因子释放|细胞因子释放综合征细胞因子释放综合征细胞因子释放综合征细胞因子",
      })
  void sheetNameIsValid(String raw, String expected) {
    String name = XlsxTables.sheetName(raw == null ? "" : raw);
    assertThat(name).isEqualTo(expected);
    assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(31);
    assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
  }

  @Test
  void sheetNamesAreUniqueIgnoringCaseAndStayWithin31Characters() {
    String long32 = "abcdefghijklmnopqrstuvwxyz012345";
    List<String> names =
        XlsxTables.sheetNames(
            List.of(table("About"), table("crs"), table("CRS"), table(long32), table(long32)),
            "About");
    assertThat(names)
        .containsExactly(
            "About",
            "About~2",
            "crs",
            "CRS~2",
            "abcdefghijklmnopqrstuvwxyz01234",
            "abcdefghijklmnopqrstuvwxyz012~2");
  }

  @Test
  void sameAnalysisAndTimestampGiveByteIdenticalWorkbooks() throws IOException {
    Path study = tmp.resolve("study");
    TrialFiles.write(StudySimulator.simulate(SimIndication.parse("lbcl"), 20, 3), study);
    StudyAnalysis a = StudyAnalysis.of(StudyDirectory.read(study));
    for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
      byte[] first = bytes(a, lang, "2026-01-02T03:04:05Z", "first");
      assertThat(bytes(a, lang, "2026-01-02T03:04:05Z", "second")).isEqualTo(first);
      assertThat(bytes(a, lang, "2026-01-02T03:04:06Z", "third")).isNotEqualTo(first);
    }
  }

  private byte[] bytes(StudyAnalysis a, Lang lang, String stamp, String dir) throws IOException {
    Path d = Files.createDirectories(tmp.resolve(dir + "-" + lang.code()));
    String name = XlsxTables.write(a, lang, stamp, d);
    try (Stream<Path> files = Files.list(d)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(name);
    }
    return Files.readAllBytes(d.resolve(name));
  }

  private static ReportTable table(String id) {
    Message m = Message.of("x", "x");
    return new ReportTable(id, m, m, "", List.of(m), List.of(), List.of());
  }
}
