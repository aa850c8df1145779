package org.celltrial.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper of the command line. */
public final class Json {
  /**
   * Shared, thread-safe mapper. Non-finite doubles are written as {@code null}: R's {@code NA} (an
   * undefined confidence limit, say) must stay valid JSON.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new SimpleModule().addSerializer(Double.class, new FiniteDouble()))
          .addModule(new SimpleModule().addSerializer(double.class, new FiniteDouble()))
          .addModule(new SimpleModule().addSerializer(double[].class, new FiniteDoubleArray()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  /** The object as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class FiniteDouble extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value == null || value.isNaN() || value.isInfinite()) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }

  private static final class FiniteDoubleArray extends StdSerializer<double[]> {
    private static final long serialVersionUID = 1L;

    FiniteDoubleArray() {
      super(double[].class);
    }

    @Override
    public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartArray(values, values.length);
      for (double v : values) {
        if (Double.isFinite(v)) {
          gen.writeNumber(v);
        } else {
          gen.writeNull();
        }
      }
      gen.writeEndArray();
    }
  }
}
