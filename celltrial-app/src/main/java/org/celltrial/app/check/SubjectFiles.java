package org.celltrial.app.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.app.data.JsonInput;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The subjects of a cohort as given by repeated {@code --subject}: each a subject file, or a
 * directory whose {@code *.json} files are read in the order of their names.
 */
final class SubjectFiles {
  private SubjectFiles() {}

  /** Reads the subjects in the order given, a directory's files sorted by name. */
  static List<Subject> read(List<Path> paths) {
    List<Subject> out = new ArrayList<>();
    for (Path p : paths) {
      for (Path file : Files.isDirectory(p) ? jsonFiles(p) : List.of(p)) {
        out.add(JsonInput.read(file, Subject.class));
      }
    }
    return out;
  }

  private static List<Path> jsonFiles(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", dir, e.getMessage()), e);
    }
    if (files.isEmpty()) {
      throw new CelltrialException(CliMessages.of("check.subjects.emptyDirectory", dir));
    }
    return files;
  }
}
