package org.celltrial.design.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned library of historical controls bundled with celltrial ({@code
 * historical-controls.json} beside this class), compiled from published abstracts and summaries.
 * Each entry carries its citation; exact intervals are computed from n and responders, never
 * stored.
 *
 * @param version the library version, cited with every proposal
 * @param notice the caveat every reader must see, in both languages
 * @param entries the controls in file order
 */
public record ControlLibrary(String version, Bilingual notice, List<HistoricalControl> entries) {
  private static final String RESOURCE = "historical-controls.json";

  /** Copies the entries. */
  public ControlLibrary {
    entries = List.copyOf(entries);
  }

  /** The library bundled with this version of celltrial. */
  public static ControlLibrary bundled() {
    return Holder.BUNDLED;
  }

  /** The entries for an indication and line, in file order. */
  public List<HistoricalControl> find(Indication indication, String line) {
    return entries.stream()
        .filter(e -> e.indication() == indication && e.line().equalsIgnoreCase(line))
        .toList();
  }

  /** The lines the library holds for an indication, in file order. */
  public List<String> lines(Indication indication) {
    return entries.stream()
        .filter(e -> e.indication() == indication)
        .map(HistoricalControl::line)
        .distinct()
        .toList();
  }

  private static final class Holder {
    static final ControlLibrary BUNDLED = read();

    private static ControlLibrary read() {
      try (InputStream in = ControlLibrary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource missing: " + RESOURCE);
        }
        JsonNode root = new ObjectMapper().readTree(in);
        List<HistoricalControl> entries = new ArrayList<>();
        for (JsonNode e : root.get("entries")) {
          entries.add(entry(e));
        }
        return new ControlLibrary(
            root.get("version").asText(), bilingual(root.get("notice")), entries);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static HistoricalControl entry(JsonNode e) {
      List<String> approvals = new ArrayList<>();
      e.get("approvals").forEach(a -> approvals.add(a.asText()));
      return new HistoricalControl(
          text(e, "id"),
          text(e, "study"),
          ControlRole.of(text(e, "role")),
          e.get("primary").asBoolean(),
          text(e, "therapy"),
          approvals,
          Indication.of(text(e, "indication")),
          text(e, "line"),
          bilingual(e.get("population")),
          text(e, "endpoint"),
          text(e, "assessor"),
          e.get("n").asInt(),
          e.get("responders").asInt(),
          e.get("respondersDerived").asBoolean(),
          e.get("rate").asDouble(),
          optional(e.get("publishedLower")),
          optional(e.get("publishedUpper")),
          e.get("publishedCiExact").asBoolean(),
          e.get("note").isNull() ? null : bilingual(e.get("note")),
          text(e, "citation"));
    }

    private static String text(JsonNode e, String field) {
      JsonNode v = e.get(field);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        throw new IllegalStateException("control library entry lacks " + field + ": " + e);
      }
      return v.asText();
    }

    private static Double optional(JsonNode v) {
      return v == null || v.isNull() ? null : v.asDouble();
    }

    private static Bilingual bilingual(JsonNode v) {
      return new Bilingual(text(v, "en"), text(v, "zh"));
    }
  }
}
