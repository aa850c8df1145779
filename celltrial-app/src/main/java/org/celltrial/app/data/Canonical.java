package org.celltrial.app.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads equal short texts, dates and date-times as one shared instance (a date or date-time by its
 * text: equal values written differently, {@code 2024-03-01T08:00} and {@code 2024-03-01T08:00:00},
 * stay two instances, which are equal). A registry-scale study (100,000 subjects, issue 8) repeats
 * the same few thousand dates and the same vocabulary (agents, event kinds, units) in every subject
 * file; sharing them keeps what the analysis holds per subject small enough for a 2 GB heap. Values
 * are immutable, so sharing changes nothing a reader can see. Each table stops growing at {@link
 * #LIMIT} entries (then values are no longer shared), so a long-running process cannot leak through
 * it.
 */
final class Canonical {
  /** The most entries each table holds. */
  static final int LIMIT = 200_000;

  /** Texts longer than this (free text, mostly unique) are not shared. */
  static final int LONGEST = 48;

  /** The module to register on the input mapper. */
  static final SimpleModule MODULE =
      new SimpleModule("celltrial-canonical")
          .addDeserializer(String.class, new Text())
          .addDeserializer(
              LocalDate.class, new Shared<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
          .addDeserializer(
              LocalDateTime.class,
              new Shared<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));

  private Canonical() {}

  /** The shared instance equal to {@code v}, {@code v} itself the first time (or when full). */
  static <T> T shared(ConcurrentMap<T, T> table, T v) {
    if (v == null) {
      return null;
    }
    T known = table.get(v);
    if (known != null) {
      return known;
    }
    if (table.size() >= LIMIT) {
      return v;
    }
    known = table.putIfAbsent(v, v);
    return known == null ? v : known;
  }

  /** Jackson's own string reading, then sharing. */
  private static final class Text extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;
    private final transient ConcurrentMap<String, String> table = new ConcurrentHashMap<>();

    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      return s == null || s.length() > LONGEST ? s : shared(table, s);
    }
  }

  /**
   * The Java-time module's reading of a value, then sharing. A text read before is not parsed again
   * (the formatter's parsing was a third of the reading time of a large study): the value of its
   * first reading, which the module checked, is returned.
   */
  private static final class Shared<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<T> reader;
    private final transient ConcurrentMap<String, T> byText = new ConcurrentHashMap<>();

    Shared(Class<T> type, JsonDeserializer<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return reader.deserialize(p, ctxt);
      }
      String text = p.getText();
      T known = byText.get(text);
      if (known != null) {
        return known;
      }
      T value = reader.deserialize(p, ctxt);
      if (value == null || byText.size() >= LIMIT) {
        return value;
      }
      known = byText.putIfAbsent(text, value);
      return known == null ? value : known;
    }
  }
}
