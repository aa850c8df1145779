package org.celltrial.app.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Writes a whole output directory or nothing: the files go into a hidden temporary directory next
 * to the target, which is moved into place only when all of them are written. A failed run leaves
 * nothing behind, and an earlier result is never mixed with a new one.
 */
public final class OutputDirectory {
  private OutputDirectory() {}

  /** Writes files into a directory. */
  @FunctionalInterface
  public interface Filler {
    /** Writes everything into {@code dir}. */
    void fill(Path dir) throws IOException;
  }

  /**
   * Fills a fresh temporary directory and moves it to {@code out}, which must not exist or be
   * empty.
   *
   * @param notEmptyKey message key (app bundle) for an {@code out} that exists and is not empty;
   *     its argument is {@code out}
   * @param failedKey message key for a write that failed; arguments {@code out} and the cause
   */
  public static void fillAtomically(Path out, String notEmptyKey, String failedKey, Filler filler) {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new CelltrialException(CliMessages.of(notEmptyKey, out));
    }
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      filler.fill(tmp);
      if (Files.exists(target)) {
        Files.delete(target);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      if (e instanceof CelltrialException ce) {
        throw ce;
      }
      throw new CelltrialException(
          CliMessages.of(failedKey, out, String.valueOf(e.getMessage())), e);
    }
  }

  private static boolean isEmptyDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: the temporary directory is hidden and named after the target
      return;
    }
  }
}
