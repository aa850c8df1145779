package org.celltrial.app.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The one reader of JSON input files (study, subject, observations). Strict: an unknown field, a
 * malformed value or a missing required value is an error that names the file and the JSON path
 * ({@code $.history[2].start}), so nothing is silently ignored. Dates are ISO {@code 2024-01-31},
 * date-times ISO {@code 2024-01-31T08:00}.
 */
public final class JsonInput {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(Canonical.MODULE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private JsonInput() {}

  /** Reads a file into the given type (a record, usually). */
  public static <T> T read(Path file, Class<T> type) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CelltrialException(CliMessages.of("data.notFound", file));
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", file, e.getMessage()), e);
    }
    // Parsed from the UTF-8 bytes: Jackson's byte parser is quicker than decoding to a String.
    return parse(file.toString(), () -> MAPPER.readValue(bytes, type));
  }

  /** Parses JSON text; {@code source} names it in error messages. */
  public static <T> T parse(String source, String text, Class<T> type) {
    return parse(source, () -> MAPPER.readValue(text, type));
  }

  /** One {@link ObjectMapper#readValue} call. */
  private interface Reading<T> {
    T read() throws IOException;
  }

  private static <T> T parse(String source, Reading<T> reading) {
    try {
      return reading.read();
    } catch (UnrecognizedPropertyException e) {
      throw new CelltrialException(
          CliMessages.of(
              "json.unknownField", source, path(e), e.getPropertyName(), e.getKnownPropertyIds()),
          e);
    } catch (InvalidFormatException e) {
      throw new CelltrialException(
          CliMessages.of(
              "json.badValue",
              source,
              path(e),
              String.valueOf(e.getValue()),
              e.getTargetType().getSimpleName()),
          e);
    } catch (MismatchedInputException e) {
      throw new CelltrialException(
          CliMessages.of("json.mismatch", source, path(e), e.getOriginalMessage()), e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CelltrialException bad) {
        throw new CelltrialException(
            CliMessages.of("json.invalid", source, path(e), bad.detail()), bad);
      }
      throw new CelltrialException(
          CliMessages.of("json.invalid", source, path(e), e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new CelltrialException(
          CliMessages.of("json.syntax", source, line, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new CelltrialException(CliMessages.of("data.unreadable", source, e.getMessage()), e);
    }
  }

  /** The JSON path of the problem in {@code $.a[2].b} form. */
  static String path(JsonMappingException e) {
    StringBuilder p = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        p.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        p.append('[').append(r.getIndex()).append(']');
      }
    }
    return p.toString();
  }
}
