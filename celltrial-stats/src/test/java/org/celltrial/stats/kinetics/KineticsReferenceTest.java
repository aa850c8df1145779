package org.celltrial.stats.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Against kinetics-reference.json, written by kinetics-reference.R (base R) from the CSV beside.
 */
class KineticsReferenceTest {

  record Profile(String dose, List<Double> time, List<Double> conc) {}

  @Test
  void everySubjectAndGroupMatchesR() throws IOException {
    Map<String, Profile> profiles = profiles();
    JsonNode ref = Reference.json(KineticsReferenceTest.class, "kinetics-reference.json");
    int checked = 0;
    for (JsonNode c : ref.get("cases")) {
      JsonNode s = c.get("settings");
      double[] days = new double[s.get("persistDays").size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = s.get("persistDays").get(i).asDouble();
      }
      NcaSettings settings =
          new NcaSettings(
              s.get("aucEnd").asDouble(),
              s.get("lloq").asDouble(),
              s.get("blqAfterPeak").asText().equals("zero")
                  ? BlqAfterPeak.ZERO
                  : BlqAfterPeak.EXCLUDE,
              days);
      Map<String, List<SubjectNca>> byDose = new LinkedHashMap<>();
      for (JsonNode e : c.get("subjects")) {
        String id = e.get("subject").asText();
        Profile p = profiles.get(id);
        SubjectNca r =
            NonCompartmental.analyse(
                p.time().stream().mapToDouble(Double::doubleValue).toArray(),
                p.conc().stream().mapToDouble(Double::doubleValue).toArray(),
                settings);
        String what = id + " " + s;
        assertThat(r.samples()).as(what).isEqualTo(e.get("samples").asInt());
        assertThat(r.quantifiable()).as(what).isEqualTo(e.get("quantifiable").asInt());
        assertClose(what + " cmax", r.cmax(), e.get("cmax"));
        assertClose(what + " tmax", nan(r.tmax()), e.get("tmax"));
        assertClose(what + " clast", nan(r.clast()), e.get("clast"));
        assertClose(what + " tlast", nan(r.tlast()), e.get("tlast"));
        assertClose(what + " aucLast", r.aucLast(), e.get("aucLast"));
        assertClose(what + " aucEnd", nan(r.aucEnd()), e.get("aucEnd"));
        JsonNode pers = e.get("persistence");
        List<String> expected = new ArrayList<>();
        pers.forEach(x -> expected.add(x.asText()));
        assertThat(r.persistence().stream().map(Persistence::label).toList())
            .as(what)
            .isEqualTo(expected);
        byDose.computeIfAbsent(p.dose(), k -> new ArrayList<>()).add(r);
        checked++;
      }
      for (JsonNode g : c.get("groups")) {
        KineticsSummary k = KineticsSummary.of(byDose.get(g.get("dose").asText()));
        String what = "dose " + g.get("dose") + " " + s;
        assertThat(k.subjects()).isEqualTo(g.get("subjects").asInt());
        geometric(what + " cmax", k.cmax(), g.get("cmax"));
        geometric(what + " aucEnd", k.aucEnd(), g.get("aucEnd"));
        geometric(what + " aucLast", k.aucLast(), g.get("aucLast"));
        range(what + " tmax", k.tmax(), g.get("tmax"));
        range(what + " tlast", k.tlast(), g.get("tlast"));
      }
    }
    assertThat(checked).isEqualTo(24);
  }

  private static void geometric(String what, GeometricSummary actual, JsonNode expected) {
    assertThat(actual.n()).as(what + " n").isEqualTo(expected.get("n").asInt());
    assertClose(what + " mean", nan(actual.geometricMean()), expected.get("geometricMean"));
    assertClose(what + " cv", nan(actual.geometricCv()), expected.get("geometricCv"));
  }

  private static void range(String what, RangeSummary actual, JsonNode expected) {
    assertThat(actual.n()).as(what + " n").isEqualTo(expected.get("n").asInt());
    assertClose(what + " median", nan(actual.median()), expected.get("median"));
    assertClose(what + " min", nan(actual.min()), expected.get("min"));
    assertClose(what + " max", nan(actual.max()), expected.get("max"));
  }

  private static double nan(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static Map<String, Profile> profiles() throws IOException {
    Map<String, Profile> out = new LinkedHashMap<>();
    try (InputStream in =
        KineticsReferenceTest.class.getResourceAsStream("kinetics-profiles.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].trim().split(",");
        Profile p =
            out.computeIfAbsent(f[0], k -> new Profile(f[1], new ArrayList<>(), new ArrayList<>()));
        p.time().add(Double.parseDouble(f[2]));
        p.conc().add(Double.parseDouble(f[3]));
      }
    }
    return out;
  }
}
