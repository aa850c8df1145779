package org.celltrial.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void missingCellsDropTheirRowsAndAreCounted() throws IOException {
    CsvData d = CsvData.read(write("\uFEFFtime,status,arm\n5,1,A\nNA,0,B\n7,,A\n9,0,B\n"));
    d.require("--time", "time");
    d.require("--event", "status");
    int[] rows = d.completeRows("time", "status");
    assertThat(rows).containsExactly(0, 3);
    assertThat(d.rowCount() - rows.length).isEqualTo(2);
    assertThat(d.numbers(rows, "time", true)).containsExactly(5.0, 9.0);
    assertThat(d.labels(rows, "arm")).containsExactly("A", "B");
  }

  @Test
  void eventColumnsAcceptZeroOneAndRsOneTwoCoding() throws IOException {
    CsvData d = CsvData.read(write("a,b,c\n0,1,TRUE\n1,2,FALSE\n1,2,T\n"));
    int[] all = {0, 1, 2};
    assertThat(d.events(all, "a")).containsExactly(0, 1, 1);
    assertThat(d.events(all, "b")).containsExactly(0, 1, 1);
    assertThat(d.events(all, "c")).containsExactly(1, 0, 1);
  }

  @Test
  void badValuesNameFileRowColumnAndValue() throws IOException {
    Path f = write("time,status\n5,1\n-2,3\nabc,0\n");
    CsvData d = CsvData.read(f);
    assertThatThrownBy(() -> d.numbers(new int[] {0, 1}, "time", true))
        .hasMessageContaining("row 3, column time: -2 is negative");
    assertThatThrownBy(() -> d.events(new int[] {0, 1}, "status"))
        .hasMessageContaining("row 3, column status: \"3\" is not an event code");
    assertThatThrownBy(() -> d.number(2, "time"))
        .hasMessageContaining("row 4, column time: \"abc\"");
    assertThatThrownBy(() -> d.require("--group", "arm"))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("--group: column \"arm\" is not in")
        .hasMessageContaining("time, status");
  }

  @Test
  void structuralProblemsFailTheWholeRead() throws IOException {
    assertThatThrownBy(() -> CsvData.read(write("a,b\n1,2\n3\n")))
        .hasMessageContaining("row 3: 1 cells, but the header has 2 columns");
    CelltrialException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CelltrialException.class, () -> CsvData.read(dir.resolve("none.csv")));
    assertThat(e.render(Lang.ZH)).contains("不存在");
  }

  @Test
  void quotedAndPlainFilesReadTheSame() throws IOException {
    CsvData plain = CsvData.read(write("time , arm\r\n5.5, A \n\n NA ,B\n"));
    Path quoted = dir.resolve("q.csv");
    Files.writeString(quoted, "\"time\",arm\n5.5,\"A\"\n\n\"NA\",B\n", StandardCharsets.UTF_8);
    CsvData q = CsvData.read(quoted);
    for (CsvData d : new CsvData[] {plain, q}) {
      assertThat(d.columns()).containsExactly("time", "arm");
      assertThat(d.rowCount()).isEqualTo(2);
      assertThat(d.raw(0, "arm")).isEqualTo("A");
      assertThat(d.isMissing(1, "time")).isTrue();
      assertThat(d.number(0, "time")).isEqualTo(5.5);
    }
  }

  @Test
  void aQuotedCommaStaysInsideItsCell() throws IOException {
    CsvData d = CsvData.read(write("site,n\n\"Beijing, PUMCH\",3\n"));
    assertThat(d.raw(0, "site")).isEqualTo("Beijing, PUMCH");
    assertThat(d.number(0, "n")).isEqualTo(3.0);
  }
}
