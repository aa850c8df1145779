package org.celltrial.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reading reference values (R output committed beside the script that made it) and comparing
 * against them: shared by every module's tests through this module's test jar.
 */
public final class Reference {
  /** Relative tolerance against R, as the project's standards require. */
  public static final double RELATIVE = 1e-9;

  /** Absolute tolerance for expected values at or near zero. */
  public static final double ABSOLUTE = 1e-12;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Reference() {}

  /** Reads a JSON resource that sits beside the anchor class's package in test resources. */
  public static JsonNode json(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("reference file not found beside " + anchor + ": " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts {@code |actual − expected| ≤ max(1e-9·|expected|, 1e-12)}; an expected {@code null} or
   * {@code NA} (R's missing) requires a NaN.
   */
  public static void assertClose(String what, double actual, JsonNode expected) {
    if (expected == null
        || expected.isNull()
        || (expected.isTextual() && "NA".equals(expected.asText()))) {
      assertThat(actual).as(what + " (R gives NA)").isNaN();
      return;
    }
    assertClose(what, actual, expected.asDouble());
  }

  /** Asserts {@code |actual − expected| ≤ max(1e-9·|expected|, 1e-12)}. */
  public static void assertClose(String what, double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
      return;
    }
    if (Double.isInfinite(expected)) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    double tolerance = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
    if (!(Math.abs(actual - expected) <= tolerance)) {
      fail(
          "%s: expected %s (reference) but was %s; difference %s exceeds %s",
          what, expected, actual, Math.abs(actual - expected), tolerance);
    }
  }

  /** Asserts element-wise closeness of two arrays of equal length. */
  public static void assertClose(String what, double[] actual, JsonNode expected) {
    assertThat(actual).as(what + " length").hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) {
      assertClose(what + "[" + i + "]", actual[i], expected.get(i));
    }
  }
}
